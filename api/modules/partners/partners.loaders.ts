import DataLoader from 'dataloader';
import { defineLoader, groupByKeys } from '../../core/graphql/loader-registry';
import { readRows, rowsByIdLoader } from '../../db/read-rows';
import { PartnerUnit } from './partner-unit.entity';
import { Partnership } from './partnership.entity';

/*
 * One `where … in (…)` per batch on the request's EntityManager (tenant filter and RLS apply to
 * partnerships; units are platform rows), results in key order, read without the unit of work.
 */

export const partnerUnitById = defineLoader((em) => rowsByIdLoader(em, PartnerUnit));
export const partnershipById = defineLoader((em) => rowsByIdLoader(em, Partnership));

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
      return groupByKeys(tenantIds, rows, (p) => p.tenant.id);
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
      return groupByKeys(unitIds, rows, (p) => p.partnerUnit.id);
    }),
);
