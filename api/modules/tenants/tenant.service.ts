import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { SCOPE_ANY } from '../../db/tenant-scope-sql';
import type { RequestContext } from '../../app/context';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { notFound } from '../../core/errors/domain-error';
import { Tenant } from './tenant.entity';
import { TenantKind } from './tenant-kind.enum';
import type { TenantListArgs } from './tenant.inputs';

/**
 * The tenant table is public administrative data and not row-level walled, so every read here
 * is explicitly limited to the principal's scope: a sibling's node is NOT_FOUND like any row.
 */
const inScope = (ctx: RequestContext): FilterQuery<Tenant> =>
  // Small scopes as a list; a district's hundreds of ids through the transaction's scope array.
  (ctx.principal?.tenantIds.length ?? 0) <= 20
    ? { id: { $in: ctx.principal?.tenantIds ?? [] } }
    : { id: { $eq: raw(SCOPE_ANY) } };

export async function listTenants(ctx: RequestContext, args: TenantListArgs, kind?: TenantKind) {
  const where: FilterQuery<Tenant>[] = [inScope(ctx)];
  const level = kind ?? args.kind;
  if (level) where.push({ kind: level });
  if (args.under) {
    const under = await getTenant(ctx, args.under, 'under');
    where.push({ path: { $like: `${under.path}%` }, id: { $ne: under.id } });
  }
  return paginate(ctx.em, Tenant, { $and: where }, args, ctx.config.limits);
}

export async function getTenant(ctx: RequestContext, globalId: string, field = 'id'): Promise<Tenant> {
  const id = fromGlobalId(globalId, 'Tenant', field);
  const tenant = await loadTenantInScope(ctx, id);
  if (!tenant) throw notFound('Tenant', globalId);
  return tenant;
}

export async function loadTenantInScope(ctx: RequestContext, id: string): Promise<Tenant | null> {
  if (!ctx.principal?.tenantIds.includes(id)) return null;
  return ctx.em.findOne(Tenant, { id });
}
