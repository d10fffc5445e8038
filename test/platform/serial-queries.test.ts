import { Client } from 'pg';
import { createTestDatabase } from '../support/database';
import { serialiseQueries } from '../../api/db/serial-queries';

/**
 * Loaders of one request send queries on one connection at the same time: they must all answer,
 * in the order sent, an error must reach only its own caller, and none may be left to pg's own
 * queue (deprecated, with a warning at run time, and gone in pg 9).
 */
describe('serialised queries on one connection', () => {
  let db: { url: string; drop(): Promise<void> };
  let client: Client;
  // pg's own queue (the deprecated path): it must stay empty while our chain holds the queries.
  const pgQueueLength = () => (client as unknown as { _queryQueue: unknown[] })._queryQueue.length;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    serialiseQueries(client);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const call = (sql: string, values: unknown[]) =>
    new Promise<{ error: Error | null; rows: unknown[] }>((resolve) => {
      client.query(sql, values, (error: Error | null, result) =>
        resolve({ error, rows: result?.rows ?? [] }),
      );
    });

  it('answers concurrent callback queries in order, each error only to its caller, none left to pg’s deprecated queue', async () => {
    const order: number[] = [];
    const pending = [5, 1, 3, -1, 2].map(async (n, i) => {
      const sql = n < 0 ? 'select 1/0 as n' : 'select $1::int as n, pg_sleep($1::int / 100.0)';
      const result = await call(sql, n < 0 ? [] : [n]);
      order.push(i);
      return result;
    });
    const queued = pgQueueLength();
    const results = await Promise.all(pending);
    expect(queued).toBe(0);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((r) => (r.error ? 'error' : (r.rows[0] as { n: number }).n))).toEqual([
      5,
      1,
      3,
      'error',
      2,
    ]);
  });

  it('serialises promise-style queries the same way', async () => {
    const pending = Promise.allSettled([
      client.query('select 1 as n, pg_sleep(0.02)'),
      client.query('select 1/0'),
      client.query('select 2 as n'),
    ]);
    expect(pgQueueLength()).toBe(0);
    const [a, b, c] = await pending;
    expect(a.status === 'fulfilled' && a.value.rows[0].n).toBe(1);
    expect(b.status).toBe('rejected');
    expect(c.status === 'fulfilled' && c.value.rows[0].n).toBe(2);
  });
});
