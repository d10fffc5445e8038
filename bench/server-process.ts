import 'reflect-metadata';
import type { IncomingMessage } from 'node:http';
import { loadConfig, type Config } from '../api/config';
import { openDatabase, withCredentials } from '../api/db/database';
import { createApp, listen } from '../api/app/server';
import { withSqlCounter, type SqlCounter } from '../api/db/sql-counter';
import { startBareApollo } from './bare-apollo';
import { startRawBaseline, type RawBaseline } from './raw-baseline';

/**
 * Child-process entry: runs ONE server under test (the API, the bare Apollo server or the raw
 * pg server) so its CPU and peak RSS are its own, not shared with the load generator. The
 * parent (bench/servers.ts) drives it over IPC.
 */
export type ServerMode = 'api' | 'bare' | 'raw';

export interface StartMessage {
  mode: ServerMode;
  ownerUrl: string;
  integratorKey: string;
  districtId: string;
}

export type Request =
  | ({ type: 'start' } & StartMessage)
  | { type: 'sql'; query: string; variables?: Record<string, unknown>; token: string }
  | { type: 'peak-reset' }
  | { type: 'peak' }
  | { type: 'raw-stats' }
  | { type: 'cpu' }
  | { type: 'stop' };

export interface SqlCount {
  count: number;
  /** Wall time of that one execution alone (no concurrent load), ms. */
  elapsedMs: number;
  statements: string[];
  error: string | null;
}

/** The rate budget is raised (unless set) so a timed run measures work, not RATE_LIMITED answers. */
export function benchConfig(ownerUrl: string): Config {
  const base = loadConfig();
  return {
    ...base,
    databaseUrl: ownerUrl,
    port: 0,
    host: '127.0.0.1',
    loadDemoTenants: false,
    limits: {
      ...base.limits,
      rateBudget: process.env.RATE_LIMIT_BUDGET ? base.limits.rateBudget : 1_000_000_000_000,
    },
  };
}

let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};
setInterval(sampleRss, 50).unref();

let stop: () => Promise<void> = async () => undefined;
let countSql: (m: Extract<Request, { type: 'sql' }>) => Promise<SqlCount> = async () => {
  throw new Error('SQL counts are taken on the API server only');
};
let raw: RawBaseline | null = null;

async function start(m: StartMessage): Promise<{ url: string }> {
  if (m.mode === 'bare') {
    const bare = await startBareApollo();
    stop = bare.stop;
    return { url: bare.url };
  }
  const config = benchConfig(m.ownerUrl);
  if (m.mode === 'raw') {
    raw = await startRawBaseline({
      apiUrl: withCredentials(m.ownerUrl, config.apiRole, config.apiRolePassword),
      poolSize: config.poolSize,
      integratorKey: m.integratorKey,
      districtId: m.districtId,
      maxPageSize: config.limits.maxPageSize,
    });
    stop = raw.close;
    return { url: raw.url };
  }
  const db = await openDatabase(m.ownerUrl, config);
  const app = await createApp(db, config);
  const url = await listen(app, config);
  stop = async () => {
    await app.stop();
    await db.close();
  };
  countSql = async ({ query, variables, token }) => {
    const counter: SqlCounter = { count: 0, statements: [] };
    const req = {
      headers: { authorization: `Bearer ${token}` },
      socket: { remoteAddress: '127.0.0.1' },
    } as unknown as IncomingMessage;
    // Outside the count: the principal is cached for PRINCIPAL_CACHE_MS, so in steady state a
    // request runs no authentication SQL; counting a cache refill would blur the comparison of
    // page sizes with the moment the count happened to run.
    await app.createContext(req);
    const started = performance.now();
    const response = await withSqlCounter(counter, async () => {
      const contextValue = await app.createContext(req);
      return app.server.executeOperation({ query, variables }, { contextValue });
    });
    const body = response.body.kind === 'single' ? response.body.singleResult : null;
    const error = body?.errors?.length ? body.errors[0].message : body ? null : 'incremental response';
    const elapsedMs = Math.round((performance.now() - started) * 10) / 10;
    return { count: counter.count, elapsedMs, statements: counter.statements ?? [], error };
  };
  return { url };
}

async function handle(m: Request): Promise<object> {
  switch (m.type) {
    case 'start':
      return start(m);
    case 'sql':
      return countSql(m);
    case 'peak-reset':
      peakRss = process.memoryUsage.rss();
      return {};
    case 'peak':
      sampleRss();
      // maxRSS is in KiB: the kernel's high-water mark over the process's life.
      return { peakRss, maxRss: process.resourceUsage().maxRSS * 1024 };
    case 'cpu': {
      // User + system CPU of this server process so far, µs: the parent divides a slice's share by
      // the requests answered in it.
      const { user, system } = process.cpuUsage();
      return { micros: user + system };
    }
    case 'raw-stats':
      return raw ? raw.stats() : { requests: 0, statements: 0 };
    case 'stop':
      await stop();
      setImmediate(() => process.exit(0));
      return {};
  }
}

process.on('message', (message: { id: number } & Request) => {
  handle(message).then(
    (result) => process.send?.({ id: message.id, ok: true, result }),
    (error: unknown) =>
      process.send?.({
        id: message.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
process.on('disconnect', () => process.exit(0));
