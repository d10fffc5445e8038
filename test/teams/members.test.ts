import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import type { Team } from '../../api/modules/teams/team.entity';
import { TeamMember, TeamMemberRole } from '../../api/modules/teams/team-member.entity';
import { chinaToday } from '../../api/modules/organisation/organisation.policy';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createPerson } from '../factories/organisation';
import { addMember, createTeam } from '../factories/teams';

const ADD = `mutation($input: TeamMemberAddInput!) {
  teamMemberAdd(input: $input) { teamMember { id role joinedOn leftOn person { name } team { name } } }
}`;
const LEAVE = `mutation($input: TeamMemberLeaveInput!) { teamMemberLeave(input: $input) { teamMember { joinedOn leftOn } } }`;
const COUNTS = `query($id: ID!, $on: LocalDate) {
  team(id: $id) { memberCount(on: $on) today: memberCount memberCountHistory { date count } }
}`;
const MEMBERS = `query($id: ID!, $activeOn: LocalDate, $includeFormer: Boolean, $first: Int) {
  team(id: $id) { members(activeOn: $activeOn, includeFormer: $includeFormer, first: $first) {
    role joinedOn leftOn person { name } } }
}`;

const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

describe('team members: who manages them, periods that never overlap, counts over time', () => {
  let server: TestServer;
  let tree: TenantTree;
  let leaderPerson: Person;
  let ownTeam: Team;
  let otherTeam: Team;
  let streetTeam: Team;
  const tokens: Record<string, string> = {};
  const em = () => server.db.owner.em.fork();
  const memberRows = (team: Team) => em().count(TeamMember, { team: team.id });
  const person = (name?: string) => createPerson(server.db, tree.communityA1, { name });

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    const db = server.db;
    leaderPerson = await person('陈队长');
    ownTeam = await createTeam(db, tree.communityA1, { name: '巧厨娘', leader: leaderPerson });
    otherTeam = await createTeam(db, tree.communityA1, { name: '调解千千结' });
    streetTeam = await createTeam(db, tree.streetA, { name: '守护蓝' });
    tokens.adminA1 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.adminA2 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.streetA = await userSession(db, Role.STREET_ADMIN, tree.streetA);
    tokens.workerA1 = await userSession(db, Role.GRID_WORKER, tree.communityA1);
    tokens.residentA1 = await userSession(db, Role.RESIDENT, tree.communityA1);
    tokens.leader = await userSession(db, Role.TEAM_LEADER, tree.communityA1, { personId: leaderPerson.id });
    tokens.leaderWithoutPerson = await userSession(db, Role.TEAM_LEADER, tree.communityA1);
    tokens.integrator = await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
  });
  afterAll(() => server.close());

  describe('teamMemberAdd and teamMemberLeave: role rules', () => {
    it('lets a team leader manage its own team’s members', async () => {
      const p = await person('刘芳');
      const res = await server.gql(
        ADD,
        { input: { teamId: gid('Team', ownTeam), personId: gid('Person', p), joinedOn: '2020-01-01' } },
        { token: tokens.leader },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.teamMemberAdd.teamMember).toMatchObject({
        role: 'MEMBER',
        joinedOn: '2020-01-01',
        leftOn: null,
        person: { name: '刘**' },
        team: { name: '巧厨娘' },
      });
      const left = await server.gql(
        LEAVE,
        { input: { id: res.data!.teamMemberAdd.teamMember.id, leftOn: '2021-06-30' } },
        { token: tokens.leader },
      );
      expect(left.data!.teamMemberLeave.teamMember).toEqual({ joinedOn: '2020-01-01', leftOn: '2021-06-30' });
    });

    it('is FORBIDDEN for a team leader on another team, or one whose account has no person record', async () => {
      const p = await person();
      const before = await memberRows(otherTeam);
      const other = await server.gql(
        ADD,
        { input: { teamId: gid('Team', otherTeam), personId: gid('Person', p) } },
        { token: tokens.leader },
      );
      expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
      const noPerson = await server.gql(
        ADD,
        { input: { teamId: gid('Team', ownTeam), personId: gid('Person', p) } },
        { token: tokens.leaderWithoutPerson },
      );
      expect(noPerson.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(await memberRows(otherTeam)).toBe(before);

      const member = await addMember(server.db, otherTeam, p);
      const leave = await server.gql(
        LEAVE,
        { input: { id: gid('TeamMember', member) } },
        { token: tokens.leader },
      );
      expect(leave.errors![0].extensions.code).toBe('FORBIDDEN');
      expect((await em().findOneOrFail(TeamMember, member.id)).leftOn).toBeNull();
    });

    it('lets the community admin manage every team of its community; others are FORBIDDEN or NOT_FOUND', async () => {
      const p = await person();
      const input = { teamId: gid('Team', otherTeam), personId: gid('Person', p), role: 'DEPUTY' };
      for (const [who, code] of [
        ['streetA', 'FORBIDDEN'],
        ['workerA1', 'FORBIDDEN'],
        ['residentA1', 'FORBIDDEN'],
        ['integrator', 'FORBIDDEN'],
        ['adminA2', 'NOT_FOUND'],
      ]) {
        const res = await server.gql(ADD, { input }, { token: tokens[who] });
        expect({ who, code: res.errors![0].extensions.code }).toEqual({ who, code });
      }
      expect((await server.gql(ADD, { input })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
      const res = await server.gql(ADD, { input }, { token: tokens.adminA1 });
      expect(res.data!.teamMemberAdd.teamMember.role).toBe('DEPUTY');
    });

    it('lets a street admin manage the street’s own team with people of the street', async () => {
      const streetPerson = await createPerson(server.db, tree.streetA, { name: '街道志愿者' });
      const res = await server.gql(
        ADD,
        { input: { teamId: gid('Team', streetTeam), personId: gid('Person', streetPerson), role: 'LEADER' } },
        { token: tokens.streetA },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.teamMemberAdd.teamMember.joinedOn).toBe(chinaToday());
    });

    it('is NOT_FOUND for a person of another tenant than the team’s', async () => {
      const elsewhere = await createPerson(server.db, tree.communityA2);
      const before = await memberRows(ownTeam);
      const res = await server.gql(
        ADD,
        { input: { teamId: gid('Team', ownTeam), personId: gid('Person', elsewhere) } },
        { token: tokens.adminA1 },
      );
      expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(await memberRows(ownTeam)).toBe(before);
    });
  });

  describe('validation and overlapping periods', () => {
    it.each([
      ['leftOn', { joinedOn: '2022-01-10', leftOn: '2022-01-09' }],
      ['joinedOn', { joinedOn: '2999-01-01' }],
      ['leftOn', { joinedOn: '2022-01-10', leftOn: '2999-01-01' }],
      ['role', { role: 'CAPTAIN' }],
    ])('rejects a bad %s with BAD_USER_INPUT, storing nothing', async (field, bad) => {
      const p = await person();
      const before = await memberRows(ownTeam);
      const res = await server.gql(
        ADD,
        { input: { teamId: gid('Team', ownTeam), personId: gid('Person', p), ...bad } },
        { token: tokens.adminA1 },
      );
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      if (field !== 'role') expect(res.errors![0].extensions.field).toBe(field);
      expect(await memberRows(ownTeam)).toBe(before);
    });

    it('rejects leaving before joining, and leaving twice', async () => {
      const member = await addMember(server.db, ownTeam, await person(), { joinedOn: '2023-03-01' });
      const early = await server.gql(
        LEAVE,
        { input: { id: gid('TeamMember', member), leftOn: '2023-02-28' } },
        { token: tokens.adminA1 },
      );
      expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leftOn' });
      const ok = await server.gql(
        LEAVE,
        { input: { id: gid('TeamMember', member) } },
        { token: tokens.adminA1 },
      );
      expect(ok.data!.teamMemberLeave.teamMember.leftOn).toBe(chinaToday());
      const twice = await server.gql(
        LEAVE,
        { input: { id: gid('TeamMember', member) } },
        { token: tokens.adminA1 },
      );
      expect(twice.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'LEFT' });
    });

    it('allows rejoining after leaving but not an overlapping period (CONFLICT)', async () => {
      const p = await person();
      await addMember(server.db, ownTeam, p, { joinedOn: '2020-01-01', leftOn: '2021-01-01' });
      const add = (joinedOn: string, leftOn?: string) =>
        server.gql(
          ADD,
          { input: { teamId: gid('Team', ownTeam), personId: gid('Person', p), joinedOn, leftOn } },
          { token: tokens.adminA1 },
        );
      expect((await add('2020-06-01')).errors![0].extensions.code).toBe('CONFLICT');
      expect((await add('2019-01-01', '2020-01-02')).errors![0].extensions.code).toBe('CONFLICT');
      expect((await add('2019-01-01', '2020-01-01')).errors).toBeUndefined();
      expect((await add('2021-01-01')).errors).toBeUndefined();
      expect((await add('2022-01-01')).errors![0].extensions.code).toBe('CONFLICT');
      expect(await em().count(TeamMember, { person: p.id })).toBe(3);
    });

    it('lets exactly one of several concurrent overlapping adds win', async () => {
      const p = await person();
      const input = { teamId: gid('Team', ownTeam), personId: gid('Person', p), joinedOn: '2024-01-01' };
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          server.gql(ADD, { input: { ...input, joinedOn: `2024-01-0${i + 1}` } }, { token: tokens.adminA1 }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(5);
      expect(await em().count(TeamMember, { person: p.id })).toBe(1);
    });

    it('refuses an overlapping period in the database too, whoever writes it', async () => {
      const p = await person();
      await addMember(server.db, ownTeam, p, { joinedOn: '2020-01-01' });
      const fork = em();
      fork.create(TeamMember, {
        tenant: fork.getReference(Tenant, tree.communityA1.id),
        team: ownTeam.id,
        person: fork.getReference(Person, p.id),
        role: TeamMemberRole.MEMBER,
        joinedOn: '2023-01-01',
      });
      await expect(fork.flush()).rejects.toThrow(/overlapping membership periods/);
    });
  });

  describe('member count over time (巧厨娘: 8 → 60)', () => {
    let team: Team;

    beforeAll(async () => {
      team = await createTeam(server.db, tree.communityA1, { name: '巧厨娘社会企业' });
      const fork = em();
      const tenant = fork.getReference(Tenant, tree.communityA1.id);
      const rows: [string, string | undefined][] = [];
      for (let i = 0; i < 8; i++) rows.push(['2018-03-01', undefined]);
      for (let i = 0; i < 22; i++) rows.push(['2019-06-01', undefined]);
      for (let i = 0; i < 35; i++) rows.push(['2021-09-01', undefined]);
      // Five of the 2019 members left in 2022: 8 + 22 + 35 - 5 = 60.
      for (let i = 8; i < 13; i++) rows[i][1] = '2022-01-01';
      for (const [joinedOn, leftOn] of rows) {
        const p = fork.create(Person, { tenant, name: `厨娘${joinedOn}` });
        fork.create(TeamMember, {
          tenant,
          team: team.id,
          person: p,
          role: TeamMemberRole.MEMBER,
          joinedOn,
          leftOn,
        });
      }
      await fork.flush();
    });

    it('counts the members on any day and lists how the count changed', async () => {
      const id = gid('Team', team);
      const res = await server.gql(COUNTS, { id, on: '2018-03-01' }, { token: tokens.residentA1 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.team).toEqual({
        memberCount: 8,
        today: 60,
        memberCountHistory: [
          { date: '2018-03-01', count: 8 },
          { date: '2019-06-01', count: 30 },
          { date: '2021-09-01', count: 65 },
          { date: '2022-01-01', count: 60 },
        ],
      });
      const before = await server.gql(COUNTS, { id, on: '2018-02-28' }, { token: tokens.integrator });
      expect(before.data!.team.memberCount).toBe(0);
      const lastDay = await server.gql(COUNTS, { id, on: '2021-12-31' }, { token: tokens.integrator });
      expect(lastDay.data!.team.memberCount).toBe(65);
    });

    it('lists the members active on a day, or all with includeFormer, masked', async () => {
      const id = gid('Team', team);
      const then = await server.gql(
        MEMBERS,
        { id, activeOn: '2018-12-31', first: 100 },
        { token: tokens.residentA1 },
      );
      expect(then.data!.team.members).toHaveLength(8);
      expect(then.data!.team.members[0].person.name).toMatch(/^厨\*+$/);
      const now = await server.gql(MEMBERS, { id, first: 100 }, { token: tokens.leader });
      expect(now.data!.team.members).toHaveLength(60);
      const all = await server.gql(
        MEMBERS,
        { id, includeFormer: true, first: 100 },
        { token: tokens.adminA1 },
      );
      expect(all.data!.team.members).toHaveLength(65);
      expect(all.data!.team.members.filter((m: any) => m.leftOn)).toHaveLength(5);
      const page = await server.gql(MEMBERS, { id }, { token: tokens.adminA1 });
      expect(page.data!.team.members).toHaveLength(20);
      const tooMany = await server.gql(MEMBERS, { id, first: 1000 }, { token: tokens.adminA1 });
      expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });
});
