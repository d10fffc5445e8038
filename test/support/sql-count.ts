import type { IncomingMessage } from 'node:http';
import { withSqlCounter, type SqlCounter } from '../../api/db/sql-counter';
import type { TestServer } from './server';

/** What one operation cost: the SQL statements it sent, and its data. */
export interface Measured {
  count: number;
  statements: string[];
  data: Record<string, any>;
}

/**
 * Runs one operation in-process (`executeOperation`) with the SQL counter on, for the "no N+1"
 * tests: authentication happens outside the count (a first context warms the principal cache), so
 * only execution is measured. The operation must succeed, the counter must be live (at least
 * the scope and a first list are counted), and the request's loaders must be gone when it ends.
 */
export async function measureStatements(
  server: TestServer,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Measured> {
  const req = { headers: { authorization: `Bearer ${token}` } } as unknown as IncomingMessage;
  await server.app.createContext(req);
  const contextValue = await server.app.createContext(req);
  const counter: SqlCounter = { count: 0, statements: [] };
  const response = await withSqlCounter(counter, () =>
    server.app.server.executeOperation({ query, variables }, { contextValue }),
  );
  const body = response.body.kind === 'single' ? response.body.singleResult : null;
  expect(body?.errors).toBeUndefined();
  expect(counter.count).toBeGreaterThanOrEqual(2);
  // The request is over: its loaders, and the rows they cached, are dropped (LoaderRegistry.clear).
  expect(contextValue.state.loaders?.size ?? 0).toBe(0);
  return { count: counter.count, statements: counter.statements!, data: body?.data ?? {} };
}
