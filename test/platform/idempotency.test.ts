import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { Client } from 'pg';
import { Role } from '../../api/core/auth/role.enum';
import { hashSecret } from '../../api/core/auth/secrets';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';

const GRID_CREATE = `mutation GridCreate($input: GridCreateInput!) {
  gridCreate(input: $input) { grid { id code } }
}`;

const newKey = () => `key-${randomBytes(8).toString('hex')}`;
let codes = 0;
const newCode = () => `IK${++codes}${randomBytes(2).toString('hex')}`;

describe('Idempotency-Key on mutations', () => {
  let server: TestServer;
  let tree: TenantTree;
  let adminA1: string;
  let otherAdminA1: string;
  let adminA2: string;

  const gridRows = async (code: string) => {
    const rows = await server.db.owner.em
      .getConnection()
      .execute<{ n: number }[]>('select count(*)::int as n from grid where code = ?', [code]);
    return rows[0].n;
  };
  const records = async (key: string) => {
    const rows = await server.db.owner.em
      .getConnection()
      .execute<{ n: number }[]>('select count(*)::int as n from idempotency_record where key = ?', [key]);
    return rows[0].n;
  };
  const create = (token: string, key: string | null, code: string, name = '测试网格') =>
    server.gql(
      GRID_CREATE,
      { input: { code, name } },
      { token, headers: key === null ? {} : { 'idempotency-key': key } },
    );

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    adminA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
    otherAdminA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
    adminA2 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA2);
  });
  afterAll(() => server.close());

  it('replays the first response for the same key and creates one grid', async () => {
    const key = newKey();
    const code = newCode();
    const first = await create(adminA1, key, code);
    expect(first.errors).toBeUndefined();
    expect(first.data!.gridCreate.grid.code).toBe(code);

    const again = await create(adminA1, key, code);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await gridRows(code)).toBe(1);
  });

  it('marks a replay with the Idempotent-Replayed response header', async () => {
    const key = newKey();
    const body = JSON.stringify({
      query: GRID_CREATE,
      variables: { input: { code: newCode(), name: '网格' } },
    });
    const send = () =>
      fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${adminA1}`,
          'idempotency-key': key,
        },
        body,
      });
    const first = await send();
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const second = await send();
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const original = (await first.json()) as { data: unknown };
    expect(await second.json()).toMatchObject({ data: original.data });
  });

  it('answers CONFLICT for the same key with another request, and runs nothing', async () => {
    const key = newKey();
    const code = newCode();
    expect((await create(adminA1, key, code)).errors).toBeUndefined();

    const otherCode = newCode();
    const other = await create(adminA1, key, otherCode);
    expect(other.data).toBeNull();
    expect(other.errors![0].extensions.code).toBe('CONFLICT');
    expect(other.errors![0].message).toMatch(/already used with a different request/);
    expect(await gridRows(otherCode)).toBe(0);
  });

  it('lets two concurrent requests with one key create exactly one grid', async () => {
    const key = newKey();
    const code = newCode();
    const [a, b] = await Promise.all([create(adminA1, key, code), create(adminA1, key, code)]);
    expect(await gridRows(code)).toBe(1);
    const succeeded = [a, b].filter((r) => !r.errors);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    for (const res of [a, b]) {
      if (res.errors) {
        expect(res.errors[0].extensions.code).toBe('CONFLICT');
        expect(res.errors[0].message).toMatch(/in progress/);
      } else {
        expect(res.data).toEqual(succeeded[0].data);
      }
    }
  });

  it('answers CONFLICT "in progress" to a duplicate while the first is still running', async () => {
    const key = newKey();
    const code = newCode();
    // Hold the first request inside its insert: the owner locks the grid table against writes.
    const blocker = new Client({ connectionString: server.db.ownerUrl });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table grid in share row exclusive mode');
      const first = create(adminA1, key, code);
      for (let i = 0; i < 100 && (await records(key)) === 0; i++) await setTimeout(20);
      expect(await records(key)).toBe(1);

      const duplicate = await create(adminA1, key, code);
      expect(duplicate.data).toBeNull();
      expect(duplicate.errors![0].extensions.code).toBe('CONFLICT');
      expect(duplicate.errors![0].message).toBe(
        'A request with this Idempotency-Key is in progress; retry once it has completed.',
      );

      await blocker.query('commit');
      const done = await first;
      expect(done.errors).toBeUndefined();
      expect((await create(adminA1, key, code)).data).toEqual(done.data);
      expect(await gridRows(code)).toBe(1);
    } finally {
      await blocker.end();
    }
  });

  it('keeps keys of different principals apart', async () => {
    const key = newKey();
    const code = newCode();
    const mine = await create(adminA1, key, code);
    const colleague = await create(otherAdminA1, key, newCode());
    const sibling = await create(adminA2, key, code);
    for (const res of [mine, colleague, sibling]) expect(res.errors).toBeUndefined();
    const ids = [mine, colleague, sibling].map((r) => r.data!.gridCreate.grid.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('does not store a failed mutation: the key can be retried', async () => {
    const key = newKey();
    const taken = newCode();
    expect((await create(adminA1, null, taken)).errors).toBeUndefined();

    const failed = await create(adminA1, key, taken);
    expect(failed.errors![0].extensions.code).toBe('CONFLICT');
    expect(await records(key)).toBe(0);

    const fixed = newCode();
    const retried = await create(adminA1, key, fixed);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.gridCreate.grid.code).toBe(fixed);
    expect(await records(key)).toBe(1);
  });

  it('stores nothing for a principal the mutation is forbidden to, or without credentials', async () => {
    const key = newKey();
    const integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
    const forbidden = await create(integrator, key, newCode());
    expect(forbidden.errors![0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await server.gql(
      GRID_CREATE,
      { input: { code: newCode(), name: '网格' } },
      { headers: { 'idempotency-key': key } },
    );
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await records(key)).toBe(0);
  });

  it('ignores and overwrites an expired record', async () => {
    const key = newKey();
    const first = await create(adminA1, key, newCode());
    expect(first.errors).toBeUndefined();
    await server.db.owner.em
      .getConnection()
      .execute("update idempotency_record set created_at = now() - interval '25 hours' where key = ?", [key]);

    const code = newCode();
    const later = await create(adminA1, key, code);
    expect(later.errors).toBeUndefined();
    expect(later.data!.gridCreate.grid.code).toBe(code);
    expect(await records(key)).toBe(1);
    expect((await create(adminA1, key, code)).data).toEqual(later.data);
  });

  it('takes over a claim abandoned by a request that never finished', async () => {
    const key = newKey();
    const owner = server.db.owner.em.getConnection();
    const [session] = await owner.execute<{ user_id: string }[]>(
      'select user_id from user_session where token_hash = ?',
      [hashSecret(adminA1)],
    );
    await owner.execute(
      `insert into idempotency_record (id, principal_key, key, request_hash, updated_at)
       values (?, ?, ?, 'abandoned', now() - interval '10 minutes')`,
      [randomUUID(), `USER:${session.user_id}`, key],
    );
    const res = await create(adminA1, key, newCode());
    expect(res.errors).toBeUndefined();
    expect(await records(key)).toBe(1);
    // A fresh claim of a running request is not taken over.
    await owner.execute(
      'update idempotency_record set completed_at = null, updated_at = now() where key = ?',
      [key],
    );
    const blocked = await create(adminA1, key, newCode());
    expect(blocked.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('rejects a key longer than 200 characters with BAD_USER_INPUT', async () => {
    const res = await create(adminA1, 'k'.repeat(201), newCode());
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect((await create(adminA1, 'k'.repeat(200), newCode())).errors).toBeUndefined();
  });

  it('ignores the header on queries', async () => {
    const key = newKey();
    const query = '{ me { name } }';
    const a = await server.gql(query, {}, { token: adminA1, headers: { 'idempotency-key': key } });
    const b = await server.gql(query, {}, { token: adminA1, headers: { 'idempotency-key': key } });
    expect(a.errors).toBeUndefined();
    expect(b.data).toEqual(a.data);
    expect(await records(key)).toBe(0);
  });
});
