import type { RequestContext } from '../../app/context';
import { hasRole, type Principal } from '../../core/auth/principal';
import { ORGANISATION_READERS, Role } from '../../core/auth/role.enum';
import { DomainError, ErrorCode, forbidden, unauthenticated } from '../../core/errors/domain-error';

/** Who reads agreements and units: the organisation readers of a tenant, and partners (their own). */
export const PARTNERSHIP_READERS: Role[] = [...ORGANISATION_READERS, Role.PARTNER];
/** Who registers units and signs or ends agreements: the platform, and street and community admins. */
export const PARTNERSHIP_WRITERS: Role[] = [Role.PLATFORM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN];
/** Node readers of a unit: the readers above, and the platform admin (it registers units). */
export const PARTNER_UNIT_READERS: Role[] = [...PARTNERSHIP_READERS, Role.PLATFORM_ADMIN];

/** A uuid no unit has: "see nothing" for a partner principal without a unit. */
const NO_UNIT = '00000000-0000-0000-0000-000000000000';

export const principalOf = (ctx: RequestContext): Principal => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

/** NOT_FOUND naming the input field at fault. */
export const missing = (what: string, globalId: string, field: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} "${globalId}" was not found.`, { field });

export const isPlatformAdmin = (ctx: RequestContext) => hasRole(ctx.principal, Role.PLATFORM_ADMIN);

/**
 * The unit whose agreements alone a caller may see, or null for no such limit. A partner's scope
 * is the tenants it partners with, but other partners' agreements with those tenants are none
 * of its business; a principal that also reads as staff or integrator keeps its wider view.
 */
export function ownUnitOnly(ctx: RequestContext): string | null {
  const principal = principalOf(ctx);
  if (!principal.roles.includes(Role.PARTNER)) return null;
  if (principal.roles.some((r) => ORGANISATION_READERS.includes(r))) return null;
  return principal.partnerUnitId ?? NO_UNIT;
}

/**
 * Whether the caller administers the tenant: a street admin its street and the street's
 * communities, a community admin its community (a tenant's path lists its ancestors' ids).
 */
export function administers(ctx: RequestContext, tenant: { id: string; path: string }): boolean {
  const principal = principalOf(ctx);
  if (principal.roles.includes(Role.PLATFORM_ADMIN)) return true;
  return principal.grants.some(
    (g) =>
      g.tenantId &&
      (g.role === Role.STREET_ADMIN || g.role === Role.COMMUNITY_ADMIN) &&
      tenant.path.includes(`/${g.tenantId}/`),
  );
}

/**
 * A tenant the caller writes an agreement for. Outside its scope the answer is NOT_FOUND, as for
 * any row of another tenant (so ids cannot be probed); inside its scope but not administered by
 * it (e.g. a street admin who also partners with another community) FORBIDDEN.
 */
export function assertAdministers(
  ctx: RequestContext,
  tenant: { id: string; path: string } | null,
  globalId: string,
  field: string,
): asserts tenant is { id: string; path: string } {
  if (tenant && administers(ctx, tenant)) return;
  if (tenant && principalOf(ctx).tenantIds.includes(tenant.id)) {
    throw forbidden('Only the platform, the street or the community itself may sign or end its agreements.');
  }
  throw missing('Tenant', globalId, field);
}
