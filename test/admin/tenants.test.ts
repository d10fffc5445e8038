import { startTestServer, type TestServer } from '../support/server';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { API_KEY_ISSUE, asAdmin, ME, ok, TENANT_CREATE } from './operations';

describe('tenantCreate: provisioning the tree on the admin path', () => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof asAdmin>>;
  let district: { id: string; code: string };
  let street: { id: string; code: string };
  let community: { id: string; code: string };

  const create = (input: Record<string, unknown>) => admin(TENANT_CREATE, { input });
  const tenantCount = async () => {
    const rows = await server.db.owner.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>('select count(*)::int as n from tenant');
    return rows[0].n;
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await asAdmin(server);
    district = ok(
      await create({
        kind: 'DISTRICT',
        code: '410103000000',
        name: '二七区',
        fullName: '河南省郑州市二七区',
      }),
    ).tenantCreate.tenant;
    street = ok(
      await create({ kind: 'STREET', code: '410103001000', name: '淮河路街道', parentId: district.id }),
    ).tenantCreate.tenant;
    community = ok(
      await create({ kind: 'COMMUNITY', code: '410103001001', name: '绿云社区', parentId: street.id }),
    ).tenantCreate.tenant;
  });
  afterAll(() => server.close());

  it('builds district → street → community, each stored with its path under its parent', async () => {
    expect(community).toMatchObject({ kind: 'COMMUNITY', code: '410103001001', name: '绿云社区' });
    const rows = await server.db.owner.em
      .fork()
      .getConnection()
      .execute<{ code: string; path: string; parent_code: string | null }[]>(
        `select t.code, t.path, p.code as parent_code from tenant t left join tenant p on p.id = t.parent_id
         where t.code like '410103%' order by t.path`,
      );
    expect(rows.map((r) => [r.code, r.parent_code])).toEqual([
      ['410103000000', null],
      ['410103001000', '410103000000'],
      ['410103001001', '410103001000'],
    ]);
    expect(rows[2].path.startsWith(rows[1].path)).toBe(true);
    expect(rows[1].path.startsWith(rows[0].path)).toBe(true);
    expect(rows[0].path).toMatch(/^\/[0-9a-f-]{36}\/$/);
  });

  it('gives an integrator key issued for the new district that whole subtree as its scope', async () => {
    const issued = ok(
      await admin(API_KEY_ISSUE, {
        input: { role: 'DISTRICT_INTEGRATOR', name: '二七区大数据平台', tenantId: district.id },
      }),
    ).apiKeyIssue;
    expect(issued.apiKey).toMatchObject({ role: 'DISTRICT_INTEGRATOR', tenant: { name: '二七区' } });
    const me = ok(await server.gql(ME, {}, { token: issued.secret })).me;
    expect(me.roles).toEqual(['DISTRICT_INTEGRATOR']);
    expect(me.scope.map((t: any) => t.code)).toEqual(['410103000000', '410103001000', '410103001001']);
  });

  it.each([
    ['an invalid division code', { kind: 'DISTRICT', code: '4101030000', name: 'x' }, 'code'],
    ['a code with an impossible province', { kind: 'DISTRICT', code: '990103000000', name: 'x' }, 'code'],
    [
      'a district with a parent',
      { kind: 'DISTRICT', code: '410104000000', name: 'x', parentId: 'DISTRICT' },
      'parentId',
    ],
    ['a street without a parent', { kind: 'STREET', code: '410103002000', name: 'x' }, 'parentId'],
    [
      'a street under a street',
      { kind: 'STREET', code: '410103002000', name: 'x', parentId: 'STREET' },
      'parentId',
    ],
    [
      'a community under a district',
      { kind: 'COMMUNITY', code: '410103001002', name: 'x', parentId: 'DISTRICT' },
      'parentId',
    ],
    [
      "a street outside its district's code",
      { kind: 'STREET', code: '410104002000', name: 'x', parentId: 'DISTRICT' },
      'code',
    ],
    [
      "a community outside its street's code",
      { kind: 'COMMUNITY', code: '410103002001', name: 'x', parentId: 'STREET' },
      'code',
    ],
    ['an empty name', { kind: 'DISTRICT', code: '410105000000', name: '' }, 'name'],
    [
      'a parent id of another type',
      { kind: 'STREET', code: '410103002000', name: 'x', parentId: 'NOT_A_TENANT' },
      'parentId',
    ],
  ])('rejects %s as BAD_USER_INPUT naming the field, and stores nothing', async (_case, input, field) => {
    const ids: Record<string, string> = {
      DISTRICT: district.id,
      STREET: street.id,
      NOT_A_TENANT: toGlobalId('Grid', '00000000-0000-4000-8000-000000000000'),
    };
    const withParent = {
      ...input,
      ...('parentId' in input ? { parentId: ids[input.parentId as string] } : {}),
    };
    const before = await tenantCount();
    const res = await create(withParent);
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await tenantCount()).toBe(before);
  });

  it('answers NOT_FOUND for a parent that does not exist', async () => {
    const res = await create({
      kind: 'STREET',
      code: '410103003000',
      name: 'x',
      parentId: toGlobalId('Tenant', '00000000-0000-4000-8000-000000000000'),
    });
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'parentId' });
  });

  it('rejects a code already in use as CONFLICT, and stores nothing', async () => {
    const before = await tenantCount();
    const res = await create({
      kind: 'COMMUNITY',
      code: '410103001001',
      name: '另一个社区',
      parentId: street.id,
    });
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions.code).toBe('CONFLICT');
    expect(res.errors![0].message).toMatch(/绿云社区/);
    expect(await tenantCount()).toBe(before);
  });
});
