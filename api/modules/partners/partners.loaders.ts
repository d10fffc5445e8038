import DataLoader from 'dataloader';
import { defineLoader } from '../../core/graphql/loader-registry';
import { readRows } from '../../db/read-rows';
import { PartnerUnit } from './partner-unit.entity';
import { Partnership } from './partnership.entity';

/*
 * One `where … in (…)` per batch on the request's EntityManager (tenant filter and RLS apply to
 * partnerships; units are platform rows), results in key order, read without the unit of work.
 */

/** Groups rows (already in the wanted order) under their key, one array per requested key. */
function grouped<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

export const partnerUnitById = defineLoader(
  (em) =>
    new DataLoader<string, PartnerUnit | null>(async (ids) => {
      const rows = await readRows(em, PartnerUnit, { id: { $in: [...ids] } });
      const found = new Map(rows.map((u) => [u.id, u]));
      return ids.map((id) => found.get(id) ?? null);
    }),
);

/** A tenant's agreements in the caller's scope, oldest first. */
export const partnershipsByTenantId = defineLoader(
  (em) =>
    new DataLoader<string, Partnership[]>(async (tenantIds) => {
      const rows = await readRows(
        em,
        Partnership,
        { tenant: { $in: [...tenantIds] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return grouped(tenantIds, rows, (p) => p.tenant.id);
    }),
);

/** A unit's agreements in the caller's scope (tenants it cannot see are left out), oldest first. */
export const partnershipsByPartnerUnitId = defineLoader(
  (em) =>
    new DataLoader<string, Partnership[]>(async (unitIds) => {
      const rows = await readRows(
        em,
        Partnership,
        { partnerUnit: { $in: [...unitIds] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return grouped(unitIds, rows, (p) => p.partnerUnit.id);
    }),
);
