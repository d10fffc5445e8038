import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import type { Grid } from '../../api/modules/organisation/grid.entity';
import type { Person } from '../../api/modules/organisation/person.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import {
  createAssignment,
  createGrid,
  createMicroGrid,
  createPerson,
  idNumberFor,
} from '../factories/organisation';

const GRIDS = `query($communityId: ID) {
  grids(first: 100, communityId: $communityId) { totalCount edges { node { code name community { name } } } }
}`;
const PERSONS = `query($search: String, $communityId: ID) {
  persons(first: 100, search: $search, communityId: $communityId) {
    totalCount edges { node { name phone idNumber address birthDate community { name } } }
  }
}`;
const GRID = `query($id: ID!) { grid(id: $id) { code microGrids { code } } }`;
const PERSON = `query($id: ID!) { person(id: $id) { name } }`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;

const codes = (res: any, key: string) => res.data[key].edges.map((e: any) => e.node.code).sort();
const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

describe('organisation reads: tenant isolation, roles and masking', () => {
  let server: TestServer;
  let tree: TenantTree;
  let gridA1: Grid;
  let gridA2: Grid;
  let personA1: Person;
  let personA2: Person;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    gridA1 = await createGrid(server.db, tree.communityA1, 'A1-G01');
    gridA2 = await createGrid(server.db, tree.communityA2, 'A2-G01');
    await createGrid(server.db, tree.communityB1, 'B1-G01');
    personA1 = await createPerson(server.db, tree.communityA1, {
      name: '徐明',
      phone: '13812341234',
      idNumber: idNumberFor('19500304'),
      address: '淮河路街道绿云社区3号楼2单元401室',
      birthDate: '1950-03-04',
    });
    personA2 = await createPerson(server.db, tree.communityA2, { name: '李华', phone: '13900001111' });
    await createMicroGrid(server.db, gridA1, 'A1-M01', { name: '嵩山路1号', leader: personA1 });
    await createAssignment(server.db, gridA1, personA1);
    const db = server.db;
    tokens.adminA1 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.adminA2 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.streetA = await userSession(db, Role.STREET_ADMIN, tree.streetA);
    tokens.workerA1 = await userSession(db, Role.GRID_WORKER, tree.communityA1, { gridIds: [gridA1.id] });
    tokens.residentA1 = await userSession(db, Role.RESIDENT, tree.communityA1);
    tokens.teamLeaderA1 = await userSession(db, Role.TEAM_LEADER, tree.communityA1);
    tokens.integrator = await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
  });
  afterAll(() => server.close());

  it('never shows a sibling community its neighbour’s grids or people, in lists or by id', async () => {
    const grids = await server.gql(GRIDS, {}, { token: tokens.adminA1 });
    expect(codes(grids, 'grids')).toEqual(['A1-G01']);
    const persons = await server.gql(PERSONS, {}, { token: tokens.adminA1 });
    expect(persons.data!.persons.edges.map((e: any) => e.node.name)).toEqual(['徐**']);

    const otherGrids = await server.gql(GRIDS, {}, { token: tokens.adminA2 });
    expect(codes(otherGrids, 'grids')).toEqual(['A2-G01']);

    for (const [query, id] of [
      [GRID, gid('Grid', gridA2)],
      [PERSON, gid('Person', personA2)],
      [NODE, gid('Grid', gridA2)],
      [NODE, gid('Person', personA2)],
    ]) {
      const res = await server.gql(query, { id }, { token: tokens.adminA1 });
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
    }
    // The same ids resolve for their own community: NOT_FOUND above is the wall, not a bad id.
    const own = await server.gql(GRID, { id: gid('Grid', gridA2) }, { token: tokens.adminA2 });
    expect(own.data!.grid.code).toBe('A2-G01');

    const filtered = await server.gql(
      GRIDS,
      { communityId: gid('Tenant', tree.communityA2) },
      { token: tokens.adminA1 },
    );
    expect(filtered.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('gives a street admin the grids of its own communities, not another street’s', async () => {
    const res = await server.gql(GRIDS, {}, { token: tokens.streetA });
    expect(codes(res, 'grids')).toEqual(['A1-G01', 'A2-G01']);
    const tenant = await server.gql(
      `query($id: ID!) { tenant(id: $id) { grids { code microGrids { code name } } } }`,
      { id: gid('Tenant', tree.communityA1) },
      { token: tokens.streetA },
    );
    expect(tenant.data!.tenant.grids).toEqual([
      { code: 'A1-G01', microGrids: [{ code: 'A1-M01', name: '嵩山路1号' }] },
    ]);
    // A street is not a community: it has no grids of its own.
    const street = await server.gql(
      `query($id: ID!) { tenant(id: $id) { grids { code } profile { compounds } } }`,
      { id: gid('Tenant', tree.streetA) },
      { token: tokens.streetA },
    );
    expect(street.data!.tenant).toEqual({ grids: [], profile: null });
  });

  it('gives the district integrator its whole subtree, each row attributed, with people masked', async () => {
    const grids = await server.gql(GRIDS, {}, { token: tokens.integrator });
    expect(grids.data!.grids.totalCount).toBe(3);
    const attributed = grids.data!.grids.edges.map((e: any) => [e.node.code, e.node.community.name]);
    expect(attributed.sort()).toEqual([
      ['A1-G01', '甲一社区'],
      ['A2-G01', '甲二社区'],
      ['B1-G01', '乙一社区'],
    ]);
    const persons = await server.gql(PERSONS, {}, { token: tokens.integrator });
    const xu = persons.data!.persons.edges.find((e: any) => e.node.community.name === '甲一社区').node;
    expect(xu).toEqual({
      name: '徐**',
      phone: '138****1234',
      idNumber: null,
      address: '淮河路街道绿云社区3号楼',
      birthDate: '1950',
      community: { name: '甲一社区' },
    });
    expect(persons.data!.persons.totalCount).toBe(2);
  });

  it('lets a grid worker read people and assignments of its community, masked', async () => {
    const res = await server.gql(
      `query($id: ID!) { grid(id: $id) { assignments { role person { name phone } } microGrids { leader { name } } } }`,
      { id: gid('Grid', gridA1) },
      { token: tokens.workerA1 },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.grid.assignments).toEqual([
      { role: 'GRID_WORKER', person: { name: '徐**', phone: '138****1234' } },
    ]);
    expect(res.data!.grid.microGrids[0].leader).toEqual({ name: '徐**' });
  });

  it('lets a resident read the grids and micro-grids of its community but not people or assignments', async () => {
    const grids = await server.gql(
      `query { grids(first: 10) { edges { node { code microGrids { name } } } } }`,
      {},
      { token: tokens.residentA1 },
    );
    expect(grids.data!.grids.edges).toEqual([
      { node: { code: 'A1-G01', microGrids: [{ name: '嵩山路1号' }] } },
    ]);
    const persons = await server.gql(PERSONS, {}, { token: tokens.residentA1 });
    expect(persons.errors![0].extensions.code).toBe('FORBIDDEN');
    const nested = await server.gql(
      `query($id: ID!) { grid(id: $id) { code assignments { role } } }`,
      { id: gid('Grid', gridA1) },
      { token: tokens.residentA1 },
    );
    expect(nested.errors![0].extensions.code).toBe('FORBIDDEN');
    const leader = await server.gql(
      `query($id: ID!) { grid(id: $id) { microGrids { name leader { name } } } }`,
      { id: gid('Grid', gridA1) },
      { token: tokens.residentA1 },
    );
    expect(leader.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(leader.data!.grid.microGrids[0]).toEqual({ name: '嵩山路1号', leader: null });
    const node = await server.gql(NODE, { id: gid('Person', personA1) }, { token: tokens.residentA1 });
    expect(node.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('rejects reads without credentials (UNAUTHENTICATED) and by roles without access (FORBIDDEN)', async () => {
    for (const query of [GRIDS, PERSONS]) {
      const none = await server.gql(query, {});
      expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      const leader = await server.gql(query, {}, { token: tokens.teamLeaderA1 });
      expect(leader.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    const grids = await server.gql(
      `query($id: ID!) { tenant(id: $id) { name grids { code } } }`,
      { id: gid('Tenant', tree.communityA1) },
      { token: tokens.teamLeaderA1 },
    );
    expect(grids.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  describe('search by a personal value', () => {
    it('finds people by exact phone or name prefix for staff of their own community', async () => {
      const byPhone = await server.gql(PERSONS, { search: '13812341234' }, { token: tokens.adminA1 });
      expect(byPhone.data!.persons.edges.map((e: any) => e.node.name)).toEqual(['徐**']);
      const byName = await server.gql(PERSONS, { search: '徐' }, { token: tokens.workerA1 });
      expect(byName.data!.persons.totalCount).toBe(1);
      const miss = await server.gql(PERSONS, { search: '13900001111' }, { token: tokens.adminA1 });
      expect(miss.data!.persons.totalCount).toBe(0);
      const wildcard = await server.gql(PERSONS, { search: '%' }, { token: tokens.adminA1 });
      expect(wildcard.data!.persons.totalCount).toBe(0);
    });

    it('is FORBIDDEN to readers who only see masked values, and never searches outside one’s own tenant', async () => {
      const integrator = await server.gql(PERSONS, { search: '13812341234' }, { token: tokens.integrator });
      expect(integrator.data).toBeNull();
      expect(integrator.errors![0].extensions.code).toBe('FORBIDDEN');
      const scoped = await server.gql(
        PERSONS,
        { search: '徐', communityId: gid('Tenant', tree.communityA1) },
        { token: tokens.streetA },
      );
      expect(scoped.data).toBeNull();
      expect(scoped.errors![0].extensions.code).toBe('FORBIDDEN');
      // A street admin is staff of the street only: its search covers street-owned people, so it
      // cannot confirm a community resident's phone.
      const street = await server.gql(PERSONS, { search: '13812341234' }, { token: tokens.streetA });
      expect(street.data!.persons.totalCount).toBe(0);
      // Without a search the street admin reads its communities' people, masked.
      const list = await server.gql(PERSONS, {}, { token: tokens.streetA });
      expect(list.data!.persons.totalCount).toBe(2);
    });
  });
});
