import type { RequestContext } from '../../app/context';
import type { Principal } from '../../core/auth/principal';
import { ORGANISATION_READERS, Role } from '../../core/auth/role.enum';
import { forbidden, unauthenticated } from '../../core/errors/domain-error';
import { MeetingKind } from './meeting.enums';

/*
 * Who reads and writes meetings. Role lists for @Authorized; pure functions for "this meeting".
 *
 * - Community admin: every meeting of its community (schedule, minutes, attendees, decisions).
 * - Grid worker: the grid councils (网格议事会) of its own grids; reads its community's meetings.
 * - Street admin: the party-building joint meetings (党建联席会议) owned by its street; reads its
 *   communities' meetings.
 * - District integrator: reads its subtree and meetingStats; people masked (they are not staff).
 * - Partner: reads the meetings its unit attended, in the tenants it partners with; never the
 *   people (persons are organisation data: null for a partner).
 */

/** Read meetings, their attendees, decisions and history. */
export const MEETING_READERS: Role[] = [...ORGANISATION_READERS, Role.PARTNER];
/** Staff who read every meeting of their scope (and the decisions linked from cases and files). */
export const MEETING_STAFF_READERS: Role[] = [...ORGANISATION_READERS];
/** Write meetings (which ones: `writerRoleFor`). */
export const MEETING_WRITERS: Role[] = [Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER];
/** Counts per kind and tenant. */
export const MEETING_STATS_READERS: Role[] = [
  Role.DISTRICT_INTEGRATOR,
  Role.STREET_ADMIN,
  Role.COMMUNITY_ADMIN,
];

export const principalOf = (ctx: RequestContext): Principal => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

/** Whether the caller reads people (persons, grids): staff and integrators, not partners. */
export const readsOrganisation = (p: Principal | null) =>
  !!p && p.roles.some((r) => ORGANISATION_READERS.includes(r));

/** A partner reading as its unit (only the meetings the unit attended), or null. */
export const readingPartnerUnit = (p: Principal): string | null =>
  !readsOrganisation(p) && p.roles.includes(Role.PARTNER) && p.partnerUnitId ? p.partnerUnitId : null;

export interface MeetingScope {
  tenant: { id: string };
  kind: MeetingKind;
  grid?: { id: string } | null;
}

/**
 * The role under which the caller changes this meeting, or null: the community admin of its
 * tenant; the street admin of its street for a joint meeting; the grid worker of its grid for a
 * grid council.
 */
export function writerRoleFor(p: Principal, meeting: MeetingScope): Role | null {
  const tenantId = meeting.tenant.id;
  const at = (role: Role) => p.grants.filter((g) => g.role === role && g.tenantId === tenantId);
  if (at(Role.COMMUNITY_ADMIN).length > 0) return Role.COMMUNITY_ADMIN;
  if (meeting.kind === MeetingKind.PARTY_JOINT_MEETING && at(Role.STREET_ADMIN).length > 0) {
    return Role.STREET_ADMIN;
  }
  const gridId = meeting.grid?.id;
  if (
    meeting.kind === MeetingKind.GRID_COUNCIL &&
    gridId &&
    at(Role.GRID_WORKER).some((g) => g.gridIds.includes(gridId))
  ) {
    return Role.GRID_WORKER;
  }
  return null;
}

/** As writerRoleFor, FORBIDDEN when there is none (the meeting itself is in the caller's scope). */
export function assertWriter(ctx: RequestContext, meeting: MeetingScope): Role {
  const role = writerRoleFor(principalOf(ctx), meeting);
  if (!role) {
    throw forbidden(
      meeting.kind === MeetingKind.GRID_COUNCIL
        ? "Only the community admin or a grid worker of the council's grid may change this meeting."
        : meeting.kind === MeetingKind.PARTY_JOINT_MEETING
          ? "Only the admin of the meeting's community or street may change this meeting."
          : "Only the admin of the meeting's community may change this meeting.",
    );
  }
  return role;
}

/**
 * The tenant a meeting without a grid is scheduled in, from the caller's admin grants (never an
 * argument): its community, or its street for a joint meeting. Several candidates are refused
 * rather than guessed.
 */
export function scheduleTenantId(ctx: RequestContext, kind: MeetingKind): string {
  const p = principalOf(ctx);
  const ids = p.grants
    .filter(
      (g) =>
        g.tenantId &&
        (g.role === Role.COMMUNITY_ADMIN ||
          (g.role === Role.STREET_ADMIN && kind === MeetingKind.PARTY_JOINT_MEETING)),
    )
    .map((g) => g.tenantId as string);
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    throw forbidden(
      p.roles.includes(Role.STREET_ADMIN)
        ? 'A street schedules party-building joint meetings (党建联席会议); other meetings are its communities’.'
        : 'Only a community admin, a street admin (joint meetings) or a grid worker (its grid councils) may schedule meetings.',
    );
  }
  if (unique.length > 1) {
    throw forbidden('You administer several tenants; this operation needs an account for one of them.');
  }
  return unique[0];
}
