import { defineConfig, raw, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities, tenantOwnedEntities } from './entities';
import { TENANT_FILTER } from './tenant-owned.entity';
import { onQuery } from './sql-counter';
import type { Client } from 'pg';
import { serialiseQueries } from './serial-queries';

export interface OrmOptions {
  clientUrl: string;
  poolSize: number;
  /** Where migrations are read from and written to (default: beside this file's build). */
  migrationsPath?: string;
  /**
   * The owner's connection is the platform-admin path: it sees every tenant (and bypasses RLS as
   * the table owner), so the tenant filter is not applied there. Requests never use it.
   */
  adminPath?: boolean;
}

/** Under ts (Jest) this file is api/db/*.ts and migrations are .ts; built, both are .js in dist/. */
const RUNNING_TS = __filename.endsWith('.ts');

/**
 * The request's scope as SQL: `= any (…)` against the tenant ids the request's transaction set
 * from its principal (`set_config('app.tenant_ids', …, true)`). One array instead of the ids
 * inlined into every statement (a district integrator has hundreds); `(select …)` evaluates it
 * once per statement. Outside a request transaction the setting is empty: nothing matches.
 */
export const SCOPE_ANY = 'any ((select app_scope_tenant_ids())::uuid[])';

/**
 * One configuration for both connections: the API role (requests) and the owner (migrations,
 * admin path). The `tenant` filter is on by default for every tenant-owned entity; a request
 * sets its ids, and a fork without ids sees nothing.
 */
export function ormConfig({ clientUrl, poolSize, migrationsPath, adminPath = false }: OrmOptions): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    pool: {
      min: 0,
      max: poolSize,
      afterCreate: (connection: Client, done: (error: Error | null, connection: Client) => void) => {
        serialiseQueries(connection);
        done(null, connection);
      },
    },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    dataloader: true,
    // The tenant filter applies to each entity queried; joining referenced tables only to filter
    // them again is redundant (row-level security walls every table) and costs a join per relation.
    autoJoinRefsForFilters: false,
    debug: false,
    onQuery,
    filters: {
      [TENANT_FILTER]: {
        name: TENANT_FILTER,
        entity: tenantOwnedEntities.map((e) => e.name),
        default: !adminPath,
        cond: () => ({ tenant: { $eq: raw(SCOPE_ANY) } }),
      },
    },
    migrations: {
      path: migrationsPath ?? `${__dirname}/../migrations`,
      glob: RUNNING_TS || migrationsPath ? '!(*.d).ts' : '!(*.d).js',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      // The snapshot is what the next `migration:create` diffs against; only creation writes it.
      snapshot: !!migrationsPath,
      snapshotName: '.snapshot-schema',
      silent: true,
    },
    discovery: { warnWhenNoEntities: true },
  });
}
