import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { queryInTransaction } from './driver-query';
import { selectSql } from './read-rows-sql';
import { fromDatabaseRows, fromMappedRow, shapeOf } from './read-row-shape';

/**
 * Rows for read-only field resolvers (DataLoaders), without the unit of work: one query with the
 * default filters applied (the tenant filter on the rows read, with a request's ids, or in SQL for a
 * job; RLS as always), as objects that
 * inherit the entity's getters and methods, each many-to-one a bare `{ id }` reference.
 * Hydrating managed entities costs about as much again as the query for a nested page of a
 * thousand rows, and nothing here is ever changed or flushed.
 * Never pass these objects to `em.create`/`persist`: load with `em.find` for writes.
 *
 * The usual loader shapes (`{ prop: { $in: ids } }`, `$and`/`$or` of comparisons, plain column
 * orders) are written to SQL here (read-rows-sql.ts) and, in a transaction, sent by the driver
 * as prepared statements (driver-query.ts); anything else goes through the QueryBuilder. All run
 * on MikroORM's connection, in the request's transaction, counted.
 */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T>,
  limit?: number,
): Promise<T[]> {
  const traffic = trafficOf(em);
  traffic.inFlight += 1;
  try {
    return (await selectRows(em, entity, where, orderBy, limit)) as T[];
  } finally {
    traffic.inFlight -= 1;
    if (traffic.inFlight === 0 && traffic.waiting.length > 0) setImmediate(() => traffic.flush());
  }
}

async function selectRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T>,
  limit?: number,
): Promise<object[]> {
  const shape = shapeOf(em, entity);
  const trx = em.getTransactionContext<Knex.Transaction>();
  const statement = selectSql(em, entity, where, orderBy, trx ? 'pg' : 'orm', limit);
  if (statement && trx) {
    // Prepared: planning a loader's read took PostgreSQL 1–1.5 ms each time; its generic plan none.
    const rows = await queryInTransaction(em, trx, { ...statement, prepare: true }, 'array');
    return fromDatabaseRows(shape, rows, statement.inScope);
  }
  if (statement) {
    const rows = await em
      .getConnection()
      .execute<Record<string, unknown>[]>(statement.sql, statement.params, 'all');
    return fromDatabaseRows(shape, rows, statement.inScope);
  }
  const qb = em.createQueryBuilder(entity).select('*').where(where);
  if (orderBy) qb.orderBy(orderBy);
  if (limit !== undefined) qb.limit(limit);
  await qb.applyFilters();
  const rows = await qb.execute<Record<string, unknown>[]>('all', true);
  return rows.map((row) => fromMappedRow(shape, row));
}

/**
 * Loader batches of one request wait while its reads are in flight. The request has one
 * connection and its queries queue there anyway, so waiting costs no time; meanwhile the loads
 * of other branches join the batch. A community's micro-grid leaders and its grid workers then
 * come in one query of people instead of two.
 */
class Traffic {
  inFlight = 0;
  waiting: (() => void)[] = [];

  flush(): void {
    for (const dispatch of this.waiting.splice(0)) dispatch();
  }
}

const traffics = new WeakMap<EntityManager, Traffic>();

function trafficOf(em: EntityManager): Traffic {
  let traffic = traffics.get(em);
  if (!traffic) {
    traffic = new Traffic();
    traffics.set(em, traffic);
  }
  return traffic;
}

/** DataLoader's `batchScheduleFn`: as DataLoader's default when the request is idle, else after its reads. */
export function batchWhenIdle(em: EntityManager): (dispatch: () => void) => void {
  const traffic = trafficOf(em);
  return (dispatch) => {
    if (traffic.inFlight > 0) traffic.waiting.push(dispatch);
    else void Promise.resolve().then(() => process.nextTick(dispatch));
  };
}

/** A DataLoader of read rows by id (null where the id is missing or outside the scope), in key order. */
export function rowsByIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>) {
  return new DataLoader<string, T | null>(
    async (ids) => {
      const rows = await readRows(em, entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    },
    { batchScheduleFn: batchWhenIdle(em) },
  );
}
