import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';

const COMMUNITIES = `query Communities($first: Int, $under: ID) {
  communities(first: $first, under: $under) { totalCount edges { node { id name code kind parent { name } } } }
}`;

describe('tenant scope: a principal sees its node and subtree, never a sibling', () => {
  let server: TestServer;
  let tree: TenantTree;
  let integrator: string;
  let streetA: string;
  let communityA1: string;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
    streetA = await userSession(server.db, Role.STREET_ADMIN, tree.streetA);
    communityA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
  });
  afterAll(() => server.close());

  it('gives a district integrator every community of its subtree, each attributed to its street', async () => {
    const res = await server.gql(COMMUNITIES, {}, { token: integrator });
    expect(res.errors).toBeUndefined();
    expect(res.data!.communities.totalCount).toBe(3);
    const rows = res.data!.communities.edges.map((e: any) => [e.node.name, e.node.parent.name]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['甲一社区', '甲街道'],
        ['甲二社区', '甲街道'],
        ['乙一社区', '乙街道'],
      ]),
    );
  });

  it('gives a street admin its own communities only', async () => {
    const res = await server.gql(COMMUNITIES, {}, { token: streetA });
    expect(res.data!.communities.edges.map((e: any) => e.node.name).sort()).toEqual(['甲一社区', '甲二社区']);
  });

  it('gives a community admin only itself, and NOT_FOUND for a sibling', async () => {
    const res = await server.gql(COMMUNITIES, {}, { token: communityA1 });
    expect(res.data!.communities.edges.map((e: any) => e.node.name)).toEqual(['甲一社区']);
    const sibling = await server.gql(
      `query($id: ID!) { tenant(id: $id) { name } }`,
      { id: toGlobalId('Tenant', tree.communityA2.id) },
      { token: communityA1 },
    );
    expect(sibling.data).toBeNull();
    expect(sibling.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('rejects a request without credentials with UNAUTHENTICATED and an unknown key likewise', async () => {
    const none = await server.gql(COMMUNITIES);
    expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const bad = await server.gql(COMMUNITIES, {}, { token: 'gk_not-a-real-key' });
    expect(bad.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(bad.errors![0].message).toMatch(/not valid/);
  });
});
