import DataLoader from 'dataloader';
import { defineLoader } from '../../core/graphql/loader-registry';
import { Tenant } from './tenant.entity';

/** Tenants by id (parents, attributions): one query per batch. */
export const tenantById = defineLoader(
  (em) =>
    new DataLoader<string, Tenant | null>(async (ids) => {
      const rows = await em.find(Tenant, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((t) => [t.id, t]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);
