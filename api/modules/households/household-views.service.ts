import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import { toGlobalId } from '../../core/graphql/global-id';
import { communityFilter } from '../organisation/organisation.policy';
import { HouseholdFile } from './household-file.entity';
import { HouseholdCategory, HouseholdStatus } from './household.enums';
import type { HouseholdNoticeArgs, PublishedHouseholdArgs } from './household.inputs';
import { principalOf } from './household.policy';
import { HouseholdNotice, HouseholdStats, PublishedHousehold } from './household.types';

/** The same page with each node projected to a view type (cursors stay the file's). */
async function project<V extends object>(
  page: Promise<ConnectionShape<HouseholdFile>>,
  view: (file: HouseholdFile) => V,
): Promise<ConnectionShape<V>> {
  const { edges, pageInfo, totalCount } = await page;
  return { edges: edges.map((e) => ({ cursor: e.cursor, node: view(e.node) })), pageInfo, totalCount };
}

/**
 * The public notice list (公示名单): files on notice in the caller's scope (a resident: its
 * community; staff and integrators: their subtree). A community outside the scope is NOT_FOUND.
 */
export function listNotices(ctx: RequestContext, args: HouseholdNoticeArgs) {
  const community = communityFilter(ctx, args.communityId);
  const where: FilterQuery<HouseholdFile> = {
    status: HouseholdStatus.PUBLIC_NOTICE,
    tenant: community ?? { $in: principalOf(ctx).tenantIds },
  };
  return project(paginate(ctx.em, HouseholdFile, where, args, ctx.config.limits), (f) =>
    Object.assign(new HouseholdNotice(), {
      id: toGlobalId('HouseholdFile', f.id),
      fileId: f.id,
      tenantId: f.tenant.id,
      gridId: f.grid.id,
      headId: f.head.id,
      categories: f.categories,
      reasonForSupport: f.reasonForSupport,
      noticeEndsAt: f.noticeEndsAt as Date,
      createdAt: f.createdAt,
    }),
  );
}

/** Households open for adoption in the tenants the partner partners with (its scope). */
export function listPublished(ctx: RequestContext, args: PublishedHouseholdArgs) {
  const community = communityFilter(ctx, args.communityId);
  const where: FilterQuery<HouseholdFile> = {
    status: HouseholdStatus.PUBLISHED,
    tenant: community ?? { $in: principalOf(ctx).tenantIds },
  };
  if (args.category) where.categories = { $contains: [args.category] };
  return project(paginate(ctx.em, HouseholdFile, where, args, ctx.config.limits), (f) =>
    Object.assign(new PublishedHousehold(), {
      id: toGlobalId('HouseholdFile', f.id),
      fileId: f.id,
      tenantId: f.tenant.id,
      headId: f.head.id,
      categories: f.categories,
      disabilityGrade: f.disabilityGrade ?? null,
      needs: f.needs,
      reasonForSupport: f.reasonForSupport,
      status: f.status,
      createdAt: f.createdAt,
    }),
  );
}

/**
 * Counts per community of the caller's scope (or one community), by state and by category: two
 * grouped statements, whatever the number of communities. Communities without files are left out.
 */
export async function householdStats(ctx: RequestContext, communityId?: string): Promise<HouseholdStats[]> {
  const community = communityFilter(ctx, communityId);
  const ids = community ? [community] : principalOf(ctx).tenantIds;
  const scope = `{${ids.join(',')}}`;
  const conn = ctx.em.getConnection();
  const trx = ctx.em.getTransactionContext();
  const byStatus = await conn.execute<{ tenant_id: string; status: HouseholdStatus; n: number }[]>(
    `select tenant_id, status, count(*)::int as n from household_file
     where tenant_id = any (?::uuid[]) group by tenant_id, status order by tenant_id, status`,
    [scope],
    'all',
    trx,
  );
  const byCategory = await conn.execute<{ tenant_id: string; category: HouseholdCategory; n: number }[]>(
    `select tenant_id, c as category, count(*)::int as n from household_file, unnest(categories) as c
     where tenant_id = any (?::uuid[]) group by tenant_id, c order by tenant_id, c`,
    [scope],
    'all',
    trx,
  );
  const stats = new Map<string, HouseholdStats>();
  const of = (tenantId: string) => {
    let s = stats.get(tenantId);
    if (!s) {
      s = Object.assign(new HouseholdStats(), { tenantId, total: 0, byStatus: [], byCategory: [] });
      stats.set(tenantId, s);
    }
    return s;
  };
  for (const r of byStatus) {
    const s = of(r.tenant_id);
    s.total += r.n;
    s.byStatus.push({ status: r.status, count: r.n });
  }
  for (const r of byCategory) of(r.tenant_id).byCategory.push({ category: r.category, count: r.n });
  return [...stats.values()];
}
