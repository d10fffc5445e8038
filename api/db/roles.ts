import type { MikroORM } from '@mikro-orm/postgresql';
import { tenantOwnedEntities } from './entities';
import { jobQueueGrants } from '../core/jobs/job-schema';

/**
 * Privileges of the API role on platform tables (tables without tenant_id). Tenant-owned tables
 * get SELECT/INSERT/UPDATE/DELETE, walled by row-level security. Anything not listed here gets
 * nothing, so a new platform table is unreadable by the API until someone decides otherwise.
 */
export const PLATFORM_TABLE_PRIVILEGES: Record<string, string[]> = {
  tenant: ['SELECT'],
  partner_unit: ['SELECT', 'INSERT'],
  api_key: ['SELECT', 'UPDATE (last_used_at)'],
  user_account: ['SELECT'],
  role_assignment: ['SELECT'],
  user_session: ['SELECT', 'INSERT', 'UPDATE (revoked_at, last_used_at)'],
  idempotency_record: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  mikro_orm_migrations: [],
};

/** Tenant-owned tables whose rows are never changed once written. */
export const APPEND_ONLY_TABLES = new Set([
  'audit_record',
  'team_event',
  'indicator_measurement',
  'wish_event',
  'household_event',
  'case_event',
  'care_alert_event',
  'meeting_event',
]);

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates (or updates) the login role the API serves requests as: not a superuser, no
 * BYPASSRLS, owns nothing. Cluster-wide, so it is done at start, not in a migration.
 */
export async function ensureApiRole(orm: MikroORM, role: string, password: string): Promise<void> {
  const conn = orm.em.getConnection();
  const exists = await conn.execute<{ n: number }[]>(
    'select count(*)::int as n from pg_roles where rolname = ?',
    [role],
  );
  const verb = exists[0].n > 0 ? 'alter' : 'create';
  const quotedPassword = `'${password.replace(/'/g, "''")}'`;
  await conn.execute(
    `${verb} role ${ident(role)} login nosuperuser nobypassrls nocreatedb nocreaterole password ${quotedPassword}`,
  );
}

/** Grants the API role exactly what it needs in this database, from the ORM metadata. */
export async function grantApiRole(orm: MikroORM, role: string): Promise<void> {
  const conn = orm.em.getConnection();
  const tables = await conn.execute<{ tablename: string }[]>(
    "select tablename from pg_tables where schemaname = 'public'",
  );
  const tenantOwned = new Set(tenantOwnedEntities.map((e) => orm.getMetadata().get(e.name).tableName));
  const statements = [
    `grant connect on database ${ident(await currentDatabase(orm))} to ${ident(role)}`,
    `grant usage on schema public to ${ident(role)}`,
    `grant execute on all functions in schema public to ${ident(role)}`,
  ];
  for (const { tablename } of tables) {
    statements.push(`revoke all on ${ident(tablename)} from ${ident(role)}`);
    const privileges = tenantOwned.has(tablename)
      ? APPEND_ONLY_TABLES.has(tablename)
        ? ['SELECT', 'INSERT']
        : ['SELECT', 'INSERT', 'UPDATE', 'DELETE']
      : (PLATFORM_TABLE_PRIVILEGES[tablename] ?? []);
    for (const privilege of privileges) {
      statements.push(`grant ${privilege} on ${ident(tablename)} to ${ident(role)}`);
    }
  }
  statements.push(...jobQueueGrants(ident(role)));
  await conn.execute(statements.join(';\n'));
}

async function currentDatabase(orm: MikroORM): Promise<string> {
  const rows = await orm.em.getConnection().execute<{ db: string }[]>('select current_database() as db');
  return rows[0].db;
}
