import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { hashSecret } from '../../api/core/auth/secrets';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, passwordUser } from '../factories/principals';

const LOGIN = `mutation Login($input: SessionCreateInput!) {
  sessionCreate(input: $input) { token expiresAt user { id username displayName roles } }
}`;
const LOGOUT = `mutation Logout($input: SessionRevokeInput!) { sessionRevoke(input: $input) { revokedCount } }`;
const ME = `query { me { kind name roles grants { role tenant { name } gridIds } scope { name kind } } }`;

const PASSWORD = 'correct horse battery';

describe('login and sessions (sessionCreate / sessionRevoke)', () => {
  let server: TestServer;
  let tree: TenantTree;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    await passwordUser(server.db, {
      username: 'street.admin',
      password: PASSWORD,
      displayName: '甲街道管理员',
      role: Role.STREET_ADMIN,
      tenant: tree.streetA,
    });
    await passwordUser(server.db, { username: 'gone', password: PASSWORD, disabled: true });
  });
  afterAll(() => server.close());

  const login = (username: string, password: string) => server.gql(LOGIN, { input: { username, password } });

  async function token(username = 'street.admin'): Promise<string> {
    const res = await login(username, PASSWORD);
    expect(res.errors).toBeUndefined();
    return res.data!.sessionCreate.token;
  }

  it('opens a session whose token works for `me` with the roles and the scope of the user', async () => {
    const before = Date.now();
    const res = await login('Street.Admin', PASSWORD); // usernames are case-insensitive
    expect(res.errors).toBeUndefined();
    const session = res.data!.sessionCreate;
    expect(session.token).toMatch(/^gs_/);
    expect(session.user).toMatchObject({
      username: 'street.admin',
      displayName: '甲街道管理员',
      roles: ['STREET_ADMIN'],
    });
    const ttl = new Date(session.expiresAt).getTime() - before;
    expect(ttl).toBeGreaterThan(server.config.sessionTtlHours * 3600_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(server.config.sessionTtlHours * 3600_000 + 60_000);

    const me = await server.gql(ME, {}, { token: session.token });
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({
      kind: 'USER',
      name: '甲街道管理员',
      roles: ['STREET_ADMIN'],
      grants: [{ role: 'STREET_ADMIN', tenant: { name: '甲街道' }, gridIds: [] }],
    });
    // A street sees itself and its two communities, not the district nor the other street.
    expect(me.data!.me.scope.map((t: any) => t.name).sort()).toEqual(['甲一社区', '甲二社区', '甲街道']);
  });

  it('answers a wrong password, an unknown user and a disabled user with one and the same error', async () => {
    const wrong = await login('street.admin', 'not the password');
    const unknown = await login('nobody.here', PASSWORD);
    const disabled = await login('gone', PASSWORD);
    for (const res of [wrong, unknown, disabled]) {
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      expect(res.errors![0].message).toBe('Username or password is incorrect.');
    }
  });

  it('takes about as long for an unknown user as for a wrong password (no user enumeration by timing)', async () => {
    const time = async (username: string) => {
      const start = process.hrtime.bigint();
      await login(username, 'not the password');
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time('street.admin'));
      unknown.push(await time(`nobody${i}`));
    }
    // scrypt dominates both; without the dummy verification an unknown user answers ~50x faster.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4);
  });

  it('rejects an empty username as BAD_USER_INPUT naming the field', async () => {
    const res = await login('', PASSWORD);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
  });

  it('rejects an expired session with UNAUTHENTICATED saying it expired', async () => {
    const expired = await token();
    const updated = await server.db.owner.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        "update user_session set expires_at = now() - interval '1 minute' where token_hash = ? returning id",
        [hashSecret(expired)],
      );
    expect(updated).toHaveLength(1);
    const res = await server.gql(ME, {}, { token: expired });
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.errors![0].message).toMatch(/expired/);
  });

  it('logs out: the token stops working at once, even though it was just cached', async () => {
    const session = await token();
    const other = await token();
    expect((await server.gql(ME, {}, { token: session })).errors).toBeUndefined();
    const out = await server.gql(LOGOUT, { input: {} }, { token: session });
    expect(out.errors).toBeUndefined();
    expect(out.data!.sessionRevoke.revokedCount).toBe(1);
    const after = await server.gql(ME, {}, { token: session });
    expect(after.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    // Only the calling session ended.
    expect((await server.gql(ME, {}, { token: other })).errors).toBeUndefined();
  });

  it('logs out everywhere with allSessions', async () => {
    const a = await token();
    const b = await token();
    await server.gql(ME, {}, { token: b });
    const out = await server.gql(LOGOUT, { input: { allSessions: true } }, { token: a });
    expect(out.data!.sessionRevoke.revokedCount).toBeGreaterThanOrEqual(2);
    for (const t of [a, b]) {
      expect((await server.gql(ME, {}, { token: t })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses sessionRevoke without credentials (UNAUTHENTICATED) and for an API key (FORBIDDEN)', async () => {
    const anonymous = await server.gql(LOGOUT, { input: {} });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const key = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
    const byKey = await server.gql(LOGOUT, { input: {} }, { token: key });
    expect(byKey.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await server.gql(ME, {}, { token: key })).errors).toBeUndefined();
  });

  it('records when a session was last used', async () => {
    const session = await token();
    const lastUsed = async () => {
      const rows = await server.db.owner.em
        .fork()
        .getConnection()
        .execute<{ last_used_at: Date | null }[]>(
          'select last_used_at from user_session where token_hash = ?',
          [hashSecret(session)],
        );
      return rows[0].last_used_at;
    };
    expect(await lastUsed()).toBeNull();
    await server.gql(ME, {}, { token: session });
    expect(await lastUsed()).not.toBeNull();
  });

  it('gives a grid worker its grids in `me`', async () => {
    const gridId = '00000000-0000-4000-8000-000000000001';
    await passwordUser(server.db, {
      username: 'grid.worker',
      password: PASSWORD,
      role: Role.GRID_WORKER,
      tenant: tree.communityA1,
      gridIds: [gridId],
    });
    const me = await server.gql(ME, {}, { token: await token('grid.worker') });
    expect(me.data!.me.grants).toEqual([
      { role: 'GRID_WORKER', tenant: { name: '甲一社区' }, gridIds: [toGlobalId('Grid', gridId)] },
    ]);
    expect(me.data!.me.scope).toEqual([{ name: '甲一社区', kind: 'COMMUNITY' }]);
  });
});
