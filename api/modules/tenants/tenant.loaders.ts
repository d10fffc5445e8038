import DataLoader from 'dataloader';
import { defineLoader } from '../../core/graphql/loader-registry';
import { readRows } from '../../db/read-rows';
import { Tenant } from './tenant.entity';

/** Tenants by id (parents, attributions): one query per batch. */
export const tenantById = defineLoader(
  (em) =>
    new DataLoader<string, Tenant | null>(async (ids) => {
      const rows = await readRows(em, Tenant, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((t) => [t.id, t]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);
