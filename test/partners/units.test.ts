import { Role } from '../../api/core/auth/role.enum';
import { PartnerUnitKind } from '../../api/modules/partners/partners.enums';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createPartnership, nextCreditCode, registerPartner } from '../factories/partners';
import { names, ok, UNIT_BY_CODE, UNIT_REGISTER, UNITS } from './operations';

describe('partner units: registered once for the platform, found by credit code', () => {
  let server: TestServer;
  let tree: TenantTree;
  const tokens: Record<string, string> = {};
  const count = async () =>
    (
      await server.db.owner.em
        .fork()
        .getConnection()
        .execute<{ n: number }[]>('select count(*)::int as n from partner_unit')
    )[0].n;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    tokens.admin = await issueKey(server.db, Role.PLATFORM_ADMIN);
    tokens.streetA = await userSession(server.db, Role.STREET_ADMIN, tree.streetA);
    tokens.adminA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.adminA2 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.workerA1 = await userSession(server.db, Role.GRID_WORKER, tree.communityA1);
    tokens.integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
    const own = await registerPartner(server.db, { name: '自有企业' });
    tokens.partner = await issueKey(server.db, Role.PARTNER, { partnerUnit: own });
  });
  afterAll(() => server.close());

  const input = (over: Record<string, unknown> = {}) => ({
    name: '绿云律师事务所',
    kind: 'LAW_FIRM',
    creditCode: nextCreditCode(),
    address: '郑州市二七区嵩山路1号',
    ...over,
  });

  it('is UNAUTHENTICATED without credentials and FORBIDDEN for grid workers, integrators and partners', async () => {
    const before = await count();
    expect((await server.gql(UNIT_REGISTER, { input: input() })).errors![0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    for (const token of [tokens.workerA1, tokens.integrator, tokens.partner]) {
      const res = await server.gql(UNIT_REGISTER, { input: input() }, { token });
      expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      const lookup = await server.gql(UNIT_BY_CODE, { code: nextCreditCode() }, { token });
      expect(lookup.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await count()).toBe(before);
  });

  it.each([
    ['the platform admin', 'admin'],
    ['a street admin', 'streetA'],
    ['a community admin', 'adminA1'],
  ])('lets %s register a unit with its kind and address', async (_who, key) => {
    const given = input({ name: `${key}登记的银行`, kind: 'BANK' });
    const unit = ok(await server.gql(UNIT_REGISTER, { input: given }, { token: tokens[key] }))
      .partnerUnitRegister.partnerUnit;
    expect(unit).toMatchObject({ name: given.name, kind: 'BANK', creditCode: given.creditCode });
    expect(unit.address).toBe('郑州市二七区嵩山路1号');
  });

  it('rejects a credit code with a wrong check character as BAD_USER_INPUT naming creditCode, storing nothing', async () => {
    const good = nextCreditCode();
    const typo = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const before = await count();
    const res = await server.gql(
      UNIT_REGISTER,
      { input: input({ creditCode: typo }) },
      { token: tokens.adminA1 },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    expect(await count()).toBe(before);
  });

  it('answers a second registration of a code with CONFLICT naming the code, and staff find the unit by code', async () => {
    const first = input({ name: '先登记的商户', kind: 'MERCHANT' });
    ok(await server.gql(UNIT_REGISTER, { input: first }, { token: tokens.adminA1 }));
    const before = await count();
    // Another community cannot register the same unit again: it looks it up instead.
    const again = await server.gql(
      UNIT_REGISTER,
      { input: input({ name: '同一家', creditCode: first.creditCode }) },
      { token: tokens.adminA2 },
    );
    expect(again.errors![0].extensions.code).toBe('CONFLICT');
    expect(again.errors![0].message).toContain(first.creditCode);
    expect(await count()).toBe(before);

    const found = ok(
      await server.gql(UNIT_BY_CODE, { code: first.creditCode }, { token: tokens.adminA2 }),
    ).partnerUnitByCreditCode;
    expect(found).toMatchObject({ name: '先登记的商户', kind: 'MERCHANT' });
    const byAdmin = ok(await server.gql(UNIT_BY_CODE, { code: first.creditCode }, { token: tokens.admin }));
    expect(byAdmin.partnerUnitByCreditCode.name).toBe('先登记的商户');
    const none = ok(await server.gql(UNIT_BY_CODE, { code: nextCreditCode() }, { token: tokens.streetA }));
    expect(none.partnerUnitByCreditCode).toBeNull();
    const bad = await server.gql(UNIT_BY_CODE, { code: 'not a code' }, { token: tokens.streetA });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
  });

  it('lists only the units with an agreement the caller sees; a partner sees itself', async () => {
    const bank = await registerPartner(server.db, { name: '列表银行', kind: PartnerUnitKind.BANK });
    const shop = await registerPartner(server.db, { name: '列表商户', kind: PartnerUnitKind.MERCHANT });
    const school = await registerPartner(server.db, { name: '列表学校', kind: PartnerUnitKind.SCHOOL });
    await registerPartner(server.db, { name: '无协议单位' });
    await createPartnership(server.db, bank, tree.communityA1);
    await createPartnership(server.db, bank, tree.communityB1);
    await createPartnership(server.db, shop, tree.communityA2);
    await createPartnership(server.db, school, tree.communityB1);
    const bankKey = await issueKey(server.db, Role.PARTNER, { partnerUnit: bank });

    const list = async (token: string, vars: Record<string, unknown> = {}) =>
      ok(await server.gql(UNITS, { first: 100, ...vars }, { token })).partnerUnits;

    const a1 = await list(tokens.adminA1);
    expect(names(a1.edges)).toEqual(['列表银行']);
    // Only the agreements visible to the caller are listed under the unit.
    expect(a1.edges[0].node.partnerships.map((p: any) => p.tenant.name)).toEqual(['甲一社区']);
    expect(names((await list(tokens.streetA)).edges)).toEqual(['列表商户', '列表银行']);
    const district = await list(tokens.integrator);
    expect(names(district.edges)).toEqual(['列表商户', '列表学校', '列表银行']);
    expect(district.totalCount).toBe(3);
    expect(names((await list(tokens.integrator, { kind: 'MERCHANT' })).edges)).toEqual(['列表商户']);
    expect(names((await list(tokens.integrator, { search: '学校' })).edges)).toEqual(['列表学校']);
    expect(names((await list(tokens.integrator, { search: bank.creditCode })).edges)).toEqual(['列表银行']);

    const asBank = await list(bankKey);
    expect(names(asBank.edges)).toEqual(['列表银行']);
    expect(asBank.edges[0].node.partnerships.map((p: any) => p.tenant.name).sort()).toEqual([
      '乙一社区',
      '甲一社区',
    ]);
    // A unit without agreements (the partner key of `own`) still sees itself.
    expect(names((await list(tokens.partner)).edges)).toEqual(['自有企业']);
  });
});
