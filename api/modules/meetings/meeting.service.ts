import { LockMode } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { badInput, notFound } from '../../core/errors/domain-error';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { SCOPE_ANY } from '../../db/tenant-scope-sql';
import { readRows } from '../../db/read-rows';
import { Grid } from '../organisation/grid.entity';
import { loadInScope } from '../organisation/organisation.service';
import { getTenant } from '../tenants/tenant.service';
import { Meeting } from './meeting.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import { MeetingKind, MeetingStatus } from './meeting.enums';
import type { MeetingListArgs, MeetingStatsArgs } from './meeting.inputs';
import { principalOf, readingPartnerUnit } from './meeting.policy';
import { MeetingKindCount, MeetingStats, MeetingTenantStats } from './meeting.types';

/**
 * The meetings a reader sees: staff and integrators every meeting of their scope; a partner the
 * meetings its unit attended (in the tenants it partners with: its scope).
 */
export async function visibleMeetings(ctx: RequestContext): Promise<FilterQuery<Meeting>> {
  const p = principalOf(ctx);
  const scope: FilterQuery<Meeting> = { tenant: { $in: p.tenantIds } };
  const unit = readingPartnerUnit(p);
  if (!unit) return scope;
  const rows = await readRows(ctx.em, MeetingAttendee, { partnerUnit: unit });
  return { $and: [scope, { id: { $in: [...new Set(rows.map((r) => r.meeting.id))] } }] };
}

/** A meeting the caller may see, by uuid, or null. */
export async function findVisibleMeeting(ctx: RequestContext, id: string): Promise<Meeting | null> {
  return ctx.em.findOne(Meeting, { $and: [{ id }, await visibleMeetings(ctx)] });
}

export async function getMeeting(ctx: RequestContext, globalId: string): Promise<Meeting> {
  const meeting = await findVisibleMeeting(ctx, fromGlobalId(globalId, 'Meeting'));
  if (!meeting) throw notFound('Meeting', globalId);
  return meeting;
}

/**
 * The meeting row, locked (`for update`) and read fresh until the request's transaction ends: two
 * changes of one meeting are serialised, and the second sees the state the first left (minutes
 * and a cancellation at once: one wins, the other is INVALID_TRANSITION). NOT_FOUND outside scope.
 */
export async function lockMeeting(ctx: RequestContext, id: string, globalId: string): Promise<Meeting> {
  const meeting = await ctx.em.findOne(
    Meeting,
    { $and: [{ id }, await visibleMeetings(ctx)] },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!meeting) throw notFound('Meeting', globalId);
  return meeting;
}

function assertPeriod(from?: Date, to?: Date) {
  if (from && to && from.getTime() >= to.getTime()) throw badInput('to', 'to must be after from.');
}

/** The meetings list: visible meetings, filtered, oldest first (a stable keyset order). */
export async function listMeetings(ctx: RequestContext, args: MeetingListArgs) {
  assertPeriod(args.from, args.to);
  const where: FilterQuery<Meeting>[] = [await visibleMeetings(ctx)];
  if (args.kind) where.push({ kind: args.kind });
  if (args.status) where.push({ status: args.status });
  if (args.gridId) where.push({ grid: (await loadInScope(ctx, Grid, args.gridId, 'gridId')).id });
  if (args.tenantId) where.push({ tenant: (await getTenant(ctx, args.tenantId, 'tenantId')).id });
  if (args.from) where.push({ heldAt: { $gte: args.from } });
  if (args.to) where.push({ heldAt: { $lt: args.to } });
  return paginate(ctx.em, Meeting, { $and: where }, args, ctx.config.limits);
}

const emptyCount = (kind: MeetingKind): MeetingKindCount =>
  Object.assign(new MeetingKindCount(), { kind, total: 0, held: 0, scheduled: 0, cancelled: 0 });

function addTo(count: MeetingKindCount, status: MeetingStatus, n: number) {
  count.total += n;
  if (status === MeetingStatus.HELD) count.held += n;
  else if (status === MeetingStatus.SCHEDULED) count.scheduled += n;
  else count.cancelled += n;
}

const KIND_ORDER = Object.values(MeetingKind);
const byKindOrder = (a: MeetingKindCount, b: MeetingKindCount) =>
  KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);

/**
 * Counts per owning tenant, kind and state for a tenant's subtree (or the whole scope), in one
 * grouped statement whatever the number of tenants: the scope is the transaction's scope array,
 * the subtree a prefix of the tenant's path.
 */
export async function meetingStats(ctx: RequestContext, args: MeetingStatsArgs): Promise<MeetingStats> {
  assertPeriod(args.from, args.to);
  const conditions = [`m.tenant_id = ${SCOPE_ANY}`];
  const params: unknown[] = [];
  let join = '';
  if (args.tenantId) {
    const root = await getTenant(ctx, args.tenantId, 'tenantId');
    join = 'join tenant t on t.id = m.tenant_id';
    conditions.push('t.path like ?');
    params.push(`${root.path}%`);
  }
  if (args.from) {
    conditions.push('m.held_at >= ?');
    params.push(args.from);
  }
  if (args.to) {
    conditions.push('m.held_at < ?');
    params.push(args.to);
  }
  const rows = await ctx.em
    .getConnection()
    .execute<{ tenant_id: string; kind: MeetingKind; status: MeetingStatus; n: number }[]>(
      `select m.tenant_id, m.kind, m.status, count(*)::int as n from meeting m ${join}
       where ${conditions.join(' and ')}
       group by m.tenant_id, m.kind, m.status order by m.tenant_id, m.kind, m.status`,
      params,
      'all',
      ctx.em.getTransactionContext(),
    );
  const rollUp = new Map<MeetingKind, MeetingKindCount>();
  const perTenant = new Map<string, Map<MeetingKind, MeetingKindCount>>();
  for (const r of rows) {
    if (!rollUp.has(r.kind)) rollUp.set(r.kind, emptyCount(r.kind));
    addTo(rollUp.get(r.kind)!, r.status, r.n);
    let kinds = perTenant.get(r.tenant_id);
    if (!kinds) perTenant.set(r.tenant_id, (kinds = new Map()));
    if (!kinds.has(r.kind)) kinds.set(r.kind, emptyCount(r.kind));
    addTo(kinds.get(r.kind)!, r.status, r.n);
  }
  return Object.assign(new MeetingStats(), {
    byKind: [...rollUp.values()].sort(byKindOrder),
    byTenant: [...perTenant.entries()].map(([tenantId, kinds]) =>
      Object.assign(new MeetingTenantStats(), { tenantId, byKind: [...kinds.values()].sort(byKindOrder) }),
    ),
  });
}
