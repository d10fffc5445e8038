import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import type { Person } from '../../api/modules/organisation/person.entity';
import { PersonSkill, Skill } from '../../api/modules/teams/person-skill.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createPerson } from '../factories/organisation';
import { addSkill } from '../factories/teams';

const ADD = `mutation($input: PersonSkillAddInput!) {
  personSkillAdd(input: $input) { personSkill { skill note person { name } } person { skills { skill } } }
}`;
const REMOVE = `mutation($input: PersonSkillRemoveInput!) { personSkillRemove(input: $input) { person { skills { skill } } } }`;
const WITH_SKILL = `query($skill: Skill!, $communityId: ID, $first: Int, $after: String) {
  peopleWithSkill(skill: $skill, communityId: $communityId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name phone community { name } skills { skill note } } }
  }
}`;

const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);
const ids = (res: any) => res.data.peopleWithSkill.edges.map((e: any) => e.node.id).sort();

describe('skills of people and the search by skill', () => {
  let server: TestServer;
  let tree: TenantTree;
  let lawyerA1: Person;
  let lawyerA2: Person;
  let lawyerB1: Person;
  let barberA1: Person;
  const tokens: Record<string, string> = {};
  const skillRows = () => server.db.owner.em.fork().count(PersonSkill, {});

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    const db = server.db;
    lawyerA1 = await createPerson(db, tree.communityA1, { name: '周律师', phone: '13711112222' });
    lawyerA2 = await createPerson(db, tree.communityA2, { name: '吴律师' });
    lawyerB1 = await createPerson(db, tree.communityB1, { name: '郑律师' });
    barberA1 = await createPerson(db, tree.communityA1, { name: '孙师傅' });
    await addSkill(db, lawyerA1, Skill.LAWYER, '擅长婚姻家庭纠纷');
    await addSkill(db, lawyerA2, Skill.LAWYER);
    await addSkill(db, lawyerB1, Skill.LAWYER);
    await addSkill(db, barberA1, Skill.BARBER);
    tokens.adminA1 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.adminA2 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.streetA = await userSession(db, Role.STREET_ADMIN, tree.streetA);
    tokens.workerA1 = await userSession(db, Role.GRID_WORKER, tree.communityA1);
    tokens.leaderA1 = await userSession(db, Role.TEAM_LEADER, tree.communityA1);
    tokens.residentA1 = await userSession(db, Role.RESIDENT, tree.communityA1);
    tokens.integrator = await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
  });
  afterAll(() => server.close());

  describe('personSkillAdd and personSkillRemove', () => {
    it('records a skill for the community admin of the person’s community; twice is a CONFLICT', async () => {
      const p = await createPerson(server.db, tree.communityA1, { name: '钱老师' });
      const input = { personId: gid('Person', p), skill: 'RETIRED_TEACHER', note: '初中数学' };
      const res = await server.gql(ADD, { input }, { token: tokens.adminA1 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.personSkillAdd).toEqual({
        personSkill: { skill: 'RETIRED_TEACHER', note: '初中数学', person: { name: '钱**' } },
        person: { skills: [{ skill: 'RETIRED_TEACHER' }] },
      });
      const before = await skillRows();
      const again = await server.gql(ADD, { input }, { token: tokens.adminA1 });
      expect(again.errors![0].extensions.code).toBe('CONFLICT');
      expect(await skillRows()).toBe(before);
    });

    it('is FORBIDDEN for other roles, NOT_FOUND for another community’s admin, storing nothing', async () => {
      const before = await skillRows();
      const input = { personId: gid('Person', barberA1), skill: 'HOUSEKEEPING' };
      expect((await server.gql(ADD, { input })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
      for (const [who, code] of [
        ['streetA', 'FORBIDDEN'],
        ['workerA1', 'FORBIDDEN'],
        ['leaderA1', 'FORBIDDEN'],
        ['integrator', 'FORBIDDEN'],
        ['adminA2', 'NOT_FOUND'],
      ]) {
        const res = await server.gql(ADD, { input }, { token: tokens[who] });
        expect({ who, code: res.errors![0].extensions.code }).toEqual({ who, code });
      }
      expect(await skillRows()).toBe(before);
    });

    it('rejects a bad skill or note with BAD_USER_INPUT', async () => {
      const bad = await server.gql(
        ADD,
        { input: { personId: gid('Person', barberA1), skill: 'BARBER', note: 'x'.repeat(201) } },
        { token: tokens.adminA1 },
      );
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      const personId = await server.gql(
        ADD,
        { input: { personId: gid('Grid', barberA1), skill: 'BARBER' } },
        { token: tokens.adminA1 },
      );
      expect(personId.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    });

    it('removes a skill; removing one not recorded is NOT_FOUND', async () => {
      const p = await createPerson(server.db, tree.communityA1);
      await addSkill(server.db, p, Skill.CLINIC);
      await addSkill(server.db, p, Skill.PHYSIOTHERAPY);
      const input = { personId: gid('Person', p), skill: 'CLINIC' };
      const denied = await server.gql(REMOVE, { input }, { token: tokens.adminA2 });
      expect(denied.errors![0].extensions.code).toBe('NOT_FOUND');
      const res = await server.gql(REMOVE, { input }, { token: tokens.adminA1 });
      expect(res.data!.personSkillRemove.person.skills).toEqual([{ skill: 'PHYSIOTHERAPY' }]);
      const again = await server.gql(REMOVE, { input }, { token: tokens.adminA1 });
      expect(again.errors![0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('peopleWithSkill', () => {
    it('finds people with the skill within the caller’s scope only, masked', async () => {
      const a1 = await server.gql(WITH_SKILL, { skill: 'LAWYER' }, { token: tokens.adminA1 });
      expect(a1.errors).toBeUndefined();
      expect(a1.data!.peopleWithSkill.totalCount).toBe(1);
      expect(a1.data!.peopleWithSkill.edges[0].node).toEqual({
        id: gid('Person', lawyerA1),
        name: '周**',
        phone: '137****2222',
        community: { name: '甲一社区' },
        skills: [{ skill: 'LAWYER', note: '擅长婚姻家庭纠纷' }],
      });
      const street = await server.gql(WITH_SKILL, { skill: 'LAWYER' }, { token: tokens.streetA });
      expect(ids(street)).toEqual([gid('Person', lawyerA1), gid('Person', lawyerA2)].sort());
      const district = await server.gql(WITH_SKILL, { skill: 'LAWYER' }, { token: tokens.integrator });
      expect(ids(district)).toEqual([lawyerA1, lawyerA2, lawyerB1].map((p) => gid('Person', p)).sort());
      const leader = await server.gql(WITH_SKILL, { skill: 'BARBER' }, { token: tokens.leaderA1 });
      expect(ids(leader)).toEqual([gid('Person', barberA1)]);
    });

    it('filters by community; a community outside the scope is NOT_FOUND', async () => {
      const only = await server.gql(
        WITH_SKILL,
        { skill: 'LAWYER', communityId: gid('Tenant', tree.communityA2) },
        { token: tokens.streetA },
      );
      expect(ids(only)).toEqual([gid('Person', lawyerA2)]);
      const outside = await server.gql(
        WITH_SKILL,
        { skill: 'LAWYER', communityId: gid('Tenant', tree.communityB1) },
        { token: tokens.streetA },
      );
      expect(outside.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('pages in a stable order', async () => {
      const first = await server.gql(WITH_SKILL, { skill: 'LAWYER', first: 2 }, { token: tokens.integrator });
      const page = first.data!.peopleWithSkill;
      expect(page.edges).toHaveLength(2);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await server.gql(
        WITH_SKILL,
        { skill: 'LAWYER', first: 2, after: page.pageInfo.endCursor },
        { token: tokens.integrator },
      );
      expect(next.data!.peopleWithSkill.edges.map((e: any) => e.node.id)).toEqual([gid('Person', lawyerB1)]);
    });

    it('is FORBIDDEN for residents and UNAUTHENTICATED without credentials', async () => {
      const res = await server.gql(WITH_SKILL, { skill: 'LAWYER' }, { token: tokens.residentA1 });
      expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      expect((await server.gql(WITH_SKILL, { skill: 'LAWYER' })).errors![0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    });
  });
});
