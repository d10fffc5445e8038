import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

interface ReadShape {
  /** A constructor whose instances inherit the entity's getters and methods. */
  Row: new () => object;
  references: Set<string>;
}

const shapes = new WeakMap<object, ReadShape>();

/**
 * The ORM defines accessors for every mapped property on the entity prototype (to track changes
 * of managed entities); plain assignment would run them. Read rows inherit from a prototype that
 * shadows each with a writable data property, so assignment creates plain own properties.
 */
function shapeOf(em: EntityManager, entity: EntityClass<object>): ReadShape {
  let shape = shapes.get(entity);
  if (!shape) {
    const meta = em.getMetadata().get(entity.name);
    const shadows: PropertyDescriptorMap = {};
    for (const name of Object.keys(meta.properties)) {
      shadows[name] = { value: undefined, writable: true, enumerable: false, configurable: true };
    }
    const prototype = Object.create(entity.prototype, shadows) as object;
    const Row = function ReadRow() {} as unknown as new () => object;
    Row.prototype = prototype;
    const references = new Set(
      meta.relations.filter((r) => r.kind === 'm:1' || r.kind === '1:1').map((r) => r.name as string),
    );
    shape = { Row, references };
    shapes.set(entity, shape);
  }
  return shape;
}

/**
 * Rows for read-only field resolvers (DataLoaders), without the unit of work: one query through
 * the QueryBuilder with the default filters applied (so the tenant filter holds, and RLS as
 * always), as objects that inherit the entity's getters and methods, each many-to-one a bare
 * `{ id }` reference. Hydrating managed entities costs about as much again as the query for a
 * nested page of a thousand rows, and nothing here is ever changed or flushed.
 * Never pass these objects to `em.create`/`persist`: load with `em.find` for writes.
 */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T>,
): Promise<T[]> {
  const { Row, references } = shapeOf(em, entity);
  const qb = em.createQueryBuilder(entity).select('*').where(where);
  if (orderBy) qb.orderBy(orderBy);
  await qb.applyFilters();
  const rows = await qb.execute<Record<string, unknown>[]>('all', true);
  return rows.map((row) => {
    const instance = new Row() as Record<string, unknown>;
    for (const key in row) {
      const value = row[key];
      instance[key] = references.has(key) ? (value == null ? undefined : { id: value }) : value;
    }
    return instance as T;
  });
}

/** A DataLoader of read rows by id (null where the id is missing or outside the scope), in key order. */
export function rowsByIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await readRows(em, entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
