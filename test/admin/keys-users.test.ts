import { toGlobalId } from '../../api/core/graphql/global-id';
import { Grid } from '../../api/modules/organisation/grid.entity';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import {
  API_KEY_ISSUE,
  API_KEY_REVOKE,
  API_KEYS,
  asAdmin,
  LOGIN,
  ME,
  ok,
  ROLE_ASSIGNMENT_CREATE,
  ROLE_ASSIGNMENT_REVOKE,
  USER_CREATE,
} from './operations';

const PASSWORD = 'a long enough password';

describe('keys, users and roles on the admin path', () => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof asAdmin>>;
  let tree: TenantTree;
  const gid = (t: Tenant) => toGlobalId('Tenant', t.id);
  let gridA1: string;
  let gridA2: string;

  const count = async (table: string) =>
    (
      await server.db.owner.em
        .fork()
        .getConnection()
        .execute<{ n: number }[]>(`select count(*)::int as n from ${table}`)
    )[0].n;

  const login = async (username: string) =>
    ok(await server.gql(LOGIN, { input: { username, password: PASSWORD } })).sessionCreate.token as string;

  async function newUser(username: string): Promise<string> {
    return ok(await admin(USER_CREATE, { input: { username, displayName: username, password: PASSWORD } }))
      .userCreate.user.id;
  }

  beforeAll(async () => {
    server = await startTestServer();
    admin = await asAdmin(server);
    tree = await createTenantTree(server.db);
    const em = server.db.owner.em.fork();
    const g1 = em.create(Grid, {
      tenant: em.getReference(Tenant, tree.communityA1.id),
      code: 'G01',
      name: '第一网格',
    });
    const g2 = em.create(Grid, {
      tenant: em.getReference(Tenant, tree.communityA2.id),
      code: 'G01',
      name: '第一网格',
    });
    await em.flush();
    gridA1 = toGlobalId('Grid', g1.id);
    gridA2 = toGlobalId('Grid', g2.id);
  });
  afterAll(() => server.close());

  describe('apiKeyIssue', () => {
    it.each([
      ['an integrator key without a district', { role: 'DISTRICT_INTEGRATOR' }, 'tenantId'],
      ['an integrator key for a street', { role: 'DISTRICT_INTEGRATOR', tenant: 'streetA' }, 'tenantId'],
      ['a partner key without a unit', { role: 'PARTNER' }, 'partnerUnitId'],
      ['a platform-admin key naming a tenant', { role: 'PLATFORM_ADMIN', tenant: 'district' }, 'tenantId'],
      ['a key for a role people hold', { role: 'STREET_ADMIN', tenant: 'streetA' }, 'role'],
      [
        'a key that expired already',
        { role: 'PLATFORM_ADMIN', expiresAt: '2020-01-01T00:00:00Z' },
        'expiresAt',
      ],
      ['an empty name', { role: 'PLATFORM_ADMIN', name: '' }, 'name'],
    ])('rejects %s as BAD_USER_INPUT on the field, storing nothing', async (_case, given, field) => {
      const { tenant, ...rest } = given as { tenant?: keyof TenantTree } & Record<string, unknown>;
      const input = { name: 'k', ...rest, ...(tenant ? { tenantId: gid(tree[tenant]) } : {}) };
      const before = await count('api_key');
      const res = await admin(API_KEY_ISSUE, { input });
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('api_key')).toBe(before);
    });

    it('returns the secret once, lists the key without it, and refetches it with node(id:)', async () => {
      const issued = ok(
        await admin(API_KEY_ISSUE, {
          input: {
            role: 'DISTRICT_INTEGRATOR',
            name: '区级平台',
            tenantId: gid(tree.district),
            expiresAt: '2999-01-01T00:00:00Z',
          },
        }),
      ).apiKeyIssue;
      expect(issued.secret).toMatch(/^gk_[A-Za-z0-9_-]{43}$/);
      expect(issued.apiKey).toMatchObject({
        name: '区级平台',
        role: 'DISTRICT_INTEGRATOR',
        prefix: issued.secret.slice(0, 10),
        tenant: { id: gid(tree.district), name: '测试区' },
        expiresAt: '2999-01-01T00:00:00.000Z',
        revokedAt: null,
        lastUsedAt: null,
      });
      const listed = ok(await admin(API_KEYS, { first: 100 })).apiKeys;
      expect(JSON.stringify(listed)).not.toContain(issued.secret);
      expect(listed.edges.map((e: any) => e.node.id)).toContain(issued.apiKey.id);
      const node = ok(
        await admin(`query($id: ID!) { node(id: $id) { id ... on ApiKey { name } } }`, {
          id: issued.apiKey.id,
        }),
      );
      expect(node.node).toEqual({ id: issued.apiKey.id, name: '区级平台' });
    });

    it('has no field that could expose a secret or its hash', async () => {
      const res = await admin(`{ apiKeys { edges { node { secretHash } } } }`);
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('apiKeys', () => {
    it('pages through every key, revoked ones included, oldest first', async () => {
      const total = ok(await admin(API_KEYS, { first: 1 })).apiKeys.totalCount;
      expect(total).toBeGreaterThanOrEqual(2);
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = ok(await admin(API_KEYS, { first: 1, after })).apiKeys;
        expect(page.edges.length).toBeLessThanOrEqual(1);
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    });

    it('refuses a page larger than the cap', async () => {
      const res = await admin(API_KEYS, { first: server.config.limits.maxPageSize + 1 });
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('apiKeyRevoke', () => {
    it('revokes once; revoking again is INVALID_TRANSITION; unknown ids are NOT_FOUND', async () => {
      const { apiKey } = ok(
        await admin(API_KEY_ISSUE, { input: { role: 'PLATFORM_ADMIN', name: 'spare' } }),
      ).apiKeyIssue;
      const revoked = ok(await admin(API_KEY_REVOKE, { input: { id: apiKey.id } })).apiKeyRevoke.apiKey;
      expect(revoked.revokedAt).not.toBeNull();
      const again = await admin(API_KEY_REVOKE, { input: { id: apiKey.id } });
      expect(again.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'REVOKED' });
      const unknown = await admin(API_KEY_REVOKE, { input: { id: toGlobalId('ApiKey', tree.district.id) } });
      expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
      const wrongType = await admin(API_KEY_REVOKE, { input: { id: gid(tree.district) } });
      expect(wrongType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('userCreate', () => {
    it.each([
      ['a short password', { username: 'short.pw', password: 'short' }, 'password'],
      ['a username with spaces', { username: 'zhang san', password: PASSWORD }, 'username'],
      ['an empty display name', { username: 'no.name', password: PASSWORD, displayName: '' }, 'displayName'],
    ])('rejects %s as BAD_USER_INPUT on the field', async (_case, input, field) => {
      const res = await admin(USER_CREATE, { input: { displayName: 'x', ...input } });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('creates an account that logs in; a taken username (any case) is CONFLICT', async () => {
      const id = await newUser('Li.Si');
      expect(
        (await server.gql(LOGIN, { input: { username: 'li.si', password: PASSWORD } })).errors,
      ).toBeUndefined();
      const node = ok(await admin(`query($id: ID!) { node(id: $id) { ... on User { username } } }`, { id }));
      expect(node.node.username).toBe('li.si');
      const before = await count('user_account');
      const dup = await admin(USER_CREATE, {
        input: { username: 'LI.SI', displayName: 'x', password: PASSWORD },
      });
      expect(dup.errors![0].extensions.code).toBe('CONFLICT');
      expect(await count('user_account')).toBe(before);
    });
  });

  describe('roleAssignmentCreate / roleAssignmentRevoke', () => {
    it.each([
      ['STREET_ADMIN at a community', { role: 'STREET_ADMIN', tenant: 'communityA1' }, 'tenantId'],
      ['COMMUNITY_ADMIN at a street', { role: 'COMMUNITY_ADMIN', tenant: 'streetA' }, 'tenantId'],
      ['a role held by keys', { role: 'DISTRICT_INTEGRATOR', tenant: 'district' }, 'role'],
      ['a grid of another community', { role: 'GRID_WORKER', tenant: 'communityA1', grids: 'A2' }, 'gridIds'],
      [
        'grids for a role that has none',
        { role: 'COMMUNITY_ADMIN', tenant: 'communityA1', grids: 'A1' },
        'gridIds',
      ],
    ])('rejects %s as BAD_USER_INPUT on the field, storing nothing', async (_case, given, field) => {
      const userId = await newUser(`u${Math.random().toString(36).slice(2, 10)}`);
      const { tenant, grids, role } = given as { tenant: keyof TenantTree; grids?: string; role: string };
      const before = await count('role_assignment');
      const res = await admin(ROLE_ASSIGNMENT_CREATE, {
        input: {
          userId,
          role,
          tenantId: gid(tree[tenant]),
          gridIds: grids ? [grids === 'A1' ? gridA1 : gridA2] : null,
        },
      });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('role_assignment')).toBe(before);
    });

    it('gives a grid worker its community and grids from the next request, and withdraws them at once', async () => {
      const userId = await newUser('wang.wu');
      const session = await login('wang.wu');
      expect(ok(await server.gql(ME, {}, { token: session })).me.roles).toEqual([]);

      const { roleAssignment } = ok(
        await admin(ROLE_ASSIGNMENT_CREATE, {
          input: { userId, role: 'GRID_WORKER', tenantId: gid(tree.communityA1), gridIds: [gridA1] },
        }),
      ).roleAssignmentCreate;
      expect(roleAssignment).toMatchObject({
        role: 'GRID_WORKER',
        gridIds: [gridA1],
        user: { username: 'wang.wu' },
      });

      // The same session, cached a moment ago, sees the new role at once.
      const me = ok(await server.gql(ME, {}, { token: session })).me;
      expect(me.grants).toEqual([{ role: 'GRID_WORKER', tenant: { name: '甲一社区' }, gridIds: [gridA1] }]);
      expect(me.scope.map((t: any) => t.name)).toEqual(['甲一社区']);

      const dup = await admin(ROLE_ASSIGNMENT_CREATE, {
        input: { userId, role: 'GRID_WORKER', tenantId: gid(tree.communityA1) },
      });
      expect(dup.errors![0].extensions.code).toBe('CONFLICT');

      const revoked = ok(
        await admin(ROLE_ASSIGNMENT_REVOKE, { input: { id: roleAssignment.id } }),
      ).roleAssignmentRevoke;
      expect(revoked.roleAssignment.revokedAt).not.toBeNull();
      const after = ok(await server.gql(ME, {}, { token: session })).me;
      expect(after.roles).toEqual([]);
      expect(after.scope).toEqual([]);
      const again = await admin(ROLE_ASSIGNMENT_REVOKE, { input: { id: roleAssignment.id } });
      expect(again.errors![0].extensions.code).toBe('INVALID_TRANSITION');
    });
  });
});
