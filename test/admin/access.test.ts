import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import {
  API_KEY_ISSUE,
  API_KEY_REVOKE,
  API_KEYS,
  ROLE_ASSIGNMENT_CREATE,
  ROLE_ASSIGNMENT_REVOKE,
  TENANT_CREATE,
  USER_CREATE,
} from './operations';

const uuid = '00000000-0000-4000-8000-000000000000';

describe('the admin path is for PLATFORM_ADMIN only', () => {
  let server: TestServer;
  let tree: TenantTree;
  let others: [string, string][];

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    others = [
      ['district integrator', await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district })],
      ['street admin', await userSession(server.db, Role.STREET_ADMIN, tree.streetA)],
      ['community admin', await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1)],
    ];
  });
  afterAll(() => server.close());

  const tenantCount = async () =>
    (
      await server.db.owner.em
        .fork()
        .getConnection()
        .execute<{ n: number }[]>(
          '(select count(*)::int as n from tenant) union all (select count(*)::int from api_key) union all ' +
            '(select count(*)::int from user_account) union all (select count(*)::int from partner_unit)',
        )
    ).map((r) => r.n);

  const operations = (): [string, string, Record<string, unknown>][] => [
    [
      'tenantCreate',
      TENANT_CREATE,
      {
        input: {
          kind: 'COMMUNITY',
          code: `${tree.streetA.code.slice(0, 9)}999`,
          name: 'x',
          parentId: toGlobalId('Tenant', tree.streetA.id),
        },
      },
    ],
    ['apiKeyIssue', API_KEY_ISSUE, { input: { role: 'PLATFORM_ADMIN', name: 'x' } }],
    ['apiKeyRevoke', API_KEY_REVOKE, { input: { id: toGlobalId('ApiKey', uuid) } }],
    ['apiKeys', API_KEYS, {}],
    [
      'userCreate',
      USER_CREATE,
      { input: { username: 'intruder', displayName: 'x', password: 'long enough password' } },
    ],
    [
      'roleAssignmentCreate',
      ROLE_ASSIGNMENT_CREATE,
      {
        input: {
          userId: toGlobalId('User', uuid),
          role: 'COMMUNITY_ADMIN',
          tenantId: toGlobalId('Tenant', tree.communityA1.id),
        },
      },
    ],
    ['roleAssignmentRevoke', ROLE_ASSIGNMENT_REVOKE, { input: { id: toGlobalId('RoleAssignment', uuid) } }],
    // partnerUnitRegister, partnershipCreate and partnershipEnd are also open to street and community
    // admins for their own tenants: their roles are tested in test/partners/roles.test.ts.
  ];

  it('answers every admin operation without credentials with UNAUTHENTICATED', async () => {
    const before = await tenantCount();
    for (const [name, query, variables] of operations()) {
      const res = await server.gql(query, variables);
      expect([name, res.errors?.[0].extensions.code]).toEqual([name, 'UNAUTHENTICATED']);
      expect(res.data).toBeNull();
    }
    expect(await tenantCount()).toEqual(before);
  });

  it('answers every admin operation for any other role with FORBIDDEN, storing nothing', async () => {
    const before = await tenantCount();
    for (const [who, token] of others) {
      for (const [name, query, variables] of operations()) {
        const res = await server.gql(query, variables, { token });
        expect([who, name, res.errors?.[0].extensions.code]).toEqual([who, name, 'FORBIDDEN']);
      }
    }
    expect(await tenantCount()).toEqual(before);
  });

  it('does not let `node(id:)` reach keys, users or role assignments from another role', async () => {
    const [, integrator] = others[0];
    const res = await server.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: toGlobalId('ApiKey', uuid) },
      { token: integrator },
    );
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
