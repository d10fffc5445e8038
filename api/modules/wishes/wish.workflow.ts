import { MicroWishStatus, type StoredWishStatus, WishAction } from './wish.enums';

/**
 * The micro-wish workflow as a table: state × action → next state, and in which capacity an actor
 * may take the step. Pure (no I/O): the service works out the actor's capacities for one wish and
 * the current date, and asks here.
 *
 *   post ─┬─(approval step on)──▶ PENDING_APPROVAL ──approve──▶ OPEN
 *         │                              └──reject──▶ REJECTED
 *         └─(approval step off)─▶ OPEN ──claim──▶ CLAIMED ──deliver──▶ DELIVERED ──close──▶ CLOSED
 *                                   ▲                 │
 *                                   └────release──────┘
 *   PENDING_APPROVAL / OPEN ──withdraw──▶ WITHDRAWN;  PENDING_APPROVAL / OPEN past expiresOn: EXPIRED
 *
 * Expiry is read from the date, not written by a job: an unclaimed wish whose `expiresOn` has
 * passed IS expired at that moment, on every read and every write, with no window in which a
 * job has not yet run, no job to schedule, retry or keep single across API instances, and no
 * row to rewrite (the date was stored when the wish was posted). The stored status stays OPEN
 * (or PENDING_APPROVAL); `effectiveStatus` is what the API shows, filters on and checks.
 */

/** In which capacity someone acts on a particular wish. */
export enum WishCapacity {
  /** The resident who posted the wish (their account's person). */
  POSTER = 'POSTER',
  /** Community staff: the admin of the wish's own community. */
  STAFF = 'STAFF',
  /** Who may claim: a partner of the community, or a volunteer / party member of it (not the poster). */
  HELPER = 'HELPER',
  /** Whoever holds the claim: the partner unit or the person who claimed it. */
  CLAIMANT = 'CLAIMANT',
}

interface Step {
  to: StoredWishStatus;
  by: readonly WishCapacity[];
}

const { POSTER, STAFF, HELPER, CLAIMANT } = WishCapacity;

/**
 * Staff may also withdraw (a wish posted on a resident's behalf), release a claim a partner
 * abandoned, and record a delivery on the claimant's behalf.
 */
export const WISH_WORKFLOW: Readonly<Record<MicroWishStatus, Partial<Record<WishAction, Step>>>> = {
  [MicroWishStatus.PENDING_APPROVAL]: {
    [WishAction.APPROVE]: { to: MicroWishStatus.OPEN, by: [STAFF] },
    [WishAction.REJECT]: { to: MicroWishStatus.REJECTED, by: [STAFF] },
    [WishAction.WITHDRAW]: { to: MicroWishStatus.WITHDRAWN, by: [POSTER, STAFF] },
  },
  [MicroWishStatus.OPEN]: {
    [WishAction.CLAIM]: { to: MicroWishStatus.CLAIMED, by: [HELPER] },
    [WishAction.WITHDRAW]: { to: MicroWishStatus.WITHDRAWN, by: [POSTER, STAFF] },
  },
  [MicroWishStatus.CLAIMED]: {
    [WishAction.RELEASE]: { to: MicroWishStatus.OPEN, by: [CLAIMANT, STAFF] },
    [WishAction.DELIVER]: { to: MicroWishStatus.DELIVERED, by: [CLAIMANT, STAFF] },
  },
  [MicroWishStatus.DELIVERED]: {
    [WishAction.CLOSE]: { to: MicroWishStatus.CLOSED, by: [POSTER, STAFF] },
  },
  [MicroWishStatus.CLOSED]: {},
  [MicroWishStatus.REJECTED]: {},
  [MicroWishStatus.WITHDRAWN]: {},
  [MicroWishStatus.EXPIRED]: {},
};

/** The first state of a new wish: the approval step is the community's choice (WishSettings). */
export const initialStatus = (requiresApproval: boolean): StoredWishStatus =>
  requiresApproval ? MicroWishStatus.PENDING_APPROVAL : MicroWishStatus.OPEN;

/** Stored statuses that still wait for someone, and so run out on their expiry date. */
const EXPIRING: readonly MicroWishStatus[] = [MicroWishStatus.PENDING_APPROVAL, MicroWishStatus.OPEN];

/**
 * What a wish is on `today` (YYYY-MM-DD, China time): an unclaimed wish is open up to and
 * including its `expiresOn`, and EXPIRED from the day after.
 */
export function effectiveStatus(
  wish: { status: StoredWishStatus; expiresOn: string },
  today: string,
): MicroWishStatus {
  return EXPIRING.includes(wish.status) && wish.expiresOn < today ? MicroWishStatus.EXPIRED : wish.status;
}

export type StepResult =
  | { ok: true; to: StoredWishStatus }
  | { ok: false; reason: 'INVALID_TRANSITION' | 'ALREADY_CLAIMED' | 'NOT_ALLOWED' };

/** States in which a claim fails because someone else got there first (CONFLICT, not a bad step). */
const TAKEN: readonly MicroWishStatus[] = [
  MicroWishStatus.CLAIMED,
  MicroWishStatus.DELIVERED,
  MicroWishStatus.CLOSED,
];

/**
 * The next state for `action` from `state` by an actor holding `capacities` on this wish. The
 * state is checked first (an illegal step names the state whoever asks), then the capacity.
 */
export function nextStatus(
  state: MicroWishStatus,
  action: WishAction,
  capacities: ReadonlySet<WishCapacity>,
): StepResult {
  const step = WISH_WORKFLOW[state][action];
  if (!step) {
    return action === WishAction.CLAIM && TAKEN.includes(state)
      ? { ok: false, reason: 'ALREADY_CLAIMED' }
      : { ok: false, reason: 'INVALID_TRANSITION' };
  }
  if (!step.by.some((c) => capacities.has(c))) return { ok: false, reason: 'NOT_ALLOWED' };
  return { ok: true, to: step.to };
}

/** The actions open to an actor on a wish now (for clients to show the right buttons). */
export function availableActions(
  state: MicroWishStatus,
  capacities: ReadonlySet<WishCapacity>,
): WishAction[] {
  const steps = WISH_WORKFLOW[state];
  return (Object.keys(steps) as WishAction[]).filter((a) => steps[a]!.by.some((c) => capacities.has(c)));
}

/** A calendar date `days` after `date` (both YYYY-MM-DD): default and latest expiry dates. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
