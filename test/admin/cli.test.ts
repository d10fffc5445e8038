import { runTenantsCli } from '../../api/cli/tenants-cli';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { Grid } from '../../api/modules/organisation/grid.entity';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { startTestServer, type TestServer } from '../support/server';
import { CREDIT_CODES, LOGIN, ME, ok } from './operations';

describe('npm run tenants: the admin CLI', () => {
  let server: TestServer;

  /** Runs one CLI command in-process against the test database, capturing its output. */
  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runTenantsCli(argv, server.db, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err: err.join('\n') };
  }

  beforeAll(async () => {
    // The CLI runs in another process than the API, whose principal cache it cannot reach:
    // no cache here, so a revocation by the CLI shows on the next request.
    server = await startTestServer({ principalCacheMs: 0 });
    for (const args of [
      [
        '--kind',
        'district',
        '--code',
        '430103000000',
        '--name',
        '天心区',
        '--full-name',
        '湖南省长沙市天心区',
      ],
      ['--kind', 'STREET', '--code', '430103005000', '--name', '金盆岭街道', '--parent', '430103000000'],
      ['--kind', 'COMMUNITY', '--code', '430103005003', '--name', '狮子山社区', '--parent', '430103005000'],
    ]) {
      const res = await cli('create-tenant', ...args);
      expect(res).toMatchObject({ code: 0, err: '' });
    }
  });
  afterAll(() => server.close());

  it('creates the tree and lists it indented by level', async () => {
    const res = await cli('list-tenants');
    expect(res.code).toBe(0);
    expect(res.out).toEqual([
      '430103000000  DISTRICT   天心区',
      '  430103005000  STREET     金盆岭街道',
      '    430103005003  COMMUNITY  狮子山社区',
    ]);
  });

  it('issues a key whose printed secret works over HTTP, lists it, and revokes it', async () => {
    const issued = await cli(
      'issue-key',
      '--role',
      'DISTRICT_INTEGRATOR',
      '--name',
      '天心区平台',
      '--tenant',
      '430103000000',
    );
    expect(issued.code).toBe(0);
    const secret = issued.out.at(-1)!;
    expect(secret).toMatch(/^gk_/);
    const me = ok(await server.gql(ME, {}, { token: secret })).me;
    expect(me.scope.map((t: any) => t.name)).toEqual(['天心区', '金盆岭街道', '狮子山社区']);

    const listed = await cli('list-keys');
    const line = listed.out.find((l) => l.includes(secret.slice(0, 10)))!;
    expect(line).toContain('DISTRICT_INTEGRATOR  430103000000  active');
    expect(listed.out.join('\n')).not.toContain(secret.slice(10));

    const id = line.split('  ')[0];
    expect(await cli('revoke-key', id)).toMatchObject({ code: 0 });
    const after = await server.gql(ME, {}, { token: secret });
    expect(after.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await cli('list-keys')).out.find((l) => l.startsWith(id))).toContain('revoked');
    const again = await cli('revoke-key', id);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/REVOKED/);
  });

  it('creates a user and gives it a role with grids by code; the user logs in over HTTP', async () => {
    const em = server.db.owner.em.fork();
    const community = await em.findOneOrFail(Tenant, { code: '430103005003' });
    const grid = em.create(Grid, { tenant: community, code: 'G01', name: '第一网格' });
    await em.flush();
    expect(
      await cli(
        'create-user',
        '--username',
        'li.wangge',
        '--display-name',
        '李网格员',
        '--password',
        'grid worker pass',
      ),
    ).toMatchObject({ code: 0 });
    const assigned = await cli(
      'assign-role',
      '--username',
      'li.wangge',
      '--role',
      'grid_worker',
      '--tenant',
      '430103005003',
      '--grids',
      'G01',
    );
    expect(assigned).toMatchObject({
      code: 0,
      out: ['gave li.wangge GRID_WORKER at 狮子山社区 (430103005003)'],
    });
    const login = ok(
      await server.gql(LOGIN, { input: { username: 'li.wangge', password: 'grid worker pass' } }),
    );
    const me = ok(await server.gql(ME, {}, { token: login.sessionCreate.token })).me;
    expect(me.grants).toEqual([
      { role: 'GRID_WORKER', tenant: { name: '狮子山社区' }, gridIds: [toGlobalId('Grid', grid.id)] },
    ]);
  });

  it('issues a partner key for a unit registered by credit code', async () => {
    expect(
      await cli('register-partner', '--name', '某律师事务所', '--credit-code', CREDIT_CODES[3]),
    ).toMatchObject({ code: 0 });
    const issued = await cli(
      'issue-key',
      '--role',
      'partner',
      '--name',
      '律所',
      '--partner',
      CREDIT_CODES[3],
    );
    expect(issued.code).toBe(0);
    expect(ok(await server.gql(ME, {}, { token: issued.out.at(-1) })).me.roles).toEqual(['PARTNER']);
  });

  it.each([
    [['create-tenant', '--kind', 'DISTRICT', '--code', '43010300', '--name', 'x'], 1, /--code/],
    [
      [
        'create-tenant',
        '--kind',
        'STREET',
        '--code',
        '430104005000',
        '--name',
        'x',
        '--parent',
        '430103000000',
      ],
      1,
      /must start with 430103\. \(--code\)/,
    ],
    [
      [
        'create-tenant',
        '--kind',
        'COMMUNITY',
        '--code',
        '430103005009',
        '--name',
        'x',
        '--parent',
        '430103000000',
      ],
      1,
      /--parent/,
    ],
    [
      ['create-tenant', '--kind', 'DISTRICT', '--code', '430103000000', '--name', '重复'],
      1,
      /already used by 天心区/,
    ],
    [
      ['create-tenant', '--kind', 'CITY', '--code', '430100000000', '--name', 'x'],
      1,
      /--kind must be one of/,
    ],
    [['create-tenant', '--kind', 'DISTRICT'], 2, /missing --code, --name/],
    [['create-tenant', '--colour', 'red'], 2, /Unknown option '--colour'/],
    [
      ['issue-key', '--role', 'DISTRICT_INTEGRATOR', '--name', 'x', '--tenant', '999999999999'],
      1,
      /no tenant has the code/,
    ],
    [
      ['issue-key', '--role', 'DISTRICT_INTEGRATOR', '--name', 'x', '--tenant', '430103005000'],
      1,
      /district.*\(--tenant\)/,
    ],
    [
      ['create-user', '--username', 'short', '--display-name', 'x', '--password', 'short'],
      1,
      /at least 10 characters long \(--password\)/,
    ],
    [
      [
        'assign-role',
        '--username',
        'li.wangge',
        '--role',
        'GRID_WORKER',
        '--tenant',
        '430103005003',
        '--grids',
        'G99',
      ],
      1,
      /no grid G99/,
    ],
    [['revoke-key', 'not-an-id'], 1, /not a valid id/],
    [['drop-everything'], 2, /unknown command "drop-everything"/],
  ])('fails clearly with a non-zero exit: %j', async (argv, code, message) => {
    const tenants = await server.db.owner.em.fork().count(Tenant);
    const res = await cli(...argv);
    expect(res.code).toBe(code);
    expect(res.err).toMatch(message);
    expect(await server.db.owner.em.fork().count(Tenant)).toBe(tenants);
  });
});
