import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts SQL statements per unit of work (a request, a test block) without logging them:
 * MikroORM calls `onQuery` for every statement, and the counter lives in async-local storage.
 */
export interface SqlCounter {
  count: number;
  statements?: string[];
}

const storage = new AsyncLocalStorage<SqlCounter>();

export function onQuery(sql: string): string {
  const counter = storage.getStore();
  if (counter) {
    counter.count += 1;
    counter.statements?.push(sql);
  }
  return sql;
}

export function withSqlCounter<T>(counter: SqlCounter, fn: () => T): T {
  return storage.run(counter, fn);
}

export const currentSqlCounter = () => storage.getStore();
