import { Role } from '../../api/core/auth/role.enum';
import { hashSecret } from '../../api/core/auth/secrets';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey } from '../factories/principals';

const ISSUE = `mutation($input: ApiKeyIssueInput!) { apiKeyIssue(input: $input) { secret apiKey { id prefix } } }`;
const REVOKE = `mutation($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { revokedAt } } }`;
const USER_CREATE = `mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`;
const ROLE = `mutation($input: RoleAssignmentCreateInput!) { roleAssignmentCreate(input: $input) { roleAssignment { id } } }`;
const LOGIN = `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { token } }`;
const ME = `query { me { kind name roles scope { name } } }`;

describe('API keys and stored credentials', () => {
  let server: TestServer;
  let tree: TenantTree;
  let adminToken: string;

  const sql = <T>(query: string, params: unknown[] = []) =>
    server.db.owner.em.fork().getConnection().execute<T[]>(query, params);

  async function integratorKey(name: string) {
    const res = await server.gql(
      ISSUE,
      { input: { role: 'DISTRICT_INTEGRATOR', name, tenantId: toGlobalId('Tenant', tree.district.id) } },
      { token: adminToken },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.apiKeyIssue as { secret: string; apiKey: { id: string; prefix: string } };
  }

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    adminToken = await issueKey(server.db, Role.PLATFORM_ADMIN);
  });
  afterAll(() => server.close());

  it("gives an integrator key issued on the admin path its district's whole subtree", async () => {
    const { secret } = await integratorKey('区级平台');
    const me = await server.gql(ME, {}, { token: secret });
    expect(me.data!.me).toMatchObject({ kind: 'API_KEY', name: '区级平台', roles: ['DISTRICT_INTEGRATOR'] });
    expect(me.data!.me.scope).toHaveLength(6);
  });

  it('describes a platform-admin key in `me` with no tenant scope (it works through the admin path)', async () => {
    const me = await server.gql(ME, {}, { token: adminToken });
    expect(me.data!.me).toMatchObject({ kind: 'API_KEY', roles: ['PLATFORM_ADMIN'], scope: [] });
    const anonymous = await server.gql(ME);
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stops accepting a revoked key at once, though it was cached a moment before', async () => {
    const { secret, apiKey } = await integratorKey('to be revoked');
    expect((await server.gql(ME, {}, { token: secret })).errors).toBeUndefined();
    const revoke = await server.gql(REVOKE, { input: { id: apiKey.id } }, { token: adminToken });
    expect(revoke.data!.apiKeyRevoke.apiKey.revokedAt).not.toBeNull();
    const after = await server.gql(ME, {}, { token: secret });
    expect(after.data).toBeNull();
    expect(after.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(after.errors![0].message).toMatch(/revoked/);
  });

  it('stops accepting a key past its expiry', async () => {
    const { secret, apiKey } = await integratorKey('short-lived');
    const id = Buffer.from(apiKey.id, 'base64url').toString().split(':')[1];
    await sql("update api_key set expires_at = now() - interval '1 second' where id = ?", [id]);
    const res = await server.gql(ME, {}, { token: secret });
    expect(res.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.errors![0].message).toMatch(/expired/);
  });

  it('records when a key was last used', async () => {
    const { secret } = await integratorKey('watched');
    const lastUsed = async () =>
      (
        await sql<{ last_used_at: Date | null }>('select last_used_at from api_key where secret_hash = ?', [
          hashSecret(secret),
        ])
      )[0].last_used_at;
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    await server.gql(ME, {}, { token: secret });
    const used = await lastUsed();
    expect(used).not.toBeNull();
    expect(Math.abs(new Date(used!).getTime() - before)).toBeLessThan(60_000);
  });

  it('stores only hashes: no key secret, session token or password appears in any credential row', async () => {
    const { secret, apiKey } = await integratorKey('hashed');
    const password = 'a very secret password 密码';
    const user = await server.gql(
      USER_CREATE,
      { input: { username: 'hash.check', displayName: '测试', password } },
      { token: adminToken },
    );
    await server.gql(
      ROLE,
      {
        input: {
          userId: user.data!.userCreate.user.id,
          role: 'RESIDENT',
          tenantId: toGlobalId('Tenant', tree.communityA1.id),
        },
      },
      { token: adminToken },
    );
    const login = await server.gql(LOGIN, { input: { username: 'hash.check', password } });
    const token = login.data!.sessionCreate.token as string;
    await server.gql(ME, {}, { token });
    await server.gql(ME, {}, { token: secret });

    const dump = async (table: string) =>
      (await sql<{ row: string }>(`select row_to_json(t)::text as row from ${table} t`))
        .map((r) => r.row)
        .join('\n');
    const everything = [
      await dump('api_key'),
      await dump('user_session'),
      await dump('user_account'),
      await dump('role_assignment'),
    ].join('\n');
    // The visible prefix is all of the key a row holds; the rest of the secret is nowhere.
    expect(everything).toContain(apiKey.prefix);
    for (const s of [secret, secret.slice(10), token, token.slice(3), password])
      expect(everything).not.toContain(s);

    const [account] = await sql<{ password_hash: string }>(
      "select password_hash from user_account where username = 'hash.check'",
    );
    expect(account.password_hash).toMatch(/^scrypt\$65536\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    const [session] = await sql<{ token_hash: string }>(
      'select token_hash from user_session order by created_at desc limit 1',
    );
    expect(session.token_hash).toBe(hashSecret(token));
  });
});
