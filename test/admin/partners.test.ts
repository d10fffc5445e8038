import { toGlobalId } from '../../api/core/graphql/global-id';
import type { Tenant } from '../../api/modules/tenants/tenant.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import {
  API_KEY_ISSUE,
  asAdmin,
  CREDIT_CODES,
  LOGIN,
  ME,
  ok,
  PARTNER_UNIT_REGISTER,
  PARTNERSHIP_CREATE,
  PARTNERSHIP_END,
  USER_CREATE,
} from './operations';

describe('partner units and partnerships: a partner sees the tenants it partners with', () => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof asAdmin>>;
  let tree: TenantTree;
  let unitId: string;
  const gid = (t: Tenant) => toGlobalId('Tenant', t.id);
  const count = async (table: string) =>
    (
      await server.db.owner.em
        .fork()
        .getConnection()
        .execute<{ n: number }[]>(`select count(*)::int as n from ${table}`)
    )[0].n;

  beforeAll(async () => {
    // The default principal cache (PRINCIPAL_CACHE_MS): the scope must change at once anyway.
    server = await startTestServer();
    admin = await asAdmin(server);
    tree = await createTenantTree(server.db);
    unitId = ok(
      await admin(PARTNER_UNIT_REGISTER, {
        input: { name: '某某银行支行', creditCode: CREDIT_CODES[1], kind: 'BANK' },
      }),
    ).partnerUnitRegister.partnerUnit.id;
  });
  afterAll(() => server.close());

  it('rejects an invalid credit code (check character) as BAD_USER_INPUT and a registered one as CONFLICT', async () => {
    const typo = `${CREDIT_CODES[2].slice(0, 17)}0`;
    const bad = await admin(PARTNER_UNIT_REGISTER, { input: { name: 'x', creditCode: typo, kind: 'BANK' } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    const before = await count('partner_unit');
    const dup = await admin(PARTNER_UNIT_REGISTER, {
      input: { name: '同一家', creditCode: CREDIT_CODES[1], kind: 'BANK' },
    });
    expect(dup.errors![0].extensions.code).toBe('CONFLICT');
    expect(await count('partner_unit')).toBe(before);
  });

  it.each([
    ['a district', { tenant: 'district' }, 'tenantId'],
    ['an end before the signing date', { endsOn: '2023-12-31' }, 'endsOn'],
    ['a date that is not one', { signedOn: '2024-02-30' }, 'signedOn'],
  ])('rejects a partnership with %s as BAD_USER_INPUT, storing nothing', async (_case, given, field) => {
    const { tenant, ...rest } = given as { tenant?: keyof TenantTree } & Record<string, string>;
    const before = await count('partnership');
    const res = await admin(PARTNERSHIP_CREATE, {
      input: {
        partnerUnitId: unitId,
        tenantId: gid(tree[tenant ?? 'communityA1']),
        signedOn: '2024-01-01',
        ...rest,
      },
    });
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    if (field !== 'signedOn') expect(res.errors![0].extensions.field).toBe(field);
    expect(await count('partnership')).toBe(before);
  });

  it('scopes a partner key and a partner account to active partnerships, and drops a tenant when one ends', async () => {
    const key = ok(
      await admin(API_KEY_ISSUE, { input: { role: 'PARTNER', name: '银行对接', partnerUnitId: unitId } }),
    ).apiKeyIssue;
    expect(key.apiKey.partnerUnit).toEqual({ id: unitId, name: '某某银行支行' });
    const before = ok(await server.gql(ME, {}, { token: key.secret })).me;
    expect(before).toMatchObject({ roles: ['PARTNER'], partnerUnitId: unitId, scope: [] });

    const withA1 = ok(
      await admin(PARTNERSHIP_CREATE, {
        input: {
          partnerUnitId: unitId,
          tenantId: gid(tree.communityA1),
          signedOn: '2024-01-01',
          endsOn: '2099-12-31',
        },
      }),
    ).partnershipCreate;
    expect(withA1).toMatchObject({
      partnership: { status: 'ACTIVE', signedOn: '2024-01-01', endsOn: '2099-12-31' },
      tenant: { name: '甲一社区' },
      partnerUnit: { name: '某某银行支行' },
    });
    ok(
      await admin(PARTNERSHIP_CREATE, {
        input: { partnerUnitId: unitId, tenantId: gid(tree.communityB1), signedOn: '2024-03-01' },
      }),
    );
    const dup = await admin(PARTNERSHIP_CREATE, {
      input: { partnerUnitId: unitId, tenantId: gid(tree.communityA1), signedOn: '2024-06-01' },
    });
    expect(dup.errors![0].extensions.code).toBe('CONFLICT');

    // The key was used (and cached) before the partnerships: its scope follows at once.
    const names = async (token: string) =>
      ok(await server.gql(ME, {}, { token }))
        .me.scope.map((t: any) => t.name)
        .sort();
    expect(await names(key.secret)).toEqual(['乙一社区', '甲一社区']);

    ok(
      await admin(USER_CREATE, {
        input: {
          username: 'bank.staff',
          displayName: '银行职员',
          password: 'a long enough password',
          partnerUnitId: unitId,
        },
      }),
    );
    const login = ok(
      await server.gql(LOGIN, { input: { username: 'bank.staff', password: 'a long enough password' } }),
    ).sessionCreate;
    expect(login.user.roles).toEqual(['PARTNER']);
    expect(await names(login.token)).toEqual(['乙一社区', '甲一社区']);

    const ended = ok(await admin(PARTNERSHIP_END, { input: { id: withA1.partnership.id } })).partnershipEnd;
    expect(ended.partnership.status).toBe('ENDED');
    expect(ended.partnership.endsOn <= '2099-12-31').toBe(true);
    expect(ended.partnership.endsOn >= '2024-01-01').toBe(true);
    expect(await names(key.secret)).toEqual(['乙一社区']);
    expect(await names(login.token)).toEqual(['乙一社区']);

    const again = await admin(PARTNERSHIP_END, { input: { id: withA1.partnership.id } });
    expect(again.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'ENDED' });
  });

  it('answers NOT_FOUND for a partnership or partner unit that does not exist', async () => {
    const missing = toGlobalId('Partnership', '00000000-0000-4000-8000-000000000000');
    expect((await admin(PARTNERSHIP_END, { input: { id: missing } })).errors![0].extensions.code).toBe(
      'NOT_FOUND',
    );
    const res = await admin(PARTNERSHIP_CREATE, {
      input: {
        partnerUnitId: toGlobalId('PartnerUnit', '00000000-0000-4000-8000-000000000000'),
        tenantId: gid(tree.communityA1),
        signedOn: '2024-01-01',
      },
    });
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'partnerUnitId' });
  });
});
