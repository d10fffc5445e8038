import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import type { Principal } from '../../core/auth/principal';
import { Role } from '../../core/auth/role.enum';
import { unauthenticated } from '../../core/errors/domain-error';
import type { Case } from './case.entity';
import { CaseLevel } from './case.enums';
import type { CaseActor } from './case-timeline';

/** Everyone who may read some cases (each sees its own slice, see visibleCases). */
export const CASE_READERS: Role[] = [
  Role.DISTRICT_INTEGRATOR,
  Role.STREET_ADMIN,
  Role.COMMUNITY_ADMIN,
  Role.GRID_WORKER,
  Role.RESIDENT,
  Role.MOBILE_PROBE,
];
/** Who reports a case over the API: residents, grid workers, mobile probes, community staff. */
export const CASE_REPORTERS: Role[] = [
  Role.RESIDENT,
  Role.GRID_WORKER,
  Role.MOBILE_PROBE,
  Role.COMMUNITY_ADMIN,
];
/** Who works cases (each at its own level, see actingRoleAt). */
export const CASE_HANDLERS: Role[] = [
  Role.GRID_WORKER,
  Role.COMMUNITY_ADMIN,
  Role.STREET_ADMIN,
  Role.DISTRICT_INTEGRATOR,
];
/** Who closes a resolved case with a rating: the reporter, or the handlers on its behalf. */
export const CASE_CLOSERS: Role[] = [...CASE_HANDLERS, Role.RESIDENT, Role.MOBILE_PROBE];
/** Who sets a community's time limits: its admin, or its street's admin. */
export const DEADLINE_POLICY_WRITERS: Role[] = [Role.COMMUNITY_ADMIN, Role.STREET_ADMIN];
/** Who reads counts: the staff and integrators of a subtree. */
export const CASE_STATS_READERS: Role[] = [Role.DISTRICT_INTEGRATOR, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN];

/** Levels at which a street sees a case: from the moment it reached the street, for good. */
export const STREET_VISIBLE_LEVELS: CaseLevel[] = [CaseLevel.STREET, CaseLevel.DISTRICT];

export const principalOf = (ctx: RequestContext): Principal => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

/**
 * The cases `p` may read, as a condition (the scope itself is added by the caller): a community
 * admin all of its community's; a street admin its communities' cases once they reached the
 * street (escalation makes them visible, and they stay so); a district integrator everything in
 * its subtree; a grid worker the cases of its grids at every level (the lower level keeps reading
 * the history after escalation) and those it reported; a resident and a mobile probe the cases
 * they reported.
 */
export function visibleCases(p: Principal, tenantIdsBelow: (nodeId: string) => string[]): FilterQuery<Case> {
  const any: FilterQuery<Case>[] = [{ reporterPrincipalId: p.id }];
  if (p.personId) any.push({ reporterPerson: p.personId });
  for (const g of p.grants) {
    if (!g.tenantId) continue;
    if (g.role === Role.DISTRICT_INTEGRATOR) any.push({ tenant: { $in: tenantIdsBelow(g.tenantId) } });
    if (g.role === Role.COMMUNITY_ADMIN) any.push({ tenant: g.tenantId });
    if (g.role === Role.STREET_ADMIN) {
      any.push({ tenant: { $in: tenantIdsBelow(g.tenantId) }, level: { $in: STREET_VISIBLE_LEVELS } });
    }
    if (g.role === Role.GRID_WORKER && g.gridIds.length > 0) {
      any.push({ tenant: g.tenantId, grid: { $in: g.gridIds } });
    }
  }
  return { $or: any };
}

/**
 * The role under which `p` handles a case at its current level, or null: the grid worker of the
 * case's grid (or the community admin, who supervises its grids) at GRID; the community admin at
 * COMMUNITY; the street admin of the community's street at STREET; the district integrator at
 * DISTRICT (its system records the steps the district takes). `ancestors` are the case tenant's
 * ids from the root down, the tenant itself last.
 */
export function actingRoleAt(p: Principal, c: Case, ancestors: string[]): Role | null {
  const has = (role: Role, tenantId: string | undefined) =>
    !!tenantId && p.grants.some((g) => g.role === role && g.tenantId === tenantId);
  const community = c.tenant.id;
  switch (c.level) {
    case CaseLevel.GRID: {
      const gridWorker = p.grants.some(
        (g) =>
          g.role === Role.GRID_WORKER &&
          g.tenantId === community &&
          !!c.grid &&
          g.gridIds.includes(c.grid.id),
      );
      if (gridWorker) return Role.GRID_WORKER;
      return has(Role.COMMUNITY_ADMIN, community) ? Role.COMMUNITY_ADMIN : null;
    }
    case CaseLevel.COMMUNITY:
      return has(Role.COMMUNITY_ADMIN, community) ? Role.COMMUNITY_ADMIN : null;
    case CaseLevel.STREET:
      return ancestors.slice(0, -1).some((id) => has(Role.STREET_ADMIN, id)) ? Role.STREET_ADMIN : null;
    case CaseLevel.DISTRICT:
      return ancestors.slice(0, -1).some((id) => has(Role.DISTRICT_INTEGRATOR, id))
        ? Role.DISTRICT_INTEGRATOR
        : null;
  }
}

/** Whether `p` reported the case itself (as the resident, or as the key or account that sent it). */
export const isReporter = (p: Principal, c: Case): boolean =>
  c.reporterPrincipalId === p.id || (!!p.personId && c.reporterPerson?.id === p.personId);

/** The role `p` holds at (or above) a tenant, for recording a report. */
export function reportingRole(p: Principal, ancestors: string[]): Role {
  const grant =
    p.grants.find((g) => g.tenantId === ancestors[ancestors.length - 1]) ??
    p.grants.find((g) => g.tenantId && ancestors.includes(g.tenantId));
  return grant?.role ?? p.roles[0];
}

export const actorOf = (p: Principal, role: string): CaseActor => ({
  kind: p.kind,
  id: p.id,
  name: p.name,
  role,
  personId: p.personId,
});

/**
 * Roles whose account names are a private individual's (residents): masked in the timeline like
 * any personal name. Staff, integrators and probe keys act in an official capacity.
 */
export const PERSONAL_ACTOR_ROLES: string[] = [Role.RESIDENT, Role.TEAM_LEADER];
