import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { AuditRecord } from '../../api/core/privacy/audit-record.entity';
import type { Person } from '../../api/modules/organisation/person.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createPerson, idNumberFor } from '../factories/organisation';

const FIELDS = 'name phone idNumber address birthDate';
const PERSON = `query($id: ID!) { person(id: $id) { ${FIELDS} } }`;
const REVEAL = `query Q($id: ID!) @reveal(purpose: HOME_VISIT) { person(id: $id) { ${FIELDS} } }`;
const AUDIT_LOG = `query($subject: ID, $communityId: ID) {
  auditLog(first: 100, subjectPersonId: $subject, communityId: $communityId) {
    totalCount edges { node { actorKind actorName role purpose entityType field createdAt subject { id } } }
  }
}`;
const MY_READS = `query { myPersonalDataReads(first: 50) {
  totalCount edges { node { actorName role purpose field createdAt subject { name } } }
} }`;

const PLAIN = {
  name: '徐明',
  phone: '13812341234',
  idNumber: idNumberFor('19500304'),
  address: '淮河路街道绿云社区3号楼2单元401室',
  birthDate: '1950-03-04',
};
const MASKED = {
  name: '徐**',
  phone: '138****1234',
  idNumber: null,
  address: '淮河路街道绿云社区3号楼',
  birthDate: '1950',
};

describe('personal data: masked by default, revealed only to owning staff, every reveal audited', () => {
  let server: TestServer;
  let tree: TenantTree;
  let person: Person;
  let personId: string;
  const tokens: Record<string, string> = {};
  const auditRows = () => server.db.owner.em.fork().find(AuditRecord, {}, { orderBy: { field: 'asc' } });

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    person = await createPerson(server.db, tree.communityA1, PLAIN);
    personId = toGlobalId('Person', person.id);
    const db = server.db;
    tokens.adminA1 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA1, { name: '社区干部甲' });
    tokens.adminA2 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.streetA = await userSession(db, Role.STREET_ADMIN, tree.streetA);
    tokens.resident = await userSession(db, Role.RESIDENT, tree.communityA1, { personId: person.id });
    tokens.integrator = await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
  });
  afterAll(() => server.close());

  it('masks every personal field for every reader by default, the owning admin included', async () => {
    for (const token of [tokens.adminA1, tokens.streetA, tokens.integrator]) {
      const res = await server.gql(PERSON, { id: personId }, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data!.person).toEqual(MASKED);
    }
    expect(await auditRows()).toHaveLength(0);
  });

  it('reveals plain values to the owning community admin with a purpose, writing one audit row per value', async () => {
    const res = await server.gql(REVEAL, { id: personId }, { token: tokens.adminA1 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.person).toEqual(PLAIN);

    // Written before the response was sent: visible to the owner as soon as the response arrives.
    const rows = await auditRows();
    expect(rows.map((r) => r.field)).toEqual(['address', 'birthDate', 'idNumber', 'name', 'phone']);
    for (const row of rows) {
      expect(row).toMatchObject({
        actorKind: 'USER',
        actorName: '社区干部甲',
        role: Role.COMMUNITY_ADMIN,
        purpose: 'HOME_VISIT',
        entityType: 'Person',
        entityId: person.id,
        subjectPersonId: person.id,
      });
      expect(row.tenant.id).toBe(tree.communityA1.id);
    }

    const log = await server.gql(AUDIT_LOG, { subject: personId }, { token: tokens.adminA1 });
    expect(log.errors).toBeUndefined();
    expect(log.data!.auditLog.totalCount).toBe(5);
    expect(log.data!.auditLog.edges[0].node).toMatchObject({
      actorName: '社区干部甲',
      role: 'COMMUNITY_ADMIN',
      purpose: 'HOME_VISIT',
      entityType: 'Person',
      subject: { id: personId },
    });
  });

  it('refuses @reveal to a district integrator (FORBIDDEN) and writes nothing', async () => {
    const res = await server.gql(REVEAL, { id: personId }, { token: tokens.integrator });
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await auditRows()).toHaveLength(5);
  });

  it('keeps values masked for a street admin (staff, but not of the owning community) and writes nothing', async () => {
    const res = await server.gql(REVEAL, { id: personId }, { token: tokens.streetA });
    expect(res.errors).toBeUndefined();
    expect(res.data!.person).toEqual(MASKED);
    expect(await auditRows()).toHaveLength(5);
  });

  it('shows the audit log to the owning community admin only', async () => {
    const sibling = await server.gql(AUDIT_LOG, {}, { token: tokens.adminA2 });
    expect(sibling.data!.auditLog.totalCount).toBe(0);
    const siblingFilter = await server.gql(
      AUDIT_LOG,
      { communityId: toGlobalId('Tenant', tree.communityA1.id) },
      { token: tokens.adminA2 },
    );
    expect(siblingFilter.errors![0].extensions.code).toBe('NOT_FOUND');
    for (const token of [tokens.streetA, tokens.integrator, tokens.resident]) {
      const res = await server.gql(AUDIT_LOG, {}, { token });
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    const none = await server.gql(AUDIT_LOG, {});
    expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets a resident see who read their own data, and nobody else’s', async () => {
    const res = await server.gql(MY_READS, {}, { token: tokens.resident });
    expect(res.errors).toBeUndefined();
    expect(res.data!.myPersonalDataReads.totalCount).toBe(5);
    expect(res.data!.myPersonalDataReads.edges.map((e: any) => e.node.field).sort()).toEqual([
      'address',
      'birthDate',
      'idNumber',
      'name',
      'phone',
    ]);
    expect(res.data!.myPersonalDataReads.edges[0].node).toMatchObject({
      actorName: '社区干部甲',
      role: 'COMMUNITY_ADMIN',
      purpose: 'HOME_VISIT',
      subject: { name: '徐**' },
    });

    const other = await createPerson(server.db, tree.communityA1, { name: '李四' });
    const neighbour = await userSession(server.db, Role.RESIDENT, tree.communityA1, { personId: other.id });
    const theirs = await server.gql(MY_READS, {}, { token: neighbour });
    expect(theirs.data!.myPersonalDataReads.totalCount).toBe(0);

    const admin = await server.gql(MY_READS, {}, { token: tokens.adminA1 });
    expect(admin.errors![0].extensions.code).toBe('FORBIDDEN');
    const none = await server.gql(MY_READS, {});
    expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('audits reveals in lists row by row, and the same value read twice once', async () => {
    const before = (await auditRows()).length;
    const LIST = `query @reveal(purpose: CASE_HANDLING) {
      persons(first: 10) { edges { node { name again: name } } }
    }`;
    const res = await server.gql(LIST, {}, { token: tokens.adminA1 });
    expect(res.errors).toBeUndefined();
    const names = res.data!.persons.edges.map((e: any) => e.node.name).sort();
    expect(names).toEqual(['李四', '徐明'].sort());
    const after = await auditRows();
    expect(after.length - before).toBe(2);
    expect(after.filter((r) => r.purpose === 'CASE_HANDLING').map((r) => r.field)).toEqual(['name', 'name']);
  });

  describe('fail closed', () => {
    const conn = () => server.db.owner.em.getConnection();
    afterEach(() => conn().execute('alter table audit_record drop constraint if exists audit_fail'));

    it('sends an error and no data when the audit record cannot be written; unaudited reads still work', async () => {
      const before = (await auditRows()).length;
      await conn().execute('alter table audit_record add constraint audit_fail check (false) not valid');

      const res = await server.gql(REVEAL, { id: personId }, { token: tokens.adminA1 });
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(res)).not.toContain('13812341234');

      const masked = await server.gql(PERSON, { id: personId }, { token: tokens.adminA1 });
      expect(masked.errors).toBeUndefined();
      expect(masked.data!.person).toEqual(MASKED);
      expect(await auditRows()).toHaveLength(before);
    });
  });
});
