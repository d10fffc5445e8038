import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { forbidden, notFound, unauthenticated } from '../../core/errors/domain-error';
import { fromGlobalId } from '../../core/graphql/global-id';
import { tenantById } from '../tenants/tenant.loaders';
import type { Tenant } from '../tenants/tenant.entity';

/**
 * Programmes, projects and sub-projects are public information: every role reads them in its
 * scope (residents their own community; partners the tenants they partner with). What a reader
 * sees is cut by row-level security, so a community reader of a project in its street's
 * programme gets `programme: null` (the street's row is outside its scope), not an error.
 */
export const PROJECT_READERS: Role[] = [
  Role.DISTRICT_INTEGRATOR,
  Role.STREET_ADMIN,
  Role.COMMUNITY_ADMIN,
  Role.GRID_WORKER,
  Role.TEAM_LEADER,
  Role.RESIDENT,
  Role.PARTNER,
];

/** Roles that may write (each write then checks the owning tenant with `assertCanWrite`). */
export const PROJECT_WRITERS: Role[] = [Role.STREET_ADMIN, Role.COMMUNITY_ADMIN];

const principalOf = (ctx: RequestContext) => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

/** Tenant nodes where the caller holds an admin grant (community admin or street admin). */
function adminTenantIds(ctx: RequestContext): string[] {
  return principalOf(ctx)
    .grants.filter((g) => PROJECT_WRITERS.includes(g.role) && g.tenantId)
    .map((g) => g.tenantId as string);
}

/**
 * Who writes the rows of a tenant: its own admin (community admin of the community, street admin
 * of the street), and the street admin of the street above a community. The street admin is the
 * one who places a community's project into a street programme and links street teams, which a
 * community admin cannot see; so it may do in its communities what their admins may do.
 */
export function mayWrite(ctx: RequestContext, tenant: Pick<Tenant, 'id' | 'parent'>): boolean {
  const principal = principalOf(ctx);
  if (adminTenantIds(ctx).includes(tenant.id)) return true;
  const parentId = tenant.parent?.id;
  return !!parentId && principal.grants.some((g) => g.role === Role.STREET_ADMIN && g.tenantId === parentId);
}

/** The tenant row (for its kind and parent); tenants are public administrative data. */
export async function tenantOf(ctx: RequestContext, id: string): Promise<Tenant> {
  const tenant = await ctx.loaders.get(tenantById).load(id);
  if (!tenant) throw notFound('Tenant', id);
  return tenant;
}

export async function assertCanWrite(ctx: RequestContext, tenantId: string): Promise<Tenant> {
  const tenant = await tenantOf(ctx, tenantId);
  if (!mayWrite(ctx, tenant)) {
    throw forbidden(
      'Only an admin of the owning community, or of its street, may change its programmes and projects.',
    );
  }
  return tenant;
}

/**
 * A tenant named by an argument or input (global id): NOT_FOUND outside the caller's scope (as
 * a sibling's row is everywhere else), so it cannot probe which ids exist.
 */
export function tenantInScope(ctx: RequestContext, globalId: string, field: string): string {
  const id = fromGlobalId(globalId, 'Tenant', field);
  if (!principalOf(ctx).tenantIds.includes(id)) throw notFound('Tenant', globalId);
  return id;
}

/** The owner of a new programme: the named tenant, or the one tenant the caller administers. */
export async function programmeOwner(ctx: RequestContext, tenantGlobalId?: string | null): Promise<Tenant> {
  if (tenantGlobalId) return assertCanWrite(ctx, tenantInScope(ctx, tenantGlobalId, 'tenantId'));
  const own = [...new Set(adminTenantIds(ctx))];
  if (own.length !== 1) {
    throw forbidden('You administer several tenants (or none): name the owner with tenantId.');
  }
  return assertCanWrite(ctx, own[0]);
}
