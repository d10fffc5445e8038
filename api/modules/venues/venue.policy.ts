import type { RequestContext } from '../../app/context';
import { ORGANISATION_READERS, Role } from '../../core/auth/role.enum';
import { forbidden, notFound, unauthenticated } from '../../core/errors/domain-error';
import { fromGlobalId } from '../../core/graphql/global-id';

/**
 * Venues are public information of a street or community: every role reads those in its scope
 * (residents their own community, partners the tenants they partner with).
 */
export const VENUE_READERS: Role[] = [
  Role.DISTRICT_INTEGRATOR,
  Role.STREET_ADMIN,
  Role.COMMUNITY_ADMIN,
  Role.GRID_WORKER,
  Role.TEAM_LEADER,
  Role.RESIDENT,
  Role.PARTNER,
];
/** Community admins write their community's venues; street admins the street's own venues. */
export const VENUE_WRITERS: Role[] = [Role.COMMUNITY_ADMIN, Role.STREET_ADMIN];
/** Who sees which partnership runs a venue: those who read partnerships (the partners module's readers). */
export const OPERATOR_PARTNERSHIP_READERS: Role[] = [...ORGANISATION_READERS, Role.PARTNER];

const principalOf = (ctx: RequestContext) => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

/**
 * The tenants whose venues the caller may write: the nodes of its admin grants exactly, not their
 * subtrees (a street admin reads its communities' venues but does not manage them).
 */
export function venueWriterTenantIds(ctx: RequestContext): string[] {
  return principalOf(ctx)
    .grants.filter((g) => VENUE_WRITERS.includes(g.role) && g.tenantId)
    .map((g) => g.tenantId as string);
}

/**
 * The tenant a new venue belongs to: from the caller's grant, never an argument. Someone holding
 * several admin grants would otherwise write into one of them by chance, so that is refused.
 */
export function ownVenueTenantId(ctx: RequestContext): string {
  const ids = [...new Set(venueWriterTenantIds(ctx))];
  if (ids.length === 0) throw forbidden('Only a community or street admin may manage venues.');
  if (ids.length > 1) {
    throw forbidden('You administer several tenants; creating a venue needs an account for one of them.');
  }
  return ids[0];
}

/** A venue loaded in scope may belong to a tenant the caller only reads (a street's community). */
export function assertVenueWriter(ctx: RequestContext, tenantId: string): void {
  if (!venueWriterTenantIds(ctx).includes(tenantId)) {
    throw forbidden("Only the owning community's or street's admin may change this venue.");
  }
}

/** A `tenantId` filter: NOT_FOUND outside the caller's scope, so a filter cannot probe ids. */
export function tenantFilter(ctx: RequestContext, tenantId: string | undefined): string | null {
  if (!tenantId) return null;
  const id = fromGlobalId(tenantId, 'Tenant', 'tenantId');
  if (!principalOf(ctx).tenantIds.includes(id)) throw notFound('Tenant', tenantId);
  return id;
}
