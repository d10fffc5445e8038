import { Role } from '../../api/core/auth/role.enum';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createPartnership, registerPartner } from '../factories/partners';
import { CREATE, END, gid, MY_TENANTS, names, ok, TENANT } from './operations';

/**
 * A partner's scope is the tenants of its agreements in force. Principals are cached for
 * PRINCIPAL_CACHE_MS (the default here, far longer than the test): signing and ending an agreement
 * must change the partner's view at once anyway.
 */
describe('a partner’s scope follows its partnerships, at once', () => {
  let server: TestServer;
  let tree: TenantTree;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    tokens.adminA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.streetA = await userSession(server.db, Role.STREET_ADMIN, tree.streetA);
  });
  afterAll(() => server.close());

  const readA1 = (token: string) => server.gql(TENANT, { id: gid('Tenant', tree.communityA1) }, { token });
  const myTenants = async (token: string) =>
    names(ok(await server.gql(MY_TENANTS, {}, { token })).myPartnerTenants.edges);

  it('reads a community’s data while an agreement is in force and not after it ends', async () => {
    const bank = await registerPartner(server.db, { name: '某银行' });
    const key = await issueKey(server.db, Role.PARTNER, { partnerUnit: bank });
    await createPartnership(server.db, bank, tree.communityB1);

    // Used (and cached) before the agreement: no access to 甲一社区.
    expect((await readA1(key)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect(await myTenants(key)).toEqual(['乙一社区']);

    // Signed by the community itself (the request path, not the admin path).
    const signed = ok(
      await server.gql(
        CREATE,
        {
          input: {
            partnerUnitId: gid('PartnerUnit', bank),
            tenantId: gid('Tenant', tree.communityA1),
            signedOn: '2024-01-01',
          },
        },
        { token: tokens.adminA1 },
      ),
    ).partnershipCreate.partnership;
    const a1 = ok(await readA1(key)).tenant;
    expect(a1.name).toBe('甲一社区');
    expect(a1.partnerships.map((p: any) => p.partnerUnit.name)).toEqual(['某银行']);
    expect(await myTenants(key)).toEqual(['乙一社区', '甲一社区']);

    // Ended by the street: the next request no longer reaches 甲一社区.
    ok(await server.gql(END, { input: { id: signed.id } }, { token: tokens.streetA }));
    expect((await readA1(key)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect(await myTenants(key)).toEqual(['乙一社区']);
  });

  it('does not open a tenant for an agreement that has not started or whose period ran out', async () => {
    const school = await registerPartner(server.db, { name: '培训学校' });
    const key = await issueKey(server.db, Role.PARTNER, { partnerUnit: school });
    await createPartnership(server.db, school, tree.communityA1, {
      signedOn: '2024-01-01',
      startsOn: '2099-01-01',
    });
    await createPartnership(server.db, school, tree.communityA2, { endsOn: '2024-12-31' });
    expect((await readA1(key)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect(await myTenants(key)).toEqual([]);
  });

  it('refuses the partner-tenant list to anyone but a partner', async () => {
    expect((await server.gql(MY_TENANTS)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(MY_TENANTS, {}, { token: tokens.adminA1 })).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});
