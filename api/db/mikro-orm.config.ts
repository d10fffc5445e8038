import { defineConfig, raw, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities, tenantOwnedEntities } from './entities';
import { TENANT_FILTER } from './tenant-owned.entity';
import { onQuery } from './sql-counter';
import type { Client } from 'pg';
import { serialiseQueries } from './serial-queries';
import { allowPreparedStatements } from './driver-query';
import { SCOPE_ANY, type TenantFilterParams } from './tenant-scope-sql';

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
  /** Whether statements may be prepared on this pool's connections (driver-query.ts; default false). */
  preparedStatements?: boolean;
}

/** Under ts (Jest) this file is api/db/*.ts and migrations are .ts; built, both are .js in dist/. */
const RUNNING_TS = __filename.endsWith('.ts');

/**
 * One configuration for both connections: the API role (requests) and the owner (migrations,
 * admin path). The `tenant` filter is on by default for every tenant-owned entity; a request
 * sets its ids, and a fork without ids sees nothing.
 */
export function ormConfig({
  clientUrl,
  poolSize,
  migrationsPath,
  adminPath = false,
  preparedStatements = false,
}: OrmOptions): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    pool: {
      min: 0,
      max: poolSize,
      afterCreate: (connection: Client, done: (error: Error | null, connection: Client) => void) => {
        serialiseQueries(connection);
        if (preparedStatements) allowPreparedStatements(connection);
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
        // Parameters are optional: a request sets its scope's ids (tenantFilterParams), which the
        // planner can count (tenant-scope-sql.ts); without them the condition reads the
        // transaction's scope setting, as row-level security does. A condition on the property,
        // so MikroORM qualifies the column in selects, updates and deletes alike.
        args: false,
        cond: (params?: TenantFilterParams) => ({
          tenant: { $eq: params ? raw('any (?::uuid[])', [params.scopeLiteral]) : raw(SCOPE_ANY) },
        }),
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
