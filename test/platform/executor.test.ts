import { startSecondInstance, startTestServer, type TestServer } from '../support/server';
import { loadDemoTenants, type DemoPrincipals } from '../../api/modules/admin/demo-tenants';

/**
 * Operations run on graphql-jit (the default) and answer exactly as on graphql-js
 * (GRAPHQL_JIT=false): the same data, masked alike, the same refetch through the Node interface,
 * the same error codes, paths and locations. Two instances on one database, one per executor.
 */
describe('graphql-jit executes as graphql-js does', () => {
  let jit: TestServer;
  let js: TestServer;
  let principals: DemoPrincipals;

  beforeAll(async () => {
    jit = await startTestServer();
    js = await startSecondInstance(jit, { graphqlJit: false });
    principals = (await loadDemoTenants(jit.db)).principals;
  });
  afterAll(async () => {
    await js.close();
    await jit.close();
  });

  const integrator = () => principals.integrators[0].apiKey;

  async function both(query: string, variables: Record<string, unknown> = {}, token = integrator()) {
    const [a, b] = await Promise.all([
      jit.gql(query, variables, { token }),
      js.gql(query, variables, { token }),
    ]);
    const strip = (r: typeof a) => ({ status: r.status, data: r.data, errors: r.errors });
    expect(strip(a)).toEqual(strip(b));
    return a;
  }

  it('answers the nested community query alike, personal data masked', async () => {
    const res = await both(`{
      communities(first: 20) { totalCount edges { node { id name grids { name microGrids { name leader { name } }
        assignments { role person { name phone } } } } } }
    }`);
    const phones = JSON.stringify(res.data).match(/"phone":"[^"]*"/g) ?? [];
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.every((p) => p.includes('****'))).toBe(true);
  });

  it('refetches through node(id:) alike (the Node interface resolves its type at once)', async () => {
    const list = await both('{ communities(first: 1) { edges { node { id name } } } }');
    const { id, name } = list.data!.communities.edges[0].node;
    const res = await both('query ($id: ID!) { node(id: $id) { __typename id ... on Tenant { name } } }', {
      id,
    });
    expect(res.data!.node).toEqual({ __typename: 'Tenant', id, name });
  });

  it('reports errors alike: codes, paths and locations', async () => {
    const notFound = await both(
      '{ node(id: "VGVuYW50OjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA") { id } }',
    );
    expect(notFound.errors![0].extensions.code).toBe('NOT_FOUND');
    const badId = await both('{ node(id: "not-a-global-id") { id } }');
    expect(badId.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badId.errors![0].path).toEqual(['node']);
    const anonymous = await both('{ communities(first: 1) { totalCount } }', {}, '');
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const badVariable = await both('query ($first: Int) { communities(first: $first) { totalCount } }', {
      first: 'ten',
    });
    expect(badVariable.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
