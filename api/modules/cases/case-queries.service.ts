import { ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { badInput, forbidden, notFound } from '../../core/errors/domain-error';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { communityFilter } from '../organisation/organisation.policy';
import { Tenant } from '../tenants/tenant.entity';
import { TenantKind } from '../tenants/tenant-kind.enum';
import { Case } from './case.entity';
import { CaseDeadlinePolicy } from './case-deadline-policy.entity';
import { CaseCategory, CaseLevel, CaseStatus, OPEN_CASE_STATUSES } from './case.enums';
import type {
  CaseDeadlinePolicySetInput,
  CaseListArgs,
  CaseStatsArgs,
  MyCaseQueueArgs,
  OverdueCasesArgs,
} from './case.inputs';
import { principalOf } from './case.policy';
import { readableCases, scopeTree } from './case.scope';
import type { CaseStats, CaseStatsRow } from './case.types';

export async function findReadableCase(ctx: RequestContext, id: string): Promise<Case | null> {
  return ctx.em.findOne(Case, { $and: [{ id }, await readableCases(ctx)] });
}

export async function getCase(ctx: RequestContext, globalId: string): Promise<Case> {
  const c = await findReadableCase(ctx, fromGlobalId(globalId, 'Case'));
  if (!c) throw notFound('Case', globalId);
  return c;
}

/** Cases the caller reads, filtered; oldest first (keyset over createdAt, id). */
export async function listCases(ctx: RequestContext, args: CaseListArgs) {
  const where: FilterQuery<Case>[] = [await readableCases(ctx)];
  const community = communityFilter(ctx, args.communityId);
  if (community) where.push({ tenant: community });
  if (args.status) where.push({ status: args.status });
  if (args.level) where.push({ level: args.level });
  if (args.category) where.push({ category: args.category });
  if (args.gridId) where.push({ grid: fromGlobalId(args.gridId, 'Grid', 'gridId') });
  if (args.reportedFrom) where.push({ createdAt: { $gte: args.reportedFrom } });
  if (args.reportedTo) where.push({ createdAt: { $lt: args.reportedTo } });
  return paginate(ctx.em, Case, { $and: where }, args, ctx.config.limits);
}

/**
 * The caller's work: open cases at the level it handles — a grid worker's grids at GRID, a
 * community admin's community at COMMUNITY, a street admin's communities at STREET, a district
 * integrator's subtree at DISTRICT.
 */
export async function myCaseQueue(ctx: RequestContext, args: MyCaseQueueArgs) {
  const p = principalOf(ctx);
  const tree = await scopeTree(ctx);
  const mine: FilterQuery<Case>[] = [];
  for (const g of p.grants) {
    if (!g.tenantId) continue;
    if (g.role === Role.GRID_WORKER && g.gridIds.length > 0) {
      mine.push({ tenant: g.tenantId, level: CaseLevel.GRID, grid: { $in: g.gridIds } });
    }
    if (g.role === Role.COMMUNITY_ADMIN) mine.push({ tenant: g.tenantId, level: CaseLevel.COMMUNITY });
    if (g.role === Role.STREET_ADMIN)
      mine.push({ tenant: { $in: tree.below(g.tenantId) }, level: CaseLevel.STREET });
    if (g.role === Role.DISTRICT_INTEGRATOR) {
      mine.push({ tenant: { $in: tree.below(g.tenantId) }, level: CaseLevel.DISTRICT });
    }
  }
  if (mine.length === 0) throw forbidden('You handle no level of cases.');
  const where: FilterQuery<Case>[] = [{ tenant: { $in: p.tenantIds } }, { $or: mine }];
  where.push(args.status ? { status: args.status } : { status: { $in: OPEN_CASE_STATUSES } });
  if (args.level) where.push({ level: args.level });
  return paginate(ctx.em, Case, { $and: where }, args, ctx.config.limits);
}

/** Open cases the caller reads whose level deadline has passed (by the platform clock). */
export async function overdueCases(ctx: RequestContext, args: OverdueCasesArgs) {
  const where: FilterQuery<Case>[] = [
    await readableCases(ctx),
    { status: { $in: OPEN_CASE_STATUSES }, deadlineAt: { $lt: ctx.config.clock.now() } },
  ];
  const community = communityFilter(ctx, args.communityId);
  if (community) where.push({ tenant: community });
  return paginate(ctx.em, Case, { $and: where }, args, ctx.config.limits);
}

/**
 * Counts by community, category, status and level for a tenant's subtree (default: everything in
 * scope). Aggregates carry no personal data, so a street admin counts all of its communities'
 * cases, not only those that reached it. One statement, under RLS like any read.
 */
export async function caseStats(ctx: RequestContext, args: CaseStatsArgs): Promise<CaseStats> {
  const p = principalOf(ctx);
  const tree = await scopeTree(ctx);
  let tenants = p.tenantIds;
  if (args.tenantId) {
    const id = fromGlobalId(args.tenantId, 'Tenant', 'tenantId');
    if (!p.tenantIds.includes(id)) throw notFound('Tenant', args.tenantId);
    tenants = tree.below(id);
  }
  if (args.from && args.to && args.from >= args.to) throw badInput('to', 'to must be after from.');
  const trx = ctx.em.getTransactionContext();
  const rows = await ctx.em.getConnection().execute<
    {
      tenant_id: string;
      category: CaseCategory;
      status: CaseStatus;
      level: CaseLevel;
      count: number;
      overdue: number;
    }[]
  >(
    `select tenant_id, category, status, level, count(*)::int as count,
            count(*) filter (where status = any(?::case_status[]) and deadline_at < ?)::int as overdue
       from governance_case
      where tenant_id = any(?::uuid[]) and created_at >= ? and created_at < ?
      group by tenant_id, category, status, level
      order by tenant_id, category, status, level`,
    [
      `{${OPEN_CASE_STATUSES.join(',')}}`,
      ctx.config.clock.now(),
      `{${tenants.join(',')}}`,
      args.from ?? new Date(0),
      args.to ?? new Date('9999-01-01T00:00:00Z'),
    ],
    'all',
    trx,
  );
  const result: CaseStatsRow[] = rows.map((r) => ({
    tenantId: r.tenant_id,
    category: r.category,
    status: r.status,
    level: r.level,
    count: r.count,
  }));
  return {
    total: rows.reduce((n, r) => n + r.count, 0),
    overdue: rows.reduce((n, r) => n + r.overdue, 0),
    rows: result,
  };
}

/**
 * Sets a community's time limit: its own admin, or the admin of its street (the row belongs to
 * the community either way, so every reader and the job compute the same deadline).
 */
export async function caseDeadlinePolicySet(
  ctx: RequestContext,
  input: CaseDeadlinePolicySetInput,
): Promise<CaseDeadlinePolicy> {
  const p = principalOf(ctx);
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1 || input.workingDays > 120) {
    throw badInput('workingDays', 'workingDays must be a whole number from 1 to 120.');
  }
  const tree = await scopeTree(ctx);
  const own = p.grants.filter((g) => g.role === Role.COMMUNITY_ADMIN && g.tenantId).map((g) => g.tenantId!);
  let communityId: string;
  if (input.communityId) {
    communityId = fromGlobalId(input.communityId, 'Tenant', 'communityId');
    if (!tree.byId.has(communityId)) throw notFound('Tenant', input.communityId);
  } else if (own.length === 1) {
    communityId = own[0];
  } else {
    throw badInput('communityId', 'communityId is required: name the community.');
  }
  if (tree.byId.get(communityId)?.kind !== TenantKind.COMMUNITY) {
    throw badInput('communityId', 'Time limits are set per community (社区).');
  }
  const ancestors = tree.ancestors(communityId);
  const allowed = p.grants.some(
    (g) =>
      (g.role === Role.COMMUNITY_ADMIN && g.tenantId === communityId) ||
      (g.role === Role.STREET_ADMIN && !!g.tenantId && ancestors.includes(g.tenantId)),
  );
  if (!allowed) throw forbidden("Only the community's admin or its street's admin may set its time limits.");
  const category = input.category ?? null;
  const row =
    (await ctx.em.findOne(CaseDeadlinePolicy, { tenant: communityId, level: input.level, category })) ??
    ctx.em.create(CaseDeadlinePolicy, {
      tenant: ref(Tenant, communityId),
      level: input.level,
      category: category ?? undefined,
      workingDays: input.workingDays,
    });
  row.workingDays = input.workingDays;
  await ctx.em.flush();
  return row;
}
