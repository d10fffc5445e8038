import { LockMode, ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../../core/errors/domain-error';
import { fromGlobalId } from '../../core/graphql/global-id';
import { chinaToday, communityFilter } from '../organisation/organisation.policy';
import { paginateNewestFirst } from './newest-first';
import { Person } from '../organisation/person.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { Partnership, PartnershipStatus } from '../partners/partnership.entity';
import { Tenant } from '../tenants/tenant.entity';
import { MicroWish } from './micro-wish.entity';
import { WishEvent } from './wish-event.entity';
import { MicroWishStatus, type StoredWishStatus, WishAction } from './wish.enums';
import type {
  MicroWishDeliverInput,
  MicroWishPostInput,
  MicroWishStepInput,
  MicroWishWallArgs,
  MyClaimedWishesArgs,
} from './wish.inputs';
import {
  actingRole,
  capacitiesOf,
  partnerUnitOf,
  principalOf,
  PUBLIC_STORED_STATUSES,
  readsFullWall,
} from './wish.policy';
import { MAX_EXPIRY_DAYS } from './wish-settings.entity';
import { settingsOf } from './wish-settings.service';
import {
  addDays,
  effectiveStatus,
  initialStatus,
  nextStatus,
  WISH_WORKFLOW,
  WishCapacity,
} from './wish.workflow';

/**
 * Which wishes a reader sees: staff and integrators every wish in scope; anyone else (residents,
 * partners, team leaders) the public wall, plus a resident's own wishes in any state. A pending
 * wish has not been approved for the wall yet, and a rejected or withdrawn one is off it.
 */
export function visibleWishes(ctx: RequestContext): FilterQuery<MicroWish> {
  const p = principalOf(ctx);
  if (readsFullWall(p)) return {};
  const open: FilterQuery<MicroWish>[] = [{ status: { $in: [...PUBLIC_STORED_STATUSES] } }];
  if (p.personId) open.push({ poster: p.personId });
  return { $or: open };
}

/** An effective status as a condition on the stored one and the date (EXPIRED is never stored). */
export function statusCondition(status: MicroWishStatus, today: string): FilterQuery<MicroWish> {
  const waiting = [MicroWishStatus.OPEN, MicroWishStatus.PENDING_APPROVAL];
  if (status === MicroWishStatus.EXPIRED) {
    return { status: { $in: waiting as StoredWishStatus[] }, expiresOn: { $lt: today } };
  }
  if (waiting.includes(status)) return { status: status as StoredWishStatus, expiresOn: { $gte: today } };
  return { status: status as StoredWishStatus };
}

/** A wish the caller may see, by uuid, or null (the scope in the query, as findInScope does). */
export function findVisibleWish(ctx: RequestContext, id: string): Promise<MicroWish | null> {
  const scope = principalOf(ctx).tenantIds;
  return ctx.em.findOne(MicroWish, { $and: [{ id, tenant: { $in: scope } }, visibleWishes(ctx)] });
}

export async function getWish(ctx: RequestContext, globalId: string): Promise<MicroWish> {
  const wish = await findVisibleWish(ctx, fromGlobalId(globalId, 'MicroWish'));
  if (!wish) throw notFound('MicroWish', globalId);
  return wish;
}

/**
 * The wish row, locked until the request's transaction ends: two claims of one wish are
 * serialised here, and the second reads the first's result once it committed (READ COMMITTED
 * re-reads a row locked `for update`), so exactly one claim succeeds and the other is CONFLICT.
 * Outside the scope, or not visible to the caller (a pending wish to a partner): NOT_FOUND.
 */
async function lockWish(ctx: RequestContext, globalId: string): Promise<MicroWish> {
  const id = fromGlobalId(globalId, 'MicroWish');
  const scope = principalOf(ctx).tenantIds;
  const wish = await ctx.em.findOne(
    MicroWish,
    { $and: [{ id, tenant: { $in: scope } }, visibleWishes(ctx)] },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!wish) throw notFound('MicroWish', globalId);
  return wish;
}

interface Actor {
  role: Role;
  capacity: WishCapacity;
}

function recordEvent(
  ctx: RequestContext,
  wish: MicroWish,
  event: {
    action: WishAction;
    from?: StoredWishStatus;
    to: StoredWishStatus;
    role: Role;
    note?: string | null;
    at?: Date;
  },
): WishEvent {
  const p = principalOf(ctx);
  return ctx.em.create(WishEvent, {
    tenant: wish.tenant,
    wish,
    action: event.action,
    fromStatus: event.from,
    toStatus: event.to,
    occurredAt: event.at ?? new Date(),
    note: event.note ?? undefined,
    actorKind: p.kind,
    actorId: p.id,
    actorName: p.name,
    actorRole: event.role,
    actorPersonId: p.personId ?? undefined,
  });
}

/**
 * One step of the workflow on one locked wish: the state read with today's date (so an expired
 * wish is EXPIRED here too), checked against the table with the caller's capacities, the change
 * applied, the event appended, all in the request's transaction.
 */
async function step(
  ctx: RequestContext,
  input: MicroWishStepInput,
  action: WishAction,
  apply: (wish: MicroWish, actor: Actor) => Promise<Date | void> | Date | void,
): Promise<MicroWish> {
  const p = principalOf(ctx);
  const wish = await lockWish(ctx, input.id);
  const state = effectiveStatus(wish, chinaToday());
  const capacities = capacitiesOf(p, wish);
  const result = nextStatus(state, action, capacities);
  if (!result.ok) {
    if (result.reason === 'ALREADY_CLAIMED') throw conflict('This wish has already been claimed (已被认领).');
    if (result.reason === 'INVALID_TRANSITION') throw invalidTransition('The micro-wish', state, action);
    throw forbidden(`You may not ${action.toLowerCase()} this wish.`);
  }
  const capacity = WISH_WORKFLOW[state][action]!.by.find((c) => capacities.has(c))!;
  const actor = { capacity, role: actingRole(p, wish.tenant.id, capacity) };
  const at = (await apply(wish, actor)) ?? undefined;
  recordEvent(ctx, wish, {
    action,
    from: wish.status,
    to: result.to,
    role: actor.role,
    note: input.note,
    at,
  });
  wish.status = result.to;
  await ctx.em.flush();
  return wish;
}

/** The person a new wish is for: the resident itself, or one named by its community's admin. */
async function posterFor(ctx: RequestContext, input: MicroWishPostInput): Promise<Person> {
  const p = principalOf(ctx);
  if (input.posterId) {
    const id = fromGlobalId(input.posterId, 'Person', 'posterId');
    const person = await ctx.em.findOne(Person, { id, tenant: { $in: p.tenantIds } });
    if (!person) throw notFound('Person', input.posterId);
    const admin = p.grants.some((g) => g.role === Role.COMMUNITY_ADMIN && g.tenantId === person.tenant.id);
    if (!admin) throw forbidden("Only the community's admin may post a wish on a resident's behalf.");
    return person;
  }
  const residentOf = p.grants.filter((g) => g.role === Role.RESIDENT && g.tenantId).map((g) => g.tenantId!);
  if (residentOf.length === 0) {
    throw badInput('posterId', 'posterId is required: name the resident whose wish it is.');
  }
  const person = p.personId
    ? await ctx.em.findOne(Person, { id: p.personId, tenant: { $in: residentOf } })
    : null;
  if (!person) {
    throw forbidden(
      'Your account is not linked to a resident (Person) of your community; ask the community.',
    );
  }
  return person;
}

export async function microWishPost(ctx: RequestContext, input: MicroWishPostInput): Promise<MicroWish> {
  const poster = await posterFor(ctx, input);
  const tenantId = poster.tenant.id;
  const settings = await settingsOf(ctx, tenantId);
  const today = chinaToday();
  const latest = addDays(today, MAX_EXPIRY_DAYS);
  if (input.expiresOn && input.expiresOn < today) {
    throw badInput('expiresOn', 'expiresOn must not be in the past.');
  }
  if (input.expiresOn && input.expiresOn > latest) {
    throw badInput('expiresOn', `expiresOn must be at most ${MAX_EXPIRY_DAYS} days ahead (${latest}).`);
  }
  const status = initialStatus(settings.requiresApproval);
  const wish = ctx.em.create(MicroWish, {
    tenant: ref(Tenant, tenantId),
    poster,
    title: input.title.trim(),
    description: input.description?.trim() || undefined,
    category: input.category,
    estimatedValueFen: input.estimatedValueFen ?? undefined,
    status,
    expiresOn: input.expiresOn ?? addDays(today, settings.defaultExpiryDays),
  });
  const role = input.posterId ? Role.COMMUNITY_ADMIN : Role.RESIDENT;
  recordEvent(ctx, wish, { action: WishAction.POST, to: status, role });
  await ctx.em.flush();
  return wish;
}

export const microWishApprove = (ctx: RequestContext, input: MicroWishStepInput) =>
  step(ctx, input, WishAction.APPROVE, () => undefined);

export function microWishReject(ctx: RequestContext, input: MicroWishStepInput) {
  if (!input.note?.trim()) throw badInput('note', 'note must give the reason for the rejection.');
  return step(ctx, input, WishAction.REJECT, () => undefined);
}

export const microWishWithdraw = (ctx: RequestContext, input: MicroWishStepInput) =>
  step(ctx, input, WishAction.WITHDRAW, () => undefined);

/**
 * A partner claims for its unit, through an agreement in force today with the wish's community.
 * The scope already says so (a partner's scope is its partnered tenants), but a principal's scope
 * is cached for a short while: the agreement itself is checked, under the wish's lock.
 */
export const microWishClaim = (ctx: RequestContext, input: MicroWishStepInput) =>
  step(ctx, input, WishAction.CLAIM, async (wish) => {
    const p = principalOf(ctx);
    const unit = partnerUnitOf(p);
    if (unit) {
      const today = chinaToday();
      const agreements = await ctx.em.count(Partnership, {
        tenant: wish.tenant.id,
        partnerUnit: unit,
        status: PartnershipStatus.ACTIVE,
        startsOn: { $lte: today },
        $or: [{ endsOn: null }, { endsOn: { $gte: today } }],
      });
      if (agreements === 0) {
        throw forbidden('Your unit has no co-building agreement (共建协议) in force with this community.');
      }
      wish.claimantPartnerUnit = ref(PartnerUnit, unit);
    } else {
      const person = await ctx.em.findOne(Person, { id: p.personId!, tenant: wish.tenant.id });
      if (!person) throw forbidden('Your account is not linked to a person of this community.');
      wish.claimantPerson = ref(person);
    }
    wish.claimedAt = new Date();
  });

export const microWishRelease = (ctx: RequestContext, input: MicroWishStepInput) =>
  step(ctx, input, WishAction.RELEASE, (wish) => {
    wish.claimantPartnerUnit = undefined;
    wish.claimantPerson = undefined;
    wish.claimedAt = undefined;
  });

/** Skew allowed for a client clock slightly ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

export const microWishDeliver = (ctx: RequestContext, input: MicroWishDeliverInput) =>
  step(ctx, input, WishAction.DELIVER, (wish, actor) => {
    const at = input.deliveredAt ?? new Date();
    if (at.getTime() > Date.now() + CLOCK_SKEW_MS) {
      throw badInput('deliveredAt', 'deliveredAt must not be in the future.');
    }
    if (wish.claimedAt && at < wish.claimedAt) {
      throw badInput('deliveredAt', 'deliveredAt must not be before the wish was claimed.');
    }
    wish.deliveredAt = at;
    wish.deliveredByRole = actor.role;
    wish.deliveredByName = principalOf(ctx).name;
    wish.deliveryNote = input.note?.trim() || undefined;
    return at;
  });

export const microWishClose = (ctx: RequestContext, input: MicroWishStepInput) =>
  step(ctx, input, WishAction.CLOSE, (wish) => {
    wish.closedAt = new Date();
  });

/** The wish wall (心愿墙): the community's wishes the caller may see, newest first. */
export function microWishWall(ctx: RequestContext, args: MicroWishWallArgs) {
  const where: FilterQuery<MicroWish>[] = [visibleWishes(ctx)];
  const community = communityFilter(ctx, args.communityId);
  if (community) where.push({ tenant: community });
  if (args.status) where.push(statusCondition(args.status, chinaToday()));
  if (args.category) where.push({ category: args.category });
  return paginateNewestFirst(ctx.em, MicroWish, { $and: where }, args, ctx.config.limits);
}

/** Wishes the caller holds the claim of: its partner unit's, or its own as a volunteer. */
export function myClaimedWishes(ctx: RequestContext, args: MyClaimedWishesArgs) {
  const p = principalOf(ctx);
  const unit = partnerUnitOf(p);
  const holder: FilterQuery<MicroWish> | null = unit
    ? { claimantPartnerUnit: unit }
    : p.personId
      ? { claimantPerson: p.personId }
      : null;
  if (!holder) throw forbidden('Only a partner unit or a person may hold claims of wishes.');
  const where: FilterQuery<MicroWish>[] = [holder];
  if (args.status) where.push(statusCondition(args.status, chinaToday()));
  return paginateNewestFirst(ctx.em, MicroWish, { $and: where }, args, ctx.config.limits);
}
