import { gridStaffRole, type GridScoped } from '../organisation/organisation.policy';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import type { Principal } from '../../core/auth/principal';
import { Role } from '../../core/auth/role.enum';
import { forbidden, unauthenticated } from '../../core/errors/domain-error';

/*
 * Who reads and writes care rounds (visits, enrolled people, check-ins, alerts). One rule for all
 * of them, by grid, as for household files:
 * - grid worker: the rows of its own grids (visits, subjects, alerts), writes there;
 * - community admin: its community, writes there; receives escalations;
 * - street admin, district integrator: read their subtree, personal data masked; statistics;
 * - device (智能门铃): records DOORBELL check-ins for subjects of its own community, nothing else.
 */

export const CARE_READERS: Role[] = [
  Role.DISTRICT_INTEGRATOR,
  Role.STREET_ADMIN,
  Role.COMMUNITY_ADMIN,
  Role.GRID_WORKER,
];
/** Record visits, enrol people, follow up alerts. */
export const CARE_STAFF: Role[] = [Role.COMMUNITY_ADMIN, Role.GRID_WORKER];
/** Community settings of the daily greeting. */
export const CARE_ADMINS: Role[] = [Role.COMMUNITY_ADMIN];
export const CHECK_IN_RECORDERS: Role[] = [Role.DEVICE, ...CARE_STAFF];
export const STATS_READERS: Role[] = [Role.DISTRICT_INTEGRATOR, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN];
/** Live alert notices: the staff who act on them (street admins get escalations). */
export const ALERT_SUBSCRIBERS: Role[] = [Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER];

export const principalOf = (ctx: RequestContext): Principal => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

const NOTHING = '00000000-0000-0000-0000-000000000000';

/** Rows with `tenant` and `grid` the principal may read, as a filter (an impossible id for none). */
export function readableByGrid<T>(principal: Principal): FilterQuery<T> {
  const any: Record<string, unknown>[] = [];
  for (const g of principal.grants) {
    if (!g.tenantId) continue;
    if (g.role === Role.COMMUNITY_ADMIN) any.push({ tenant: g.tenantId });
    else if (g.role === Role.GRID_WORKER) any.push({ tenant: g.tenantId, grid: { $in: g.gridIds } });
    else if (g.role === Role.STREET_ADMIN || g.role === Role.DISTRICT_INTEGRATOR) {
      any.push({ tenant: { $in: principal.tenantIds } });
    }
  }
  if (any.length === 0) return { id: NOTHING } as unknown as FilterQuery<T>;
  return (any.length === 1 ? any[0] : { $or: any }) as unknown as FilterQuery<T>;
}

export type { GridScoped };

/** The staff role the principal holds for this grid of this community, or null. */
export const staffRoleFor: (principal: Principal, row: GridScoped) => Role | null = gridStaffRole;

/** Read it in scope, but not staff of its grid (a street admin, a worker of another grid): FORBIDDEN. */
export function assertStaffOf(ctx: RequestContext, row: GridScoped, what: string): Role {
  const role = staffRoleFor(principalOf(ctx), row);
  if (!role) throw forbidden(`Only the community admin or the grid worker of its grid may ${what}.`);
  return role;
}

/** The community a device key was issued for (its only grant). */
export function deviceCommunityOf(principal: Principal): string | null {
  const grant = principal.grants.find((g) => g.role === Role.DEVICE && g.tenantId);
  return grant?.tenantId ?? null;
}

export const isDevice = (principal: Principal) =>
  principal.roles.includes(Role.DEVICE) && !principal.roles.some((r) => CARE_STAFF.includes(r));

/** Who takes a step, as recorded in a history row. */
export interface CareActor {
  kind: string;
  id: string | null;
  name: string;
  role: string;
  personId: string | null;
}

export const SYSTEM: CareActor = { kind: 'SYSTEM', id: null, name: '平台', role: 'SYSTEM', personId: null };

export function actorOf(ctx: RequestContext, role: Role): CareActor {
  const p = principalOf(ctx);
  return { kind: p.kind, id: p.id, name: p.name, role, personId: p.personId };
}
