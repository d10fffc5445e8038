import type { RequestContext } from '../../app/context';
import type { Principal } from '../../core/auth/principal';
import { Role, STAFF_ROLES } from '../../core/auth/role.enum';
import { unauthenticated } from '../../core/errors/domain-error';
import { MicroWishStatus, type StoredWishStatus } from './wish.enums';
import { WishCapacity } from './wish.workflow';

/**
 * Who reads the wish wall: every role in its scope (residents their own community, partners the
 * communities they partner with, staff and integrators their subtree).
 */
export const WISH_READERS: Role[] = [
  Role.DISTRICT_INTEGRATOR,
  Role.STREET_ADMIN,
  Role.COMMUNITY_ADMIN,
  Role.GRID_WORKER,
  Role.TEAM_LEADER,
  Role.PARTNER,
  Role.RESIDENT,
];
/** Who posts: a resident for itself, a community admin on a resident's behalf. */
export const WISH_POSTERS: Role[] = [Role.RESIDENT, Role.COMMUNITY_ADMIN];
/** Who may claim: partners, and the community's volunteers and party members (党员/志愿者). */
export const WISH_HELPERS: Role[] = [Role.PARTNER, Role.RESIDENT, Role.TEAM_LEADER, Role.GRID_WORKER];
/** Who acts on a claim (release, deliver): the helpers, and the community admin on their behalf. */
export const WISH_CLAIM_ACTORS: Role[] = [...WISH_HELPERS, Role.COMMUNITY_ADMIN];
/** Who approves, rejects and changes the settings: the community admin. */
export const WISH_STAFF: Role[] = [Role.COMMUNITY_ADMIN];
/** Who confirms a delivery: the resident whose wish it is, or the community admin. */
export const WISH_CLOSERS: Role[] = [Role.RESIDENT, Role.COMMUNITY_ADMIN];
/** Who sees the whole wall (pending, rejected and withdrawn wishes too): staff and integrators. */
const FULL_WALL_READERS: Role[] = [Role.DISTRICT_INTEGRATOR, ...STAFF_ROLES];
/** People who volunteer as themselves (not as a unit). */
const VOLUNTEER_ROLES: Role[] = [Role.RESIDENT, Role.TEAM_LEADER, Role.GRID_WORKER];
/**
 * Roles whose account names are a private individual's (a resident, a team's volunteer leader):
 * masked in the history like any personal name. Staff and partner accounts act in an official
 * capacity and are shown as they are, like the actors of team events.
 */
export const PERSONAL_ACTOR_ROLES: Role[] = [Role.RESIDENT, Role.TEAM_LEADER];

export const principalOf = (ctx: RequestContext): Principal => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

const hasGrantAt = (p: Principal, roles: Role[], tenantId: string) =>
  p.grants.some((g) => roles.includes(g.role) && g.tenantId === tenantId);

/** Whether the caller reads every wish in its scope, or only the public wall plus its own wishes. */
export const readsFullWall = (p: Principal) => p.roles.some((r) => FULL_WALL_READERS.includes(r));

export interface WishLike {
  tenant: { id: string };
  poster: { id: string };
  claimantPartnerUnit?: { id: string } | null;
  claimantPerson?: { id: string } | null;
}

/** A partner principal acting for its unit (a unit's key or account), or null. */
export const partnerUnitOf = (p: Principal): string | null =>
  p.roles.includes(Role.PARTNER) && p.partnerUnitId ? p.partnerUnitId : null;

/**
 * The capacities in which `p` acts on `wish` (see WishCapacity). A partner is a HELPER only for
 * wishes of communities in its scope, which for a partner is exactly its partnered tenants
 * (the service re-checks the partnership itself at claim time).
 */
export function capacitiesOf(p: Principal, wish: WishLike): Set<WishCapacity> {
  const tenantId = wish.tenant.id;
  const caps = new Set<WishCapacity>();
  if (hasGrantAt(p, [Role.COMMUNITY_ADMIN], tenantId)) caps.add(WishCapacity.STAFF);
  const isPoster = !!p.personId && p.personId === wish.poster.id && hasGrantAt(p, [Role.RESIDENT], tenantId);
  if (isPoster) caps.add(WishCapacity.POSTER);
  const unit = partnerUnitOf(p);
  if (unit && p.tenantIds.includes(tenantId)) caps.add(WishCapacity.HELPER);
  else if (p.personId && p.personId !== wish.poster.id && hasGrantAt(p, VOLUNTEER_ROLES, tenantId)) {
    caps.add(WishCapacity.HELPER);
  }
  const holdsAsUnit = !!unit && wish.claimantPartnerUnit?.id === unit;
  const holdsAsPerson = !!p.personId && wish.claimantPerson?.id === p.personId;
  if (holdsAsUnit || holdsAsPerson) caps.add(WishCapacity.CLAIMANT);
  return caps;
}

/** The role under which a step taken in `capacity` is recorded. */
export function actingRole(p: Principal, tenantId: string, capacity: WishCapacity): Role {
  if (capacity === WishCapacity.STAFF) return Role.COMMUNITY_ADMIN;
  if (capacity === WishCapacity.POSTER) return Role.RESIDENT;
  if (partnerUnitOf(p)) return Role.PARTNER;
  const grant = p.grants.find((g) => g.tenantId === tenantId && VOLUNTEER_ROLES.includes(g.role));
  return grant?.role ?? p.roles[0];
}

/**
 * What a reader who does not see the full wall sees: wishes past approval that were neither
 * rejected nor withdrawn (an expired one is still stored OPEN), and its own wishes in any state.
 */
export const PUBLIC_STORED_STATUSES: StoredWishStatus[] = [
  MicroWishStatus.OPEN,
  MicroWishStatus.CLAIMED,
  MicroWishStatus.DELIVERED,
  MicroWishStatus.CLOSED,
];
