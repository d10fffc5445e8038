import type { RequestContext } from '../../app/context';
import type { Principal } from '../../core/auth/principal';
import { Role, STAFF_ROLES, ORGANISATION_READERS } from '../../core/auth/role.enum';
import { badInput, forbidden, notFound, unauthenticated } from '../../core/errors/domain-error';
import { fromGlobalId } from '../../core/graphql/global-id';

/** Grids and micro-grids: the organisation readers, and residents for their own community. */
/** A row that belongs to one grid of one community (a household file, a visit, a care subject). */
export interface GridScoped {
  tenant: { id: string };
  grid: { id: string };
}

/**
 * The staff role the principal holds for this grid of this community: its community admin, or a
 * grid worker whose grant names the grid; null for everyone else (a street admin, a worker of
 * another grid). Modules that act on grid-scoped rows decide with this one rule.
 */
export function gridStaffRole(principal: Principal, row: GridScoped): Role | null {
  const tenantId = row.tenant.id;
  if (principal.grants.some((g) => g.role === Role.COMMUNITY_ADMIN && g.tenantId === tenantId)) {
    return Role.COMMUNITY_ADMIN;
  }
  const worker = principal.grants.some(
    (g) => g.role === Role.GRID_WORKER && g.tenantId === tenantId && g.gridIds.includes(row.grid.id),
  );
  return worker ? Role.GRID_WORKER : null;
}

export const GRID_READERS: Role[] = [...ORGANISATION_READERS, Role.RESIDENT];
/** People, assignments and the community profile: the organisation readers only. */
export const PEOPLE_READERS: Role[] = [...ORGANISATION_READERS];

const principalOf = (ctx: RequestContext) => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

/** Communities where the caller is community admin (社区两委): the only ones it may write. */
export function adminCommunityIds(ctx: RequestContext): string[] {
  return principalOf(ctx)
    .grants.filter((g) => g.role === Role.COMMUNITY_ADMIN && g.tenantId)
    .map((g) => g.tenantId as string);
}

/**
 * The community a create writes into: the caller's own, from its grants (never an argument).
 * Someone who administers several communities would otherwise write into one of them by
 * chance, so that is refused rather than guessed.
 */
export function ownCommunityId(ctx: RequestContext): string {
  const ids = adminCommunityIds(ctx);
  if (ids.length === 0) throw forbidden('Only a community admin (社区管理员) may change the organisation.');
  if (ids.length > 1) {
    throw forbidden('You administer several communities; this operation needs an account for one community.');
  }
  return ids[0];
}

/** A row loaded in scope may still belong to a community the caller only reads (a street's). */
export function assertCommunityAdmin(ctx: RequestContext, tenantId: string): void {
  if (!adminCommunityIds(ctx).includes(tenantId)) {
    throw forbidden("Only the owning community's admin may change this record.");
  }
}

/**
 * The tenant named by a `communityId` filter: NOT_FOUND outside the caller's scope (as a sibling's
 * node is everywhere else), so a filter cannot probe which ids exist.
 */
export function communityFilter(ctx: RequestContext, communityId: string | undefined): string | null {
  if (!communityId) return null;
  const id = fromGlobalId(communityId, 'Tenant', 'communityId');
  if (!principalOf(ctx).tenantIds.includes(id)) throw notFound('Tenant', communityId);
  return id;
}

/**
 * The tenants whose people the caller may search by a personal value. A search answers "is
 * there someone with this phone" even when the rows come back masked, so only staff of the
 * owning tenant, who could reveal the value anyway, may search (and only in their own tenants).
 */
export function searchableTenantIds(ctx: RequestContext, communityId: string | null): string[] {
  const staffOf = principalOf(ctx)
    .grants.filter((g) => g.tenantId && STAFF_ROLES.includes(g.role))
    .map((g) => g.tenantId as string);
  if (communityId) {
    if (!staffOf.includes(communityId)) {
      throw forbidden("Only staff of the person's own community may search people by name or phone.");
    }
    return [communityId];
  }
  if (staffOf.length === 0) {
    throw forbidden("Only staff of the person's own community may search people by name or phone.");
  }
  return staffOf;
}

/** Today in China (UTC+8) as YYYY-MM-DD: service dates and birth dates are Beijing calendar dates. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A calendar date that must not lie after today (China time). */
export function assertNotFuture(field: string, date: string | null | undefined): void {
  if (date && date > chinaToday()) throw badInput(field, `${field} must not be in the future.`);
}
