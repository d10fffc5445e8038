import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import type { Principal } from '../../core/auth/principal';
import { Role } from '../../core/auth/role.enum';
import { forbidden, unauthenticated } from '../../core/errors/domain-error';
import { staffRoleFor } from '../households/household.policy';
import type { Adoption } from './adoption.entity';

/*
 * Who does what with adoptions (认领), pledges and support records:
 * - A partner (PARTNER with a unit) adopts published households of communities it has an ACTIVE
 *   partnership with, ends its own adoptions, records deliveries on its own pledges, and reads
 *   its own adoptions (others' are none of its business: NOT_FOUND).
 * - Community staff (the admin; the grid worker of the file's grid) read the community's
 *   adoptions, record deliveries, confirm them with the household and handle the follow-ups;
 *   the admin may end an adoption.
 * - Street admins and district integrators read adoptions and the summaries over their subtree.
 */

export const ADOPTERS: Role[] = [Role.PARTNER];
export const ADOPTION_ENDERS: Role[] = [Role.PARTNER, Role.COMMUNITY_ADMIN];
export const ADOPTION_READERS: Role[] = [
  Role.PARTNER,
  Role.COMMUNITY_ADMIN,
  Role.GRID_WORKER,
  Role.STREET_ADMIN,
  Role.DISTRICT_INTEGRATOR,
];
export const SUPPORT_RECORDERS: Role[] = [Role.PARTNER, Role.COMMUNITY_ADMIN, Role.GRID_WORKER];
export const CONFIRMERS: Role[] = [Role.COMMUNITY_ADMIN, Role.GRID_WORKER];
export const FOLLOW_UP_STAFF: Role[] = [Role.COMMUNITY_ADMIN, Role.GRID_WORKER];
export const SUMMARY_READERS: Role[] = [Role.COMMUNITY_ADMIN, Role.STREET_ADMIN, Role.DISTRICT_INTEGRATOR];

/** Roles that read every adoption of their scope (not only their own unit's). */
const SCOPE_READERS: Role[] = [
  Role.COMMUNITY_ADMIN,
  Role.GRID_WORKER,
  Role.STREET_ADMIN,
  Role.DISTRICT_INTEGRATOR,
];

const NOTHING = '00000000-0000-0000-0000-000000000000';

export const principalOf = (ctx: RequestContext): Principal => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

/** The calling partner's unit, or FORBIDDEN (a partner key always has one). */
export function partnerUnitOf(ctx: RequestContext): string {
  const p = principalOf(ctx);
  if (!p.roles.includes(Role.PARTNER) || !p.partnerUnitId) {
    throw forbidden('Only a partner unit (共建单位) may do this.');
  }
  return p.partnerUnitId;
}

/** Adoptions the principal reads: staff and integrators their scope's, a partner its unit's. */
export function readableAdoptions(principal: Principal): FilterQuery<Adoption> {
  const any: FilterQuery<Adoption>[] = [];
  if (principal.roles.some((r) => SCOPE_READERS.includes(r))) {
    const staffScope = principal.grants
      .filter((g) => g.tenantId && SCOPE_READERS.includes(g.role))
      .flatMap((g) =>
        g.role === Role.STREET_ADMIN || g.role === Role.DISTRICT_INTEGRATOR
          ? principal.tenantIds
          : [g.tenantId!],
      );
    any.push({ tenant: { $in: [...new Set(staffScope)] } });
  }
  if (principal.roles.includes(Role.PARTNER) && principal.partnerUnitId) {
    any.push({ partnerUnit: principal.partnerUnitId, tenant: { $in: principal.tenantIds } });
  }
  if (any.length === 0) return { id: NOTHING };
  return any.length === 1 ? any[0] : { $or: any };
}

/**
 * The role under which the caller acts on an adoption's pledges: PARTNER for the adopting unit,
 * otherwise the community staff role for the file; null for anybody else.
 */
export function supportRole(
  ctx: RequestContext,
  adoption: Adoption,
  file: { tenant: { id: string }; grid: { id: string } },
): Role | null {
  const p = principalOf(ctx);
  if (p.roles.includes(Role.PARTNER) && p.partnerUnitId === adoption.partnerUnit.id) return Role.PARTNER;
  return staffRoleFor(p, file);
}
