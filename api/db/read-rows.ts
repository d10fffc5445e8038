import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Rows for read-only field resolvers (DataLoaders), without the unit of work: one query through
 * the QueryBuilder with the default filters applied (so the tenant filter holds, and RLS as
 * always), mapped onto the entity's prototype (getters and methods work) with each many-to-one
 * as a bare `{ id }` reference. Hydrating managed entities costs about as much again as the
 * query for a nested page of a thousand rows, and nothing here is ever changed or flushed.
 * Never pass these objects to `em.create`/`persist`: load with `em.find` for writes.
 */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T>,
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(entity.name);
  const qb = em.createQueryBuilder(entity).select('*').where(where);
  if (orderBy) qb.orderBy(orderBy);
  await qb.applyFilters();
  const rows = await qb.execute<Record<string, unknown>[]>('all', true);
  const references = meta.relations
    .filter((r) => r.kind === 'm:1' || r.kind === '1:1')
    .map((r) => r.name as string);
  return rows.map((row) => {
    // Own data properties, defined rather than assigned: assignment would run the ORM's
    // relation setters on the prototype, which expect managed entities (and cost as much).
    const instance = Object.create(entity.prototype) as T;
    for (const key of Object.keys(row)) {
      const value = references.includes(key) ? (row[key] == null ? undefined : { id: row[key] }) : row[key];
      Object.defineProperty(instance, key, { value, writable: true, enumerable: true, configurable: true });
    }
    return instance;
  });
}
