import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../api/db/mikro-orm.config';
import { tenantOwnedEntities, entities } from '../../api/db/entities';
import { withCredentials } from '../../api/db/database';
import { createTestDatabase } from '../support/database';
import { testConfig } from '../support/config';
import { createTenantTree } from '../factories/tenants';
import { openDatabase, type Database } from '../../api/db/database';
import { populateEveryTenantOwnedTable } from '../factories/every-table';

/**
 * Walks the ORM metadata: every table of a tenant-owned entity must have row-level security
 * enabled AND forced, and a policy; and the API role, with no scope set, must read 0 rows
 * from each even when rows exist. A new tenant-owned table that forgets RLS fails here.
 */
describe('row-level security on every tenant-owned table', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Database;
  let orm: MikroORM;
  let tables: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({ databaseUrl: database.url });
    db = await openDatabase(database.url, config);
    orm = await MikroORM.init(ormConfig({ clientUrl: database.url, poolSize: 1 }));
    tables = tenantOwnedEntities.map((e) => orm.getMetadata().get(e.name).tableName);
    // A row in every tenant-owned table, written as the owner, so "0 rows" means walled, not empty.
    const tree = await createTenantTree(db);
    await populateEveryTenantOwnedTable(db, tree.communityA1);
  });

  afterAll(async () => {
    await orm.close(true);
    await db.close();
    await database.drop();
  });

  it('knows the tenant-owned entities (and there are some)', () => {
    expect(tables).toEqual(
      expect.arrayContaining(['person', 'grid', 'micro_grid', 'grid_assignment', 'audit_record']),
    );
    expect(entities.length).toBeGreaterThan(tables.length);
  });

  it('has RLS enabled, forced and a policy on each, and the API role is neither superuser nor owner', async () => {
    const conn = orm.em.getConnection();
    const rows = await conn.execute<
      {
        relname: string;
        relrowsecurity: boolean;
        relforcerowsecurity: boolean;
        policies: number;
        owner: string;
      }[]
    >(
      `select c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) as owner,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
       from pg_class c where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace`,
    );
    const byName = new Map(rows.map((r) => [r.relname, r]));
    const role = testConfig().apiRole;
    for (const table of tables) {
      const row = byName.get(table);
      expect({
        table,
        enabled: row?.relrowsecurity,
        forced: row?.relforcerowsecurity,
        policy: (row?.policies ?? 0) > 0,
      }).toEqual({
        table,
        enabled: true,
        forced: true,
        policy: true,
      });
      expect(row?.owner).not.toBe(role);
    }
    const [api] = await conn.execute<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
      'select rolsuper, rolbypassrls from pg_roles where rolname = ?',
      [role],
    );
    expect(api).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('words every policy alike, in the form PostgreSQL cannot use as an index condition (coalesce)', async () => {
    const policies = await orm.em
      .getConnection()
      .execute<{ tablename: string; qual: string; with_check: string }[]>(
        "select tablename, qual, with_check from pg_policies where schemaname = 'public' and policyname = 'tenant_scope'",
      );
    expect(policies.map((p) => p.tablename).sort()).toEqual([...tables].sort());
    // A table created with an older form would have the planner read its tenant index for every
    // id of a district's scope (migration 20261124070000).
    for (const p of policies) {
      expect({ table: p.tablename, qual: p.qual, check: p.with_check }).toEqual({
        table: p.tablename,
        qual: policies[0].qual,
        check: policies[0].qual,
      });
    }
    expect(policies[0].qual).toMatch(/^COALESCE\(\(tenant_id = ANY \(\( SELECT app_scope_tenant_ids\(\)/);
  });

  it('returns 0 rows to the API role with no scope set, although every table has rows', async () => {
    const config = testConfig();
    const client = new Client({
      connectionString: withCredentials(database.url, config.apiRole, config.apiRolePassword),
    });
    await client.connect();
    try {
      for (const table of tables) {
        // A new tenant-owned table must be added to populateEveryTenantOwnedTable.
        const owner = await orm.em
          .getConnection()
          .execute<{ n: number }[]>(`select count(*)::int as n from "${table}"`);
        expect(owner[0].n).toBeGreaterThan(0);
        const seen = await client.query(`select count(*)::int as n from "${table}"`);
        expect({ table, rows: seen.rows[0].n }).toEqual({ table, rows: 0 });
      }
      // Within a transaction scoped to another tenant, still nothing; scoped to the owner's, the rows.
      await client.query('begin');
      await client.query("select set_config('app.tenant_ids', $1, true)", [
        '00000000-0000-4000-8000-000000000000',
      ]);
      const other = await client.query('select count(*)::int as n from person');
      expect(other.rows[0].n).toBe(0);
      await client.query('rollback');
      // After the transaction the setting is gone again ('' not NULL), and so are the rows.
      const after = await client.query('select count(*)::int as n from person');
      expect(after.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});
