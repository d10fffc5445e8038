import { gridStaffRole, type GridScoped } from '../organisation/organisation.policy';
import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import type { Principal } from '../../core/auth/principal';
import { Role } from '../../core/auth/role.enum';
import { forbidden, unauthenticated } from '../../core/errors/domain-error';
import { defineLoader } from '../../core/graphql/loader-registry';
import type { HouseholdAction } from './household.enums';
import { actorsOf, type WorkflowActor } from './household.workflow';
import type { HouseholdFile } from './household-file.entity';

/*
 * Who reads what of a household file. Rules live here as role lists (for @Authorized on the
 * schema) and pure functions (for scope); resolvers and services call them, never re-deciding.
 *
 * - Community staff (community admin; the grid worker of the file's grid): the file, every
 *   field; personal data masked unless revealed with @reveal (audited, core/privacy).
 * - Street admin, district integrator: the same types over their subtree, masked (they are not
 *   staff of the community, so @reveal gives them nothing), objections excepted; and counts.
 * - Partner: only `publishedHouseholds` (category, needs, community, masked head name, members as
 *   initial + age), in tenants it partners with; and, while its adoption lasts, the adoption
 *   module's view of the households it adopted (partnerMayReadFully below).
 * - Resident: only `householdNotices` of its own community, and raising objections.
 */

/** Read files (masked for all but the community's own staff). */
export const FILE_READERS: Role[] = [
  Role.DISTRICT_INTEGRATOR,
  Role.STREET_ADMIN,
  Role.COMMUNITY_ADMIN,
  Role.GRID_WORKER,
];
/** Staff of the file's community: write files, read objections. */
export const FILE_STAFF: Role[] = [Role.COMMUNITY_ADMIN, Role.GRID_WORKER];
/** The community (两委): reviews, publishes, closes, answers objections. */
export const FILE_ADMINS: Role[] = [Role.COMMUNITY_ADMIN];
/** Counts per community and category. */
export const STATS_READERS: Role[] = [Role.DISTRICT_INTEGRATOR, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN];
/** The public notice list (公示名单): residents of the community, and staff. */
export const NOTICE_READERS: Role[] = [...FILE_READERS, Role.RESIDENT];
/** Objections: residents of the community, and its staff. */
export const OBJECTORS: Role[] = [Role.RESIDENT, ...FILE_STAFF];
/** Published households (发布认领) in partnered tenants. */
export const PARTNER_READERS: Role[] = [Role.PARTNER];

export const principalOf = (ctx: RequestContext): Principal => {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
};

type FileScope = GridScoped;

/**
 * The files a principal may read, as a filter: a community admin its community's, a grid worker
 * those of its grids (DOMAIN.md: "household files in their own grids"), a street admin or
 * integrator its whole scope. A principal holding none of these reads none (an impossible id).
 */
export function readableFiles(principal: Principal): FilterQuery<HouseholdFile> {
  const any: FilterQuery<HouseholdFile>[] = [];
  for (const g of principal.grants) {
    if (!g.tenantId) continue;
    if (g.role === Role.COMMUNITY_ADMIN) any.push({ tenant: g.tenantId });
    else if (g.role === Role.GRID_WORKER) any.push({ tenant: g.tenantId, grid: { $in: g.gridIds } });
    else if (g.role === Role.STREET_ADMIN || g.role === Role.DISTRICT_INTEGRATOR) {
      // The grant's subtree: the scope (ancestors' subtrees are what tenantIds holds).
      any.push({ tenant: { $in: principal.tenantIds } });
    }
  }
  if (any.length === 0) return { id: '00000000-0000-0000-0000-000000000000' };
  return any.length === 1 ? any[0] : { $or: any };
}

/** Whether the principal is the community's own staff for this file (admin, or its grid's worker). */
export const staffRoleFor: (principal: Principal, file: FileScope) => Role | null = gridStaffRole;

/**
 * The role under which the caller takes `action` on this file: the first of the step's actors
 * (household.workflow.ts) the caller holds for this very file. FORBIDDEN otherwise: a grid
 * worker of another grid, an admin of another community seen through a street account, …
 * Partner steps are the adoption module's: it checks the partnership and passes its actor.
 */
export function actingRole(ctx: RequestContext, file: FileScope, action: HouseholdAction): Role {
  const principal = principalOf(ctx);
  const allowed = actorsOf(action);
  const role = staffRoleFor(principal, file);
  // A community admin may take every step its grid workers may (the table lists both where so).
  if (role && allowed.includes(role)) return role;
  throw forbidden(`Only ${describe(allowed)} of this household's community may do this.`);
}

const describe = (actors: readonly WorkflowActor[]) =>
  actors
    .filter((a) => a === Role.COMMUNITY_ADMIN || a === Role.GRID_WORKER)
    .map((a) =>
      a === Role.COMMUNITY_ADMIN ? 'the community admin (社区两委)' : 'the grid worker of its grid',
    )
    .join(' or ');

/** The community a create writes into must be one the caller is staff of, for that grid. */
export function assertMayWriteIn(ctx: RequestContext, file: FileScope): Role {
  const role = staffRoleFor(principalOf(ctx), file);
  if (!role) {
    throw forbidden('Only the community admin or the grid worker of the household’s grid may keep its file.');
  }
  return role;
}

/**
 * Households the calling partner has an ACTIVE adoption of, among `ids`: one statement per
 * request batch. Raw SQL on the adoption table (api/modules/adoption owns it; importing its
 * entity here would make the two modules import each other); RLS applies as to any query.
 */
const activelyAdoptedBy = defineLoader(
  (em) =>
    new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows = await em.getConnection().execute<{ household_id: string; partner_unit_id: string }[]>(
        `select household_id, partner_unit_id from adoption
         where status = 'ACTIVE' and household_id = any (?::uuid[]) and partner_unit_id = any (?::uuid[])`,
        [`{${pairs.map((p) => p[1]).join(',')}}`, `{${[...new Set(pairs.map((p) => p[0]))].join(',')}}`],
        'all',
        em.getTransactionContext(),
      );
      const found = new Set(rows.map((r) => `${r.partner_unit_id}:${r.household_id}`));
      return keys.map((k) => found.has(k));
    }),
);

/**
 * Whether a partner may read a household's file in full (still audited, and minors never beyond
 * initial and age): while its unit's adoption of the household is ACTIVE. Ended adoptions, other
 * units' adoptions and non-partners: false.
 */
export async function partnerMayReadFully(ctx: RequestContext, file: { id: string }): Promise<boolean> {
  const principal = ctx.principal;
  if (!principal?.partnerUnitId || !principal.roles.includes(Role.PARTNER)) return false;
  return ctx.loaders.get(activelyAdoptedBy).load(`${principal.partnerUnitId}:${file.id}`);
}
