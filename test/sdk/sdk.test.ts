import { createClient, GridApiError } from '../../clients/client';
import {
  AuditLogDocument,
  CommunitiesDocument,
  CommunityOrganisationDocument,
  GridAssignmentCreateDocument,
  GridCreateDocument,
  IntegratorCommunityTreeDocument,
  MeDocument,
  PersonCreateDocument,
  PersonsForHomeVisitDocument,
  SessionCreateDocument,
} from '../../clients/sdk/graphql';
import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, passwordUser } from '../factories/principals';
import { idNumberFor } from '../factories/organisation';

/**
 * The generated SDK (clients/sdk, from clients/operations) driving the real server over HTTP:
 * a community admin logs in and builds a grid, the integrator reads it masked, the admin reads
 * it revealed for a home visit, and the audit log shows that read.
 */
describe('generated SDK against the server', () => {
  let server: TestServer;
  let tree: TenantTree;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    await passwordUser(server.db, {
      username: 'sdk.admin',
      password: 'correct horse battery',
      role: Role.COMMUNITY_ADMIN,
      tenant: tree.communityA1,
      displayName: '社区管理员',
    });
  });
  afterAll(() => server.close());

  it('runs a community day and an integrator read through the typed operations', async () => {
    const anonymous = createClient({ url: server.url });
    const login = await anonymous.request(SessionCreateDocument, {
      input: { username: 'sdk.admin', password: 'correct horse battery' },
    });
    expect(login.sessionCreate.user.roles).toEqual(['COMMUNITY_ADMIN']);

    const admin = createClient({ url: server.url, token: login.sessionCreate.token });
    const me = await admin.request(MeDocument);
    expect(me.me.scope.map((t) => t.name)).toEqual(['甲一社区']);

    const { gridCreate } = await admin.request(GridCreateDocument, {
      input: { code: 'G01', name: '第一网格' },
    });
    const { personCreate } = await admin.request(PersonCreateDocument, {
      input: {
        name: '徐明华',
        phone: '13812341234',
        idNumber: idNumberFor('19580304'),
        address: '甲一社区3号楼2单元401室',
      },
    });
    expect(personCreate.person.name).toBe('徐**');
    await admin.request(GridAssignmentCreateDocument, {
      input: { gridId: gridCreate.grid.id, personId: personCreate.person.id, role: 'GRID_WORKER' },
    });

    const integrator = createClient({
      url: server.url,
      token: await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district }),
    });
    const page = await integrator.request(CommunitiesDocument, { first: 10 });
    expect(page.communities.totalCount).toBe(3);
    const tree1 = await integrator.request(IntegratorCommunityTreeDocument, { first: 10 });
    const mine = tree1.communities.edges.find((e) => e.node.name === '甲一社区')!;
    expect(mine.node.grids[0].assignments[0].person).toEqual({ name: '徐**', phone: '138****1234' });

    const organisation = await integrator.request(CommunityOrganisationDocument, {
      id: toGlobalId('Tenant', tree.communityA1.id),
    });
    expect(organisation.tenant.grids.map((g) => g.code)).toEqual(['G01']);

    const visit = await admin.execute(PersonsForHomeVisitDocument, { first: 10 });
    expect(visit.data.persons.edges[0].node).toMatchObject({
      name: '徐明华',
      phone: '13812341234',
      address: '甲一社区3号楼2单元401室',
    });
    expect(visit.extensions?.cost?.remaining).toEqual(expect.any(Number));

    const audit = await admin.request(AuditLogDocument, { first: 10 });
    expect(audit.auditLog.edges.map((e) => [e.node.field, e.node.purpose]).sort()).toEqual([
      ['address', 'HOME_VISIT'],
      ['name', 'HOME_VISIT'],
      ['phone', 'HOME_VISIT'],
    ]);

    await expect(integrator.request(PersonsForHomeVisitDocument, { first: 10 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      integrator.request(GridCreateDocument, { input: { code: 'G02', name: 'x' } }),
    ).rejects.toBeInstanceOf(GridApiError);
  });
});
