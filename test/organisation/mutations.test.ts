import type { EntityClass } from '@mikro-orm/core';
import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { Grid } from '../../api/modules/organisation/grid.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import { MicroGrid } from '../../api/modules/organisation/micro-grid.entity';
import { GridAssignment } from '../../api/modules/organisation/grid-assignment.entity';
import { CommunityProfile } from '../../api/modules/organisation/community-profile.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createGrid, createPerson, idNumberFor } from '../factories/organisation';

const GRID_CREATE = `mutation($input: GridCreateInput!) {
  gridCreate(input: $input) { grid { id code name description community { name } } }
}`;
const PERSON_CREATE = `mutation($input: PersonCreateInput!) { personCreate(input: $input) { person { id name } } }`;
const MICRO_GRID_CREATE = `mutation($input: MicroGridCreateInput!) {
  microGridCreate(input: $input) { microGrid { code kind grid { code } leader { name } } }
}`;
const ASSIGN = `mutation($input: GridAssignmentCreateInput!) {
  gridAssignmentCreate(input: $input) { gridAssignment { id role startedOn endedOn person { name } grid { code } } }
}`;
const END = `mutation($input: GridAssignmentEndInput!) {
  gridAssignmentEnd(input: $input) { gridAssignment { endedOn } }
}`;

const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

describe('organisation writes: community admin only, validated, within its own community', () => {
  let server: TestServer;
  let tree: TenantTree;
  const tokens: Record<string, string> = {};
  const count = (entity: EntityClass<object>) => server.db.owner.em.fork().count(entity, {});

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    tokens.adminA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.streetA = await userSession(server.db, Role.STREET_ADMIN, tree.streetA);
    tokens.workerA1 = await userSession(server.db, Role.GRID_WORKER, tree.communityA1);
    tokens.integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
  });
  afterAll(() => server.close());

  describe('gridCreate', () => {
    const input = { code: 'G01', name: '第一网格', description: '嵩山路以东' };

    it('is UNAUTHENTICATED without credentials and FORBIDDEN for integrators, street admins and grid workers', async () => {
      const none = await server.gql(GRID_CREATE, { input });
      expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      for (const token of [tokens.integrator, tokens.streetA, tokens.workerA1]) {
        const res = await server.gql(GRID_CREATE, { input }, { token });
        expect(res.data).toBeNull();
        expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      expect(await count(Grid)).toBe(0);
    });

    it('creates a grid in the admin’s own community, and a second one with the same code is a CONFLICT', async () => {
      const res = await server.gql(GRID_CREATE, { input }, { token: tokens.adminA1 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.gridCreate.grid).toMatchObject({
        code: 'G01',
        name: '第一网格',
        community: { name: '甲一社区' },
      });
      const stored = await server.db.owner.em.fork().findOneOrFail(Grid, { code: 'G01' });
      expect(stored.tenant.id).toBe(tree.communityA1.id);

      const again = await server.gql(GRID_CREATE, { input }, { token: tokens.adminA1 });
      expect(again.errors![0].extensions.code).toBe('CONFLICT');
      expect(await count(Grid)).toBe(1);
    });

    it('rejects an invalid code with BAD_USER_INPUT naming the field', async () => {
      const res = await server.gql(
        GRID_CREATE,
        { input: { code: 'G 02!', name: 'x' } },
        { token: tokens.adminA1 },
      );
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    });
  });

  describe('gridUpdate', () => {
    it('changes the admin’s own grid and is NOT_FOUND for a sibling community’s grid', async () => {
      const own = await createGrid(server.db, tree.communityA1, 'U01');
      const sibling = await createGrid(server.db, tree.communityA2, 'U02');
      const UPDATE = `mutation($input: GridUpdateInput!) { gridUpdate(input: $input) { grid { code name description } } }`;
      const res = await server.gql(
        UPDATE,
        { input: { id: gid('Grid', own), name: '新名称', description: null } },
        { token: tokens.adminA1 },
      );
      expect(res.data!.gridUpdate.grid).toEqual({ code: 'U01', name: '新名称', description: null });
      const other = await server.gql(
        UPDATE,
        { input: { id: gid('Grid', sibling), name: '越权' } },
        { token: tokens.adminA1 },
      );
      expect(other.errors![0].extensions.code).toBe('NOT_FOUND');
      expect((await server.db.owner.em.fork().findOneOrFail(Grid, sibling.id)).name).toBe('U02网格');
      const streetAdmin = await server.gql(
        UPDATE,
        { input: { id: gid('Grid', own), name: 'x' } },
        { token: tokens.streetA },
      );
      expect(streetAdmin.errors![0].extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('personCreate', () => {
    const idNumber = idNumberFor('19800102');

    it('stores a valid person and takes the birth date from the ID number', async () => {
      const res = await server.gql(
        PERSON_CREATE,
        { input: { name: '王芳', phone: '13712345678', idNumber, address: '嵩山路1号院3栋2单元501' } },
        { token: tokens.adminA1 },
      );
      expect(res.errors).toBeUndefined();
      // Even for the admin who typed it, the response is masked unless the mutation states @reveal.
      expect(res.data!.personCreate.person.name).toBe('王**');
      const stored = await server.db.owner.em.fork().findOneOrFail(Person, { idNumber });
      expect(stored).toMatchObject({ name: '王芳', phone: '13712345678', birthDate: '1980-01-02' });
      expect(stored.tenant.id).toBe(tree.communityA1.id);
    });

    it.each([
      ['phone', { phone: '12345' }],
      ['phone', { phone: '+86 13712345678' }],
      ['idNumber', { idNumber: idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0') }],
      ['birthDate', { birthDate: '2999-01-01' }],
      ['birthDate', { idNumber: idNumberFor('19900505', '002'), birthDate: '1990-05-06' }],
      ['name', { name: '' }],
    ])('rejects an invalid %s with BAD_USER_INPUT naming the field, storing nothing', async (field, bad) => {
      const before = await count(Person);
      const res = await server.gql(
        PERSON_CREATE,
        { input: { name: '赵六', ...bad } },
        { token: tokens.adminA1 },
      );
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count(Person)).toBe(before);
    });

    it('is FORBIDDEN for an integrator and UNAUTHENTICATED without credentials', async () => {
      const res = await server.gql(PERSON_CREATE, { input: { name: '赵六' } }, { token: tokens.integrator });
      expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      const none = await server.gql(PERSON_CREATE, { input: { name: '赵六' } });
      expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('personUpdate', () => {
    it('changes and clears fields, keeps the birth date consistent with the ID number, and walls siblings', async () => {
      const person = await createPerson(server.db, tree.communityA1, { name: '孙七', phone: '13600001111' });
      const UPDATE = `mutation($input: PersonUpdateInput!) { personUpdate(input: $input) { person { id } } }`;
      const res = await server.gql(
        UPDATE,
        { input: { id: gid('Person', person), phone: null, idNumber: idNumberFor('19700707', '003') } },
        { token: tokens.adminA1 },
      );
      expect(res.errors).toBeUndefined();
      const stored = await server.db.owner.em.fork().findOneOrFail(Person, person.id);
      expect(stored).toMatchObject({ name: '孙七', birthDate: '1970-07-07' });
      expect(stored.phone ?? null).toBeNull();

      const mismatch = await server.gql(
        UPDATE,
        { input: { id: gid('Person', person), birthDate: '1970-07-08' } },
        { token: tokens.adminA1 },
      );
      expect(mismatch.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate' });

      const sibling = await createPerson(server.db, tree.communityA2, { name: '周八' });
      const other = await server.gql(
        UPDATE,
        { input: { id: gid('Person', sibling), name: 'x' } },
        { token: tokens.adminA1 },
      );
      expect(other.errors![0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('microGridCreate and assignments reference rows of the admin’s own community only', () => {
    let grid: Grid;
    let person: Person;
    let siblingGrid: Grid;
    let siblingPerson: Person;

    beforeAll(async () => {
      grid = await createGrid(server.db, tree.communityA1, 'M01');
      person = await createPerson(server.db, tree.communityA1, { name: '陈九' });
      siblingGrid = await createGrid(server.db, tree.communityA2, 'M02');
      siblingPerson = await createPerson(server.db, tree.communityA2, { name: '吴十' });
    });

    it('creates a micro-grid with its leader, and another community’s grid or leader is NOT_FOUND', async () => {
      const input = {
        gridId: gid('Grid', grid),
        code: 'M01-1',
        name: '嵩山路1号',
        kind: 'COMPOUND',
        leaderId: gid('Person', person),
      };
      const ok = await server.gql(MICRO_GRID_CREATE, { input }, { token: tokens.adminA1 });
      expect(ok.data!.microGridCreate.microGrid).toEqual({
        code: 'M01-1',
        kind: 'COMPOUND',
        grid: { code: 'M01' },
        leader: { name: '陈**' },
      });
      const before = await count(MicroGrid);
      for (const bad of [{ gridId: gid('Grid', siblingGrid) }, { leaderId: gid('Person', siblingPerson) }]) {
        const res = await server.gql(
          MICRO_GRID_CREATE,
          { input: { ...input, code: 'M01-2', ...bad } },
          { token: tokens.adminA1 },
        );
        expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      // An id of the wrong type is a bad input, not a lookup.
      const wrongType = await server.gql(
        MICRO_GRID_CREATE,
        { input: { ...input, code: 'M01-3', gridId: gid('Person', person) } },
        { token: tokens.adminA1 },
      );
      expect(wrongType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gridId' });
      expect(await count(MicroGrid)).toBe(before);
    });

    it('assigns a person to a grid, ends the assignment once, and keeps it as history', async () => {
      const input = {
        gridId: gid('Grid', grid),
        personId: gid('Person', person),
        role: 'GRID_LEADER',
        startedOn: '2024-03-01',
      };
      const created = await server.gql(ASSIGN, { input }, { token: tokens.adminA1 });
      expect(created.errors).toBeUndefined();
      const assignment = created.data!.gridAssignmentCreate.gridAssignment;
      expect(assignment).toMatchObject({
        role: 'GRID_LEADER',
        startedOn: '2024-03-01',
        endedOn: null,
        grid: { code: 'M01' },
      });

      const twice = await server.gql(ASSIGN, { input }, { token: tokens.adminA1 });
      expect(twice.errors![0].extensions.code).toBe('CONFLICT');

      const early = await server.gql(
        END,
        { input: { id: assignment.id, endedOn: '2024-02-01' } },
        { token: tokens.adminA1 },
      );
      expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endedOn' });
      const ended = await server.gql(
        END,
        { input: { id: assignment.id, endedOn: '2024-06-30' } },
        { token: tokens.adminA1 },
      );
      expect(ended.data!.gridAssignmentEnd.gridAssignment.endedOn).toBe('2024-06-30');
      const again = await server.gql(END, { input: { id: assignment.id } }, { token: tokens.adminA1 });
      expect(again.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'ENDED' });

      const HISTORY = `query($id: ID!) { grid(id: $id) { active: assignments { role } all: assignments(activeOnly: false) { endedOn } } }`;
      const history = await server.gql(HISTORY, { id: gid('Grid', grid) }, { token: tokens.adminA1 });
      expect(history.data!.grid).toEqual({ active: [], all: [{ endedOn: '2024-06-30' }] });
    });

    it('is NOT_FOUND for another community’s person or grid, and FORBIDDEN for a street admin', async () => {
      const before = await count(GridAssignment);
      for (const bad of [{ personId: gid('Person', siblingPerson) }, { gridId: gid('Grid', siblingGrid) }]) {
        const input = {
          gridId: gid('Grid', grid),
          personId: gid('Person', person),
          role: 'VOLUNTEER',
          ...bad,
        };
        const res = await server.gql(ASSIGN, { input }, { token: tokens.adminA1 });
        expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      const input = { gridId: gid('Grid', grid), personId: gid('Person', person), role: 'VOLUNTEER' };
      const street = await server.gql(ASSIGN, { input }, { token: tokens.streetA });
      expect(street.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(await count(GridAssignment)).toBe(before);
    });
  });

  describe('communityProfileUpdate', () => {
    const UPDATE = `mutation($input: CommunityProfileUpdateInput!) {
      communityProfileUpdate(input: $input) { profile { areaKm2 foundedOn compounds buildings compoundsWithoutPropertyManager community { name } } }
    }`;

    it('creates the profile on first use, then updates only the given fields', async () => {
      const first = await server.gql(
        UPDATE,
        {
          input: {
            areaKm2: 0.5,
            foundedOn: '2003-10-01',
            compounds: 15,
            buildings: 95,
            compoundsWithoutPropertyManager: 10,
          },
        },
        { token: tokens.adminA1 },
      );
      expect(first.errors).toBeUndefined();
      const second = await server.gql(UPDATE, { input: { buildings: 96 } }, { token: tokens.adminA1 });
      expect(second.data!.communityProfileUpdate.profile).toEqual({
        areaKm2: 0.5,
        foundedOn: '2003-10-01',
        compounds: 15,
        buildings: 96,
        compoundsWithoutPropertyManager: 10,
        community: { name: '甲一社区' },
      });
      expect(await count(CommunityProfile)).toBe(1);
      const read = await server.gql(
        `query($id: ID!) { tenant(id: $id) { profile { buildings } } }`,
        { id: gid('Tenant', tree.communityA1) },
        { token: tokens.streetA },
      );
      expect(read.data!.tenant.profile).toEqual({ buildings: 96 });
    });

    it('rejects inconsistent counts and a future founding date, and other roles', async () => {
      const tooMany = await server.gql(
        UPDATE,
        { input: { compoundsWithoutPropertyManager: 99 } },
        { token: tokens.adminA1 },
      );
      expect(tooMany.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'compoundsWithoutPropertyManager',
      });
      const future = await server.gql(
        UPDATE,
        { input: { foundedOn: '2999-01-01' } },
        { token: tokens.adminA1 },
      );
      expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'foundedOn' });
      const negative = await server.gql(UPDATE, { input: { buildings: -1 } }, { token: tokens.adminA1 });
      expect(negative.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'buildings' });
      const street = await server.gql(UPDATE, { input: { buildings: 1 } }, { token: tokens.streetA });
      expect(street.errors![0].extensions.code).toBe('FORBIDDEN');
      const stored = await server.db.owner.em
        .fork()
        .findOneOrFail(CommunityProfile, { tenant: tree.communityA1.id });
      expect(stored.buildings).toBe(96);
    });
  });
});
