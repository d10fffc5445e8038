import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { ormConfig } from './mikro-orm.config';
import { ensureApiRole, grantApiRole } from './roles';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded';

export interface Database {
  /** Serves requests as the API role (RLS applies). */
  api: MikroORM;
  /** The owner: migrations and the platform-admin path only. */
  owner: MikroORM;
  ownerUrl: string;
  close(): Promise<void>;
}

/** The same server and database, logged in as another role. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export class DatabaseUnreachableError extends Error {}

async function connectOwner(url: string, poolSize: number): Promise<MikroORM> {
  try {
    const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolSize, adminPath: true }));
    await orm.em.getConnection().execute('select 1');
    return orm;
  } catch (error) {
    const parsed = new URL(url);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DatabaseUnreachableError(
      `Cannot reach PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.slice(1)} (${reason})`,
    );
  }
}

/** Runs pending migrations as the owner, then (re)grants the API role from the ORM metadata. */
export async function migrate(owner: MikroORM, config: Pick<Config, 'apiRole' | 'apiRolePassword'>) {
  await ensureApiRole(owner, config.apiRole, config.apiRolePassword);
  const applied = await owner.getMigrator().up();
  await grantApiRole(owner, config.apiRole);
  return applied.map((m) => m.name);
}

/** Opens both connections to an already migrated database. */
export async function openDatabase(ownerUrl: string, config: Config, extraClose?: () => Promise<void>) {
  const owner = await connectOwner(ownerUrl, 2);
  await migrate(owner, config);
  const api = await MikroORM.init(
    ormConfig({
      clientUrl: withCredentials(ownerUrl, config.apiRole, config.apiRolePassword),
      poolSize: config.poolSize,
      preparedStatements: config.preparedStatements,
    }),
  );
  const db: Database = {
    api,
    owner,
    ownerUrl,
    close: async () => {
      await api.close(true);
      await owner.close(true);
      await extraClose?.();
    },
  };
  return db;
}

/**
 * DATABASE_URL set: use that server. Unset: start the embedded PostgreSQL and use (create) its
 * `grid` database.
 */
export async function startDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openDatabase(config.databaseUrl, config);
  const server: EmbeddedServer = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
  try {
    const admin = await connectOwner(server.url, 1);
    const found = await admin.em
      .getConnection()
      .execute<{ n: number }[]>("select count(*)::int as n from pg_database where datname = 'grid'");
    if (found[0].n === 0) await admin.em.getConnection().execute('create database grid');
    await admin.close(true);
    return await openDatabase(withDatabase(server.url, 'grid'), config, () => server.stop());
  } catch (error) {
    await server.stop();
    throw error;
  }
}
