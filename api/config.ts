/**
 * Every setting the API reads from the environment, with its default. The README's
 * "Configuration" table is written from this file: keep them in step.
 */
import { systemClock, type Clock } from './core/clock';

export interface Config {
  /** Owner connection (runs migrations, admin path). Unset: an embedded PostgreSQL is started. */
  databaseUrl: string | undefined;
  /** Login role the API serves requests as: neither superuser nor owner of the tables. */
  apiRole: string;
  apiRolePassword: string;
  /** Connections in each pool; a per-request transaction holds one until the response is sent. */
  poolSize: number;
  port: number;
  host: string;
  embeddedDataDir: string;
  embeddedPort: number;
  loadDemoTenants: boolean;
  /** Where the demo principals' keys and passwords are written on first load (git-ignored). */
  demoPrincipalsFile: string;
  redisUrl: string | undefined;
  limits: {
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxTokens: number;
    maxPageSize: number;
    defaultPageSize: number;
    /** Cost budget per principal per window, and the window length in seconds. */
    rateBudget: number;
    rateWindowSeconds: number;
  };
  /** How long a session token lives, in hours. */
  sessionTtlHours: number;
  /** How long an authenticated principal is cached in this process, in ms (revocation is immediate here). */
  principalCacheMs: number;
  idempotencyTtlHours: number;
  /** Include stack traces in error responses (never in production). */
  exposeErrorDetails: boolean;
  /** Execute operations with graphql-jit (GRAPHQL_JIT, default true) or graphql-js (false). */
  graphqlJit: boolean;
  /**
   * Send loader reads as named prepared statements (DATABASE_PREPARED_STATEMENTS, default true).
   * Off behind a pooler that does not keep them per client (PgBouncer in transaction mode before 1.21).
   */
  preparedStatements: boolean;
  /**
   * The job runner (pg-boss; jobs are rows in PostgreSQL): JOBS_ENABLED (default true) starts it
   * in this process; JOBS_POLLING_INTERVAL_MS (default 2000, at least 500) is how often each
   * queue is polled. Jobs are enqueued whatever this says; some instance must run them.
   */
  jobs: { enabled: boolean; pollingIntervalMs: number };
  /** Default public-notice period (公示期) of a household file, in days: HOUSEHOLD_NOTICE_DAYS (7). */
  householdNoticeDays: number;
  /** Where workflow rules read the time (deadlines, missed check-ins); tests set a ManualClock. */
  clock: Clock;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function bool(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  return raw === '1' || raw.toLowerCase() === 'true';
}

export function loadConfig(): Config {
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    apiRole: process.env.DATABASE_API_ROLE || 'grid_api',
    apiRolePassword: process.env.DATABASE_API_PASSWORD || 'grid_api_local_only',
    poolSize: int('DATABASE_POOL_SIZE', 4),
    port: int('PORT', 4000),
    host: process.env.HOST || '0.0.0.0',
    embeddedDataDir: process.env.EMBEDDED_PG_DIR || '.data/postgres',
    embeddedPort: int('EMBEDDED_PG_PORT', 54329),
    loadDemoTenants: bool('LOAD_DEMO_TENANTS', true),
    demoPrincipalsFile: process.env.DEMO_PRINCIPALS_FILE || '.data/demo-principals.json',
    redisUrl: process.env.REDIS_URL || undefined,
    limits: {
      maxDepth: int('LIMIT_MAX_DEPTH', 10),
      maxCost: int('LIMIT_MAX_COST', 50_000),
      maxAliases: int('LIMIT_MAX_ALIASES', 30),
      maxTokens: int('LIMIT_MAX_TOKENS', 5_000),
      maxPageSize: int('LIMIT_MAX_PAGE_SIZE', 100),
      defaultPageSize: int('LIMIT_DEFAULT_PAGE_SIZE', 20),
      rateBudget: int('RATE_LIMIT_BUDGET', 1_000_000),
      rateWindowSeconds: int('RATE_LIMIT_WINDOW_SECONDS', 60),
    },
    sessionTtlHours: int('SESSION_TTL_HOURS', 12),
    principalCacheMs: int('PRINCIPAL_CACHE_MS', 10_000),
    idempotencyTtlHours: int('IDEMPOTENCY_TTL_HOURS', 24),
    exposeErrorDetails: bool('EXPOSE_ERROR_DETAILS', false),
    graphqlJit: bool('GRAPHQL_JIT', true),
    preparedStatements: bool('DATABASE_PREPARED_STATEMENTS', true),
    jobs: {
      enabled: bool('JOBS_ENABLED', true),
      pollingIntervalMs: Math.max(500, int('JOBS_POLLING_INTERVAL_MS', 2000)),
    },
    householdNoticeDays: Math.max(1, int('HOUSEHOLD_NOTICE_DAYS', 7)),
    clock: systemClock,
  };
}
