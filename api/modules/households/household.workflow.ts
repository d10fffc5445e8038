import { Role } from '../../core/auth/role.enum';
import { HouseholdAction, HouseholdStatus } from './household.enums';

/**
 * The workflow of a household file (一户一档) as a table: state × action → next state, and who
 * may take the step. Pure (no I/O): the services look steps up here, and test/unit checks it.
 *
 *   DRAFT ─SUBMIT→ SUBMITTED ─APPROVE→ PUBLIC_NOTICE ─PUBLISH→ PUBLISHED ─ADOPT→ ADOPTED
 *     ↑              │REJECT              │WITHDRAW (upheld objection)   ↑END_ADOPTION │START_SUPPORT
 *   REJECTED ←───────┘                    ↓                              │             ↓
 *   (SUBMIT again)                     WITHDRAWN                         └── SUPPORT_UNDER_WAY ─CLOSE→ CLOSED
 *
 * Decisions: a rejected file is not final (REJECTED, corrected and submitted again: most
 * rejections are about missing facts); WITHDRAWN and CLOSED are final. A DRAFT or REJECTED file
 * may be closed (abandoned); a published or supported one too. ADOPT, START_SUPPORT and
 * END_ADOPTION belong to the adoption module, which calls `applyHouseholdTransition`.
 */

/** Who takes a step: a role of DOMAIN.md, or the platform itself (the notice-period job). */
export const SYSTEM_ACTOR = 'SYSTEM';
export type WorkflowActor = Role | typeof SYSTEM_ACTOR;

export interface WorkflowStep {
  action: HouseholdAction;
  from: readonly HouseholdStatus[];
  to: HouseholdStatus;
  actors: readonly WorkflowActor[];
}

const S = HouseholdStatus;
const A = HouseholdAction;

export const HOUSEHOLD_WORKFLOW: readonly WorkflowStep[] = [
  // The grid worker of the file's grid drafts and submits; the community admin may as well.
  {
    action: A.SUBMIT,
    from: [S.DRAFT, S.REJECTED],
    to: S.SUBMITTED,
    actors: [Role.GRID_WORKER, Role.COMMUNITY_ADMIN],
  },
  // The community (两委) reviews; approval starts the public notice.
  { action: A.APPROVE, from: [S.SUBMITTED], to: S.PUBLIC_NOTICE, actors: [Role.COMMUNITY_ADMIN] },
  { action: A.REJECT, from: [S.SUBMITTED], to: S.REJECTED, actors: [Role.COMMUNITY_ADMIN] },
  // At the end of the notice, with no objection open: the platform's job, or the admin by hand.
  {
    action: A.PUBLISH,
    from: [S.PUBLIC_NOTICE],
    to: S.PUBLISHED,
    actors: [Role.COMMUNITY_ADMIN, SYSTEM_ACTOR],
  },
  // Only through an upheld objection (householdObjectionAnswer).
  { action: A.WITHDRAW, from: [S.PUBLIC_NOTICE], to: S.WITHDRAWN, actors: [Role.COMMUNITY_ADMIN] },
  // The adoption module's steps.
  { action: A.ADOPT, from: [S.PUBLISHED], to: S.ADOPTED, actors: [Role.PARTNER] },
  {
    action: A.START_SUPPORT,
    from: [S.ADOPTED],
    to: S.SUPPORT_UNDER_WAY,
    actors: [Role.PARTNER, Role.COMMUNITY_ADMIN, Role.GRID_WORKER],
  },
  {
    action: A.END_ADOPTION,
    from: [S.ADOPTED, S.SUPPORT_UNDER_WAY],
    to: S.PUBLISHED,
    actors: [Role.PARTNER, Role.COMMUNITY_ADMIN],
  },
  {
    action: A.CLOSE,
    from: [S.DRAFT, S.REJECTED, S.PUBLISHED, S.SUPPORT_UNDER_WAY],
    to: S.CLOSED,
    actors: [Role.COMMUNITY_ADMIN],
  },
];

/** States no step leaves. */
export const FINAL_STATES: readonly HouseholdStatus[] = [S.WITHDRAWN, S.CLOSED];

/** States in which the file's content may still be edited (by its grid worker or the admin). */
export const EDITABLE_STATES: readonly HouseholdStatus[] = [S.DRAFT, S.REJECTED];

/** The step `action` from `from`, or null when the table has none (an illegal step). */
export function stepFor(from: HouseholdStatus, action: HouseholdAction): WorkflowStep | null {
  return HOUSEHOLD_WORKFLOW.find((s) => s.action === action && s.from.includes(from)) ?? null;
}

/** The state after `action` from `from`, or null when the step is illegal. */
export function nextStatus(from: HouseholdStatus, action: HouseholdAction): HouseholdStatus | null {
  return stepFor(from, action)?.to ?? null;
}

/** Who may ever take `action` (whatever the state). */
export function actorsOf(action: HouseholdAction): readonly WorkflowActor[] {
  return HOUSEHOLD_WORKFLOW.find((s) => s.action === action)?.actors ?? [];
}

/** The actions legal from a state (what a client may offer as buttons). */
export function actionsFrom(from: HouseholdStatus): HouseholdAction[] {
  return HOUSEHOLD_WORKFLOW.filter((s) => s.from.includes(from)).map((s) => s.action);
}

/** Whether an actor with one of `actors` may take `action` at all. */
export function mayTake(action: HouseholdAction, actors: readonly WorkflowActor[]): boolean {
  const allowed = actorsOf(action);
  return actors.some((a) => allowed.includes(a));
}
