import { Client } from 'pg';
import type { Config } from '../api/config';
import { openDatabase, withDatabase } from '../api/db/database';
import { startEmbeddedPostgres } from '../api/db/embedded';

export interface BenchDatabase {
  /** Owner URL of the fresh, migrated database. */
  url: string;
  /** Where it lives, for the report. */
  server: 'DATABASE_URL' | 'embedded';
  serverVersion: string;
  drop(): Promise<void>;
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one run, on DATABASE_URL's server when set, otherwise on an embedded
 * PostgreSQL of the benchmark's own (its own port and data folder, so it never meets the dev
 * server's or the tests'). Migrated and granted exactly as the API does at start.
 */
export async function createBenchDatabase(
  config: Config,
  embedded: { dataDir: string; port: number },
  keep: boolean,
): Promise<BenchDatabase> {
  let serverUrl = config.databaseUrl;
  let stopServer: () => Promise<void> = async () => undefined;
  if (!serverUrl) {
    const server = await startEmbeddedPostgres(embedded.dataDir, embedded.port);
    serverUrl = server.url;
    stopServer = () => server.stop();
  }
  const name = `grid_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  const serverVersion = await withClient(serverUrl, async (client) => {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version') as v");
    return rows[0].v;
  });
  const url = withDatabase(serverUrl, name);
  try {
    const db = await openDatabase(url, config);
    await db.close();
  } catch (error) {
    await withClient(serverUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
    await stopServer();
    throw error;
  }
  return {
    url,
    server: config.databaseUrl ? 'DATABASE_URL' : 'embedded',
    serverVersion,
    drop: async () => {
      if (!keep)
        await withClient(serverUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
      await stopServer();
    },
  };
}
