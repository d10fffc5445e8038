import type { AddressInfo } from 'node:net';
import { openDatabase, type Database } from '../../api/db/database';
import { createApp, listen, type App } from '../../api/app/server';
import type { Config } from '../../api/config';
import { JobRunner } from '../../api/core/jobs';
import { createTestDatabase } from './database';
import { testConfig } from './config';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export interface RequestOptions {
  /** API key or session token (sent as a Bearer token). */
  token?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  db: Database;
  app: App;
  config: Config;
  /** The job runner, when the server was started with `{ jobs: true }`. */
  jobs: JobRunner | null;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real server over real HTTP on an ephemeral port, on a fresh database of its own.
 * Call in beforeAll and close in afterAll.
 */
export async function startTestServer(
  overrides: Partial<Config> = {},
  options: { jobs?: boolean } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  return serve(database.url, overrides, options, () => database.drop());
}

/**
 * A second API instance on the same database as `first` (as behind a load balancer): its own
 * pool, principal cache, event bus and, with `{ jobs: true }`, job runner. Closing it leaves the
 * database to `first`.
 */
export async function startSecondInstance(
  first: TestServer,
  overrides: Partial<Config> = {},
  options: { jobs?: boolean } = {},
): Promise<TestServer> {
  return serve(first.config.databaseUrl!, overrides, options, async () => undefined);
}

async function serve(
  databaseUrl: string,
  overrides: Partial<Config>,
  options: { jobs?: boolean },
  dropDatabase: () => Promise<void>,
): Promise<TestServer> {
  const config = testConfig({ ...overrides, databaseUrl });
  const db = await openDatabase(databaseUrl, config);
  const app = await createApp(db, config);
  const url = await listen(app, config);
  // Most tests leave jobs queued and unrun; the ones about jobs ask for a runner.
  const jobs = options.jobs ? new JobRunner(db, config, app.events) : null;
  await jobs?.start();
  const gql = async <T>(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors,
      extensions: body.extensions,
    };
  };
  return {
    url,
    db,
    app,
    config,
    jobs,
    gql,
    close: async () => {
      await jobs?.stop();
      await app.stop();
      await db.close();
      await dropDatabase();
    },
  };
}

export const portOf = (url: string) => Number(new URL(url).port) as AddressInfo['port'];
