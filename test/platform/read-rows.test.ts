import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import { MikroORM, raw, type EntityManager, type Knex } from '@mikro-orm/postgresql';
import { ormConfig } from '../../api/db/mikro-orm.config';
import { withCredentials } from '../../api/db/database';
import { testConfig } from '../support/config';
import type { Client as PgClient } from 'pg';
import { startTestServer, type TestServer } from '../support/server';
import { loadDemoTenants } from '../../api/modules/admin/demo-tenants';
import { readRows } from '../../api/db/read-rows';
import { fromMappedRow, shapeOf } from '../../api/db/read-row-shape';
import { selectSql } from '../../api/db/read-rows-sql';
import { TENANT_FILTER } from '../../api/db/tenant-owned.entity';
import { SCOPE_ANY, tenantFilterParams } from '../../api/db/tenant-scope-sql';
import { Person } from '../../api/modules/organisation/person.entity';
import { GridAssignment } from '../../api/modules/organisation/grid-assignment.entity';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { paginate } from '../../api/core/graphql/connection';

/**
 * readRows writes the loaders' usual shapes to SQL itself and maps rows itself (timestamps parsed
 * on first read). Over every table of the demo data, its rows must equal what MikroORM's
 * QueryBuilder and result mapper give for the same query, property by property; a shape it does
 * not write must still be answered, through the QueryBuilder.
 */
/** As a request does: the transaction's scope for RLS, and the same ids for the tenant filter. */
async function enterScope(target: EntityManager, tenantIds: string[]): Promise<void> {
  await target
    .getConnection()
    .execute(
      "select set_config('app.tenant_ids', ?, true)",
      [tenantIds.join(',')],
      'all',
      target.getTransactionContext(),
    );
  target.setFilterParams(TENANT_FILTER, tenantFilterParams(tenantIds));
}

describe('readRows: its own SQL and mapping give what MikroORM gives', () => {
  let server: TestServer;
  let em: EntityManager;
  let scope: string[];

  beforeAll(async () => {
    server = await startTestServer();
    await loadDemoTenants(server.db);
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    em = server.db.api.em.fork() as EntityManager;
    await em.begin();
    const owner = server.db.owner.em.fork();
    scope = (await owner.getConnection().execute<{ id: string }[]>('select id from tenant')).map((r) => r.id);
    await enterScope(em, scope);
  });
  afterEach(() => em.rollback());

  /** What the QueryBuilder path of readRows returns for the same read. */
  async function viaQueryBuilder<T extends object>(entity: EntityClass<T>, where: object, orderBy?: object) {
    const qb = em.createQueryBuilder(entity).select('*').where(where);
    if (orderBy) qb.orderBy(orderBy);
    await qb.applyFilters();
    const rows = await qb.execute<Record<string, unknown>[]>('all', true);
    return rows.map((row) => fromMappedRow(shapeOf(em, entity), row) as Record<string, unknown>);
  }

  const comparable = (meta: EntityMetadata, row: Record<string, unknown>) =>
    Object.fromEntries(
      Object.keys(meta.properties).map((name) => {
        const value = row[name];
        return [name, value instanceof Date ? `Date(${value.toISOString()})` : value];
      }),
    );

  it('maps every row of every table with rows as MikroORM does, timestamps included', async () => {
    const metas = Object.values(em.getMetadata().getAll()).filter(
      (meta) => !meta.abstract && !meta.embeddable && meta.class && meta.tableName,
    );
    let tablesCompared = 0;
    for (const meta of metas) {
      const entity = meta.class as EntityClass<object>;
      const [{ readable }] = await em
        .getConnection()
        .execute<{ readable: boolean }[]>(
          "select has_table_privilege(?, 'select') as readable",
          [meta.tableName],
          'all',
          em.getTransactionContext(),
        );
      if (!readable) continue; // platform tables the API role reads through functions only
      const orderBy = { id: 'asc' };
      const expected = await viaQueryBuilder(entity, {}, orderBy);
      if (expected.length === 0 || !shapeOf(em, entity).columns) continue;
      expect(selectSql(em, entity, {}, orderBy, 'pg')).not.toBeNull();
      const actual = (await readRows(em, entity, {}, orderBy as never)) as Record<string, unknown>[];
      expect(actual.map((r) => comparable(meta, r))).toEqual(expected.map((r) => comparable(meta, r)));
      tablesCompared += 1;
    }
    // The demo data fills most tables; a mapping bug in any of them shows here.
    expect(tablesCompared).toBeGreaterThanOrEqual(40);
  });

  it('reads a loader shape ($in, $and/$or, null, a date bound, an order) like the QueryBuilder', async () => {
    const all = await viaQueryBuilder(GridAssignment, {});
    const grids = [...new Set(all.map((a) => (a.grid as { id: string }).id))].slice(0, 3);
    const where = {
      $and: [{ grid: { $in: grids } }, { $or: [{ endedOn: null }, { endedOn: { $gte: '2020-01-01' } }] }],
    };
    const order = { startedOn: 'asc', createdAt: 'asc', id: 'asc' };
    expect(selectSql(em, GridAssignment, where, order, 'pg')).not.toBeNull();
    const expected = await viaQueryBuilder(GridAssignment, where, order);
    const actual = (await readRows(em, GridAssignment, where as never, order as never)) as unknown as Record<
      string,
      unknown
    >[];
    const meta = em.getMetadata().get(GridAssignment.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual.map((r) => comparable(meta, r))).toEqual(expected.map((r) => comparable(meta, r)));
  });

  it('writes the same read for the driver ($1 and arrays) and for MikroORM (quoted literals)', async () => {
    const all = await viaQueryBuilder(GridAssignment, {});
    const grids = [...new Set(all.map((a) => (a.grid as { id: string }).id))].slice(0, 4);
    const where = { grid: { $in: grids }, startedOn: { $lte: new Date('2030-01-01T00:00:00Z') } };
    const forDriver = selectSql(em, GridAssignment, where, { id: 'asc' }, 'pg')!;
    const forOrm = selectSql(em, GridAssignment, where, { id: 'asc' }, 'orm')!;
    expect(forDriver.sql).toContain('= any ($1)');
    expect(forOrm.sql).toContain('in (?, ?, ?, ?)');
    const trx = em.getTransactionContext<Knex.Transaction>()!;
    const viaOrm = await em.getConnection().execute<{ id: string }[]>(forOrm.sql, forOrm.params, 'all', trx);
    const driver = (await trx.client.acquireConnection()) as PgClient;
    const { rows: viaDriver } = await driver.query<{ id: string }>(forDriver.sql, forDriver.params);
    expect(viaOrm.length).toBeGreaterThan(0);
    expect(viaDriver.map((r) => r.id)).toEqual(viaOrm.map((r) => r.id));
  });

  it('prepares a read once per connection and text, whatever the number of ids', async () => {
    const people = await viaQueryBuilder(Person, {}, { id: 'asc' });
    await readRows(em, Person, { id: { $in: [people[0].id] } } as never);
    await readRows(em, Person, { id: { $in: people.slice(0, 5).map((p) => p.id) } } as never);
    const prepared = await em
      .getConnection()
      .execute<{ name: string; statement: string }[]>(
        "select name, statement from pg_prepared_statements where name like 'prepared\\_%'",
        [],
        'all',
        em.getTransactionContext(),
      );
    const personReads = prepared.filter((p) =>
      p.statement.includes('from "person" as r0 where r0."id" = any ($1)'),
    );
    expect(personReads).toHaveLength(1);
  });

  it('prepares nothing where the pool does not allow it (DATABASE_PREPARED_STATEMENTS=false)', async () => {
    const config = testConfig();
    const orm = await MikroORM.init(
      ormConfig({
        clientUrl: withCredentials(server.db.ownerUrl, config.apiRole, config.apiRolePassword),
        poolSize: 1,
      }),
    );
    const plain = orm.em.fork() as EntityManager;
    try {
      await plain.begin();
      await enterScope(plain, scope);
      const rows = await readRows(plain, Person, {} as never, { id: 'asc' } as never);
      expect(rows.length).toBeGreaterThan(0);
      const [{ n }] = await plain
        .getConnection()
        .execute<{ n: number }[]>(
          'select count(*)::int as n from pg_prepared_statements',
          [],
          'all',
          plain.getTransactionContext(),
        );
      expect(n).toBe(0);
      await plain.rollback();
    } finally {
      await orm.close(true);
    }
  });

  it('reads a page shape (a scope fragment of SQL, $like, a limit) like the QueryBuilder', async () => {
    const where = { $and: [{ id: { $eq: raw(SCOPE_ANY) } }, { path: { $like: '%' } }] };
    const order = { createdAt: 'asc', id: 'asc' };
    const statement = selectSql(em, Tenant, where, order, 'pg', 3);
    expect(statement?.sql).toContain('"id" = any ((select app_scope_tenant_ids())::uuid[])');
    expect(statement?.sql).toMatch(/ like \$1\).* limit \$2$/);
    const qb = em.createQueryBuilder(Tenant).select('*').where(where).orderBy(order).limit(3);
    const expected = (await qb.execute<Record<string, unknown>[]>('all', true)).map((r) => r.id);
    const actual = (await readRows(em, Tenant, where as never, order as never, 3)).map((r) => r.id);
    expect(expected).toHaveLength(3);
    expect(actual).toEqual(expected);
  });

  it('pages through read rows, after flushing changes not yet written, as em.find would', async () => {
    const [someone] = await viaQueryBuilder(Person, {}, { id: 'asc' });
    const tenantId = (someone.tenant as { id: string }).id;
    em.create(Person, { tenant: tenantId, name: '新来居民' } as never);
    const limits = { maxPageSize: 100, defaultPageSize: 20 };
    const page = await paginate(em, Person, { tenant: tenantId, name: '新来居民' } as never, {}, limits);
    expect(page.edges.map((e) => e.node.name)).toEqual(['新来居民']);
    // A read row, not an entity of the unit of work.
    expect(em.getUnitOfWork().getIdentityMap().values().includes(page.edges[0].node)).toBe(false);
  });

  it('answers a shape it does not write (a nested condition) through the QueryBuilder', async () => {
    const where = { tenant: { kind: 'COMMUNITY' }, name: { $like: '%' } };
    expect(selectSql(em, Person, where, undefined, 'pg')).toBeNull();
    const rows = await readRows(em, Person, where as never);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('applies the tenant filter by itself: rows row-level security admits but the filter does not are dropped', async () => {
    // The transaction's scope (RLS) holds every tenant; the filter's parameters hold one.
    const people = await viaQueryBuilder(Person, {}, { id: 'asc' });
    const mine = people[0];
    const theirs = people.find(
      (p) => (p.tenant as { id: string }).id !== (mine.tenant as { id: string }).id,
    )!;
    em.setFilterParams(TENANT_FILTER, tenantFilterParams([(mine.tenant as { id: string }).id]));
    const byId = (await readRows(em, Person, { id: { $in: [mine.id, theirs.id] } } as never)) as Person[];
    expect(byId.map((r) => r.id)).toEqual([mine.id]);
    const all = (await readRows(em, Person, {} as never, { id: 'asc' } as never)) as Person[];
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((r) => (r.tenant as { id: string }).id))).toEqual(
      new Set([(mine.tenant as { id: string }).id]),
    );
  });

  it('sees only the scope: ids of another tenant are not returned', async () => {
    const people = await viaQueryBuilder(Person, {}, { id: 'asc' });
    const [mine, theirs] = [
      people[0],
      people.find((p) => (p.tenant as { id: string }).id !== (people[0].tenant as { id: string }).id)!,
    ];
    await enterScope(em, [(mine.tenant as { id: string }).id]);
    const rows = (await readRows(em, Person, { id: { $in: [mine.id, theirs.id] } } as never)) as Person[];
    expect(rows.map((r) => r.id)).toEqual([mine.id]);
  });
});
