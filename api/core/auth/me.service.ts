import type { RequestContext } from '../../app/context';
import { Tenant } from '../../modules/tenants/tenant.entity';
import { toGlobalId } from '../graphql/global-id';
import { unauthenticated } from '../errors/domain-error';
import type { Me } from './me.types';

export async function describeMe(ctx: RequestContext): Promise<Me> {
  const p = ctx.principal;
  if (!p) throw unauthenticated();
  const ids = [
    ...new Set([...p.tenantIds, ...p.grants.map((g) => g.tenantId).filter((id): id is string => !!id)]),
  ];
  const tenants = ids.length
    ? await ctx.em.find(Tenant, { id: { $in: ids } }, { orderBy: { path: 'asc' } })
    : [];
  const byId = new Map(tenants.map((t) => [t.id, t]));
  return {
    kind: p.kind,
    name: p.name,
    roles: p.roles,
    grants: p.grants.map((g) => ({
      role: g.role,
      tenant: g.tenantId ? (byId.get(g.tenantId) ?? null) : null,
      gridIds: g.gridIds.map((id) => toGlobalId('Grid', id)),
    })),
    scope: tenants.filter((t) => p.tenantIds.includes(t.id)),
    partnerUnitId: p.partnerUnitId ? toGlobalId('PartnerUnit', p.partnerUnitId) : null,
  };
}
