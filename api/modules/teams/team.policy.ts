import type { RequestContext } from '../../app/context';
import type { Principal } from '../../core/auth/principal';
import { ORGANISATION_READERS, Role } from '../../core/auth/role.enum';
import { forbidden, unauthenticated } from '../../core/errors/domain-error';

/** Teams are public within their tenant: staff, integrators, team leaders and residents read them. */
export const TEAM_READERS: Role[] = [...ORGANISATION_READERS, Role.TEAM_LEADER, Role.RESIDENT];
/** Skills of people: who reads people (masked), and team leaders looking for helpers. */
export const SKILL_READERS: Role[] = [...ORGANISATION_READERS, Role.TEAM_LEADER];
/** Who creates and changes teams: the owning street's or community's admin. */
export const TEAM_MANAGERS: Role[] = [Role.STREET_ADMIN, Role.COMMUNITY_ADMIN];
/** Who changes members: the managers, and a team leader for its own team. */
export const MEMBER_MANAGERS: Role[] = [...TEAM_MANAGERS, Role.TEAM_LEADER];

export const principalOf = (ctx: RequestContext): Principal => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

interface TeamLike {
  tenant: { id: string };
  leader?: { id: string } | null;
}

/**
 * The tenant a new team belongs to: the street of a street admin, the community of a community
 * admin, from the grants (never an argument). Someone who manages several tenants would write
 * into one of them by chance, so that is refused rather than guessed.
 */
export function ownTeamTenantId(ctx: RequestContext): string {
  const ids = [
    ...new Set(
      principalOf(ctx)
        .grants.filter((g) => TEAM_MANAGERS.includes(g.role) && g.tenantId)
        .map((g) => g.tenantId as string),
    ),
  ];
  if (ids.length === 0) throw forbidden('Only a street or community admin may create teams.');
  if (ids.length > 1) {
    throw forbidden('You administer several tenants; this operation needs an account for one of them.');
  }
  return ids[0];
}

/**
 * A team is managed by an admin of its owning tenant only: a street admin reads its
 * communities' teams but changes only the street's own (the grant's tenant, not its subtree).
 */
export function canManageTeam(principal: Principal, team: TeamLike): boolean {
  return principal.grants.some((g) => TEAM_MANAGERS.includes(g.role) && g.tenantId === team.tenant.id);
}

/** Members: the team's managers, or the leader of this very team (by the account's person record). */
export function canManageMembers(principal: Principal, team: TeamLike): boolean {
  if (canManageTeam(principal, team)) return true;
  return (
    !!principal.personId &&
    team.leader?.id === principal.personId &&
    principal.grants.some((g) => g.role === Role.TEAM_LEADER && g.tenantId === team.tenant.id)
  );
}

export function assertCanManageTeam(ctx: RequestContext, team: TeamLike): void {
  if (!canManageTeam(principalOf(ctx), team)) {
    throw forbidden("Only an admin of the team's own street or community may change this team.");
  }
}

export function assertCanManageMembers(ctx: RequestContext, team: TeamLike): void {
  if (!canManageMembers(principalOf(ctx), team)) {
    throw forbidden(
      "Only the team's own leader or an admin of its street or community may change its members.",
    );
  }
}
