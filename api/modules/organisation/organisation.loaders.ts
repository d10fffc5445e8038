import DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { defineLoader, groupByKeys } from '../../core/graphql/loader-registry';
import { readRows, rowsByIdLoader } from '../../db/read-rows';
import { CommunityProfile } from './community-profile.entity';
import { Grid } from './grid.entity';
import { GridAssignment } from './grid-assignment.entity';
import { MicroGrid } from './micro-grid.entity';
import { Person } from './person.entity';
import { chinaToday } from './organisation.policy';

/*
 * Each loader is one `where … in (…)` per batch on the request's EntityManager, so the tenant
 * filter and RLS apply as to any query, and results come back in key order. Rows are read
 * without the unit of work (`readRows`): field resolvers only read them. MikroORM's own
 * dataloader (`Ref.load()`) is not used, so how a field batches is visible here.
 */

export const gridById = defineLoader((em) => rowsByIdLoader(em, Grid));
export const personById = defineLoader((em) => rowsByIdLoader(em, Person));
export const microGridById = defineLoader((em) => rowsByIdLoader(em, MicroGrid));

/** A community's grids, ordered by code. */
export const gridsByTenantId = defineLoader(
  (em) =>
    new DataLoader<string, Grid[]>(async (tenantIds) => {
      const rows = await readRows(em, Grid, { tenant: { $in: [...tenantIds] } }, { code: 'asc', id: 'asc' });
      return groupByKeys(tenantIds, rows, (g) => g.tenant.id);
    }),
);

/** A grid's micro-grids, ordered by code. */
export const microGridsByGridId = defineLoader(
  (em) =>
    new DataLoader<string, MicroGrid[]>(async (gridIds) => {
      const rows = await readRows(em, MicroGrid, { grid: { $in: [...gridIds] } }, { code: 'asc', id: 'asc' });
      return groupByKeys(gridIds, rows, (m) => m.grid.id);
    }),
);

function assignmentLoader(em: EntityManager, activeOnly: boolean) {
  return new DataLoader<string, GridAssignment[]>(async (gridIds) => {
    const where: FilterQuery<GridAssignment> = { grid: { $in: [...gridIds] } };
    const active: FilterQuery<GridAssignment> = {
      $or: [{ endedOn: null }, { endedOn: { $gte: chinaToday() } }],
    };
    const rows = await readRows(em, GridAssignment, activeOnly ? { $and: [where, active] } : where, {
      startedOn: 'asc',
      createdAt: 'asc',
      id: 'asc',
    });
    return groupByKeys(gridIds, rows, (a) => a.grid.id);
  });
}

/** Assignments of a grid, serving or ended (history), oldest first. */
export const assignmentsByGridId = defineLoader((em) => assignmentLoader(em, false));
/** Assignments serving today (no end date, or one not yet passed). */
export const activeAssignmentsByGridId = defineLoader((em) => assignmentLoader(em, true));

/** A community's profile (at most one per tenant). */
export const profileByTenantId = defineLoader(
  (em) =>
    new DataLoader<string, CommunityProfile | null>(async (tenantIds) => {
      const rows = await readRows(em, CommunityProfile, { tenant: { $in: [...tenantIds] } });
      const found = new Map(rows.map((p) => [p.tenant.id, p]));
      return tenantIds.map((id) => found.get(id) ?? null);
    }),
);
