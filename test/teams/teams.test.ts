import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import type { Person } from '../../api/modules/organisation/person.entity';
import { Team, TeamKind, TeamTheme } from '../../api/modules/teams/team.entity';
import { TeamEvent } from '../../api/modules/teams/team-event.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createPerson } from '../factories/organisation';
import { createTeam } from '../factories/teams';

const CREATE = `mutation($input: TeamCreateInput!) {
  teamCreate(input: $input) { team { id name kind theme foundedOn tenant { name } leader { name }
    events { kind fromValue toValue occurredOn actorKind actorName } } }
}`;
const UPDATE = `mutation($input: TeamUpdateInput!) {
  teamUpdate(input: $input) { team { name description leader { id } events { kind fromValue toValue note } } }
}`;
const CHANGE_KIND = `mutation($input: TeamChangeKindInput!) {
  teamChangeKind(input: $input) { team { kind events { kind fromValue toValue occurredOn note } }
    event { kind fromValue toValue } }
}`;
const TEAMS = `query($kind: TeamKind, $theme: TeamTheme, $tenantId: ID, $first: Int, $after: String) {
  teams(kind: $kind, theme: $theme, tenantId: $tenantId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { name tenant { name } } }
  }
}`;
const TEAM = `query($id: ID!) { team(id: $id) { name } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Team { name } } }`;

const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);
const names = (res: any) => res.data.teams.edges.map((e: any) => e.node.name).sort();

describe('teams: who creates and changes them, what is recorded, who sees them', () => {
  let server: TestServer;
  let tree: TenantTree;
  let personA1: Person;
  let personA1b: Person;
  let personA2: Person;
  const tokens: Record<string, string> = {};
  const em = () => server.db.owner.em.fork();
  const count = async () => ({ teams: await em().count(Team, {}), events: await em().count(TeamEvent, {}) });

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    const db = server.db;
    personA1 = await createPerson(db, tree.communityA1, { name: '张丽' });
    personA1b = await createPerson(db, tree.communityA1, { name: '王强' });
    personA2 = await createPerson(db, tree.communityA2, { name: '李华' });
    tokens.adminA1 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA1, { name: '绿云管理员' });
    tokens.adminA2 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.streetA = await userSession(db, Role.STREET_ADMIN, tree.streetA, { name: '跃进街道管理员' });
    tokens.workerA1 = await userSession(db, Role.GRID_WORKER, tree.communityA1);
    tokens.leaderA1 = await userSession(db, Role.TEAM_LEADER, tree.communityA1, { personId: personA1.id });
    tokens.residentA1 = await userSession(db, Role.RESIDENT, tree.communityA1);
    tokens.partner = await userSession(db, Role.PARTNER, null);
    tokens.integrator = await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
  });
  afterAll(() => server.close());

  describe('teamCreate', () => {
    const input = { name: '巧厨娘', kind: 'VOLUNTEER', foundedOn: '2018-03-01' };

    it('is UNAUTHENTICATED without credentials and FORBIDDEN for readers only, storing nothing', async () => {
      const before = await count();
      const none = await server.gql(CREATE, { input });
      expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      for (const who of ['integrator', 'workerA1', 'leaderA1', 'residentA1', 'partner']) {
        const res = await server.gql(CREATE, { input }, { token: tokens[who] });
        expect({ who, code: res.errors![0].extensions.code }).toEqual({ who, code: 'FORBIDDEN' });
      }
      expect(await count()).toEqual(before);
    });

    it('creates a community team in the admin’s own community and records FOUNDED with the actor', async () => {
      const res = await server.gql(
        CREATE,
        { input: { ...input, leaderId: gid('Person', personA1) } },
        { token: tokens.adminA1 },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.teamCreate.team).toMatchObject({
        name: '巧厨娘',
        kind: 'VOLUNTEER',
        theme: null,
        foundedOn: '2018-03-01',
        tenant: { name: '甲一社区' },
        leader: { name: '张*' + '*' },
        events: [
          {
            kind: 'FOUNDED',
            fromValue: null,
            toValue: 'VOLUNTEER',
            occurredOn: '2018-03-01',
            actorKind: 'USER',
            actorName: '绿云管理员',
          },
        ],
      });
      const stored = await em().findOneOrFail(Team, { name: '巧厨娘' });
      expect(stored.tenant.id).toBe(tree.communityA1.id);
    });

    it('creates a street-owned team for a street admin (五色一彩), owned by the street', async () => {
      const res = await server.gql(
        CREATE,
        { input: { name: '党旗红志愿服务队', kind: 'PARTY_MEMBER', theme: 'PARTY_RED' } },
        { token: tokens.streetA },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.teamCreate.team).toMatchObject({ theme: 'PARTY_RED', tenant: { name: '甲街道' } });
      expect((await em().findOneOrFail(Team, { name: '党旗红志愿服务队' })).tenant.id).toBe(tree.streetA.id);
    });

    it('is a CONFLICT for a name taken in the same tenant, but not in another community', async () => {
      await createTeam(server.db, tree.communityA1, { name: '调解千千结' });
      const again = await server.gql(
        CREATE,
        { input: { name: '调解千千结', kind: 'MEDIATION' } },
        { token: tokens.adminA1 },
      );
      expect(again.errors![0].extensions.code).toBe('CONFLICT');
      const other = await server.gql(
        CREATE,
        { input: { name: '调解千千结', kind: 'MEDIATION' } },
        { token: tokens.adminA2 },
      );
      expect(other.errors).toBeUndefined();
    });

    it.each([
      ['name', { name: '' }],
      ['name', { name: 'x'.repeat(101) }],
      ['foundedOn', { foundedOn: '2999-01-01' }],
      ['leaderId', { leaderId: 'not-an-id' }],
    ])('rejects an invalid %s with BAD_USER_INPUT naming the field, storing nothing', async (field, bad) => {
      const before = await count();
      const res = await server.gql(
        CREATE,
        { input: { name: '新队伍', kind: 'YOUTH', ...bad } },
        { token: tokens.adminA1 },
      );
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count()).toEqual(before);
    });

    it('is NOT_FOUND for a leader from another community, storing nothing', async () => {
      const before = await count();
      const res = await server.gql(
        CREATE,
        { input: { name: '越权队', kind: 'YOUTH', leaderId: gid('Person', personA2) } },
        { token: tokens.adminA1 },
      );
      expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(await count()).toEqual(before);
    });
  });

  describe('teamUpdate', () => {
    it('renames and changes the leader, recording RENAMED and LEADER_CHANGED', async () => {
      const team = await createTeam(server.db, tree.communityA1, { name: '旧名队', leader: personA1 });
      const res = await server.gql(
        UPDATE,
        {
          input: {
            id: gid('Team', team),
            name: '新名队',
            leaderId: gid('Person', personA1b),
            description: '助老',
            note: '换届',
          },
        },
        { token: tokens.adminA1 },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.teamUpdate.team).toEqual({
        name: '新名队',
        description: '助老',
        leader: { id: gid('Person', personA1b) },
        events: [
          { kind: 'RENAMED', fromValue: '旧名队', toValue: '新名队', note: '换届' },
          {
            kind: 'LEADER_CHANGED',
            fromValue: gid('Person', personA1),
            toValue: gid('Person', personA1b),
            note: '换届',
          },
        ],
      });
    });

    it('is FORBIDDEN for a street admin on a community team and NOT_FOUND for a sibling community’s admin', async () => {
      const team = await createTeam(server.db, tree.communityA1, { name: '不可改队' });
      for (const [who, code] of [
        ['streetA', 'FORBIDDEN'],
        ['adminA2', 'NOT_FOUND'],
        ['leaderA1', 'FORBIDDEN'],
        ['integrator', 'FORBIDDEN'],
      ]) {
        const res = await server.gql(
          UPDATE,
          { input: { id: gid('Team', team), name: '改了' } },
          { token: tokens[who] },
        );
        expect({ who, code: res.errors![0].extensions.code }).toEqual({ who, code });
      }
      expect((await em().findOneOrFail(Team, team.id)).name).toBe('不可改队');
      expect(await em().count(TeamEvent, { team: team.id })).toBe(0);
    });

    it('lets a street admin change the street’s own team', async () => {
      const team = await createTeam(server.db, tree.streetA, {
        name: '暖心橙',
        theme: TeamTheme.WARM_ORANGE,
      });
      const res = await server.gql(
        UPDATE,
        { input: { id: gid('Team', team), description: '关爱一老一小' } },
        { token: tokens.streetA },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.teamUpdate.team).toMatchObject({ description: '关爱一老一小', events: [] });
    });
  });

  describe('teamChangeKind', () => {
    it('records the change of 巧厨娘 into a social enterprise, in order after FOUNDED', async () => {
      const created = await server.gql(
        CREATE,
        { input: { name: '巧厨娘二队', kind: 'WOMEN', foundedOn: '2019-01-01' } },
        { token: tokens.adminA1 },
      );
      const id = created.data!.teamCreate.team.id;
      const res = await server.gql(
        CHANGE_KIND,
        { input: { id, kind: 'SOCIAL_ENTERPRISE', occurredOn: '2022-05-01', note: '承接社区食堂运营' } },
        { token: tokens.adminA1 },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.teamChangeKind).toEqual({
        team: {
          kind: 'SOCIAL_ENTERPRISE',
          events: [
            { kind: 'FOUNDED', fromValue: null, toValue: 'WOMEN', occurredOn: '2019-01-01', note: null },
            {
              kind: 'KIND_CHANGED',
              fromValue: 'WOMEN',
              toValue: 'SOCIAL_ENTERPRISE',
              occurredOn: '2022-05-01',
              note: '承接社区食堂运营',
            },
          ],
        },
        event: { kind: 'KIND_CHANGED', fromValue: 'WOMEN', toValue: 'SOCIAL_ENTERPRISE' },
      });

      // A later change back must not be dated before the last one.
      const early = await server.gql(
        CHANGE_KIND,
        { input: { id, kind: 'VOLUNTEER', occurredOn: '2022-01-01' } },
        { token: tokens.adminA1 },
      );
      expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredOn' });
    });

    it.each([
      ['kind', { kind: 'VOLUNTEER' }],
      ['occurredOn', { occurredOn: '2999-01-01' }],
      ['occurredOn', { occurredOn: '2015-01-01' }],
      ['kind', { kind: 'NOT_A_KIND' }],
    ])('rejects a bad %s with BAD_USER_INPUT, storing nothing', async (field, bad) => {
      const team = await createTeam(server.db, tree.communityA1, {
        kind: TeamKind.VOLUNTEER,
        foundedOn: '2016-01-01',
      });
      const res = await server.gql(
        CHANGE_KIND,
        { input: { id: gid('Team', team), kind: 'YOUTH', ...bad } },
        { token: tokens.adminA1 },
      );
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      if (field !== 'kind') expect(res.errors![0].extensions.field).toBe(field);
      expect((await em().findOneOrFail(Team, team.id)).kind).toBe(TeamKind.VOLUNTEER);
      expect(await em().count(TeamEvent, { team: team.id })).toBe(0);
    });

    it('is FORBIDDEN for a street admin on a community team and for readers', async () => {
      const team = await createTeam(server.db, tree.communityA1);
      for (const who of ['streetA', 'integrator', 'workerA1', 'leaderA1']) {
        const res = await server.gql(
          CHANGE_KIND,
          { input: { id: gid('Team', team), kind: 'YOUTH' } },
          { token: tokens[who] },
        );
        expect({ who, code: res.errors![0].extensions.code }).toEqual({ who, code: 'FORBIDDEN' });
      }
      const sibling = await server.gql(
        CHANGE_KIND,
        { input: { id: gid('Team', team), kind: 'YOUTH' } },
        { token: tokens.adminA2 },
      );
      expect(sibling.errors![0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('reading teams', () => {
    let teamB1: Team;
    let teamA2: Team;

    beforeAll(async () => {
      teamA2 = await createTeam(server.db, tree.communityA2, { name: '甲二青年队', kind: TeamKind.YOUTH });
      teamB1 = await createTeam(server.db, tree.communityB1, { name: '乙一巾帼队', kind: TeamKind.WOMEN });
      await createTeam(server.db, tree.streetA, { name: '生态绿', theme: TeamTheme.ECO_GREEN });
    });

    it('shows each reader the teams of its own scope only', async () => {
      const a1 = names(await server.gql(TEAMS, { first: 100 }, { token: tokens.adminA1 }));
      expect(a1).toContain('巧厨娘');
      expect(a1).not.toContain('甲二青年队');
      expect(a1).not.toContain('生态绿');
      expect(a1).not.toContain('乙一巾帼队');
      // Residents and team leaders read their community's teams too (teams are public there).
      expect(names(await server.gql(TEAMS, { first: 100 }, { token: tokens.residentA1 }))).toEqual(a1);
      expect(names(await server.gql(TEAMS, { first: 100 }, { token: tokens.leaderA1 }))).toEqual(a1);
      const street = names(await server.gql(TEAMS, { first: 100 }, { token: tokens.streetA }));
      expect(street).toEqual(expect.arrayContaining(['巧厨娘', '甲二青年队', '生态绿', '党旗红志愿服务队']));
      expect(street).not.toContain('乙一巾帼队');
      const district = names(await server.gql(TEAMS, { first: 100 }, { token: tokens.integrator }));
      expect(district).toEqual(expect.arrayContaining([...street, '乙一巾帼队']));
      const partner = await server.gql(TEAMS, { first: 100 }, { token: tokens.partner });
      expect(partner.errors![0].extensions.code).toBe('FORBIDDEN');
      const none = await server.gql(TEAMS, { first: 100 });
      expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('filters by kind, theme and owning tenant; a tenant outside the scope is NOT_FOUND', async () => {
      const youth = await server.gql(TEAMS, { kind: 'YOUTH', first: 100 }, { token: tokens.streetA });
      expect(names(youth)).toEqual(['甲二青年队']);
      const green = await server.gql(TEAMS, { theme: 'ECO_GREEN' }, { token: tokens.integrator });
      expect(names(green)).toEqual(['生态绿']);
      const streetOwned = await server.gql(
        TEAMS,
        { tenantId: gid('Tenant', tree.streetA), first: 100 },
        { token: tokens.streetA },
      );
      expect(names(streetOwned)).toEqual(['党旗红志愿服务队', '暖心橙', '生态绿']);
      const outside = await server.gql(
        TEAMS,
        { tenantId: gid('Tenant', tree.communityB1) },
        { token: tokens.streetA },
      );
      expect(outside.errors![0].extensions.code).toBe('NOT_FOUND');
      const wrongType = await server.gql(TEAMS, { tenantId: gid('Team', teamA2) }, { token: tokens.streetA });
      expect(wrongType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tenantId' });
    });

    it('pages in a stable order', async () => {
      const all = await server.gql(TEAMS, { first: 100 }, { token: tokens.integrator });
      const order = all.data!.teams.edges.map((e: any) => e.node.name);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await server.gql(TEAMS, { first: 3, after }, { token: tokens.integrator });
        seen.push(...page.data.teams.edges.map((e: any) => e.node.name));
        after = page.data.teams.pageInfo.hasNextPage ? page.data.teams.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(order);
      expect(all.data!.teams.totalCount).toBe(order.length);
    });

    it('is NOT_FOUND for another community’s team, by team(id) and node(id)', async () => {
      for (const query of [TEAM, NODE]) {
        const res = await server.gql(query, { id: gid('Team', teamB1) }, { token: tokens.adminA1 });
        expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      const own = await server.gql(NODE, { id: gid('Team', teamA2) }, { token: tokens.adminA2 });
      expect(own.data!.node).toEqual({ id: gid('Team', teamA2), name: '甲二青年队' });
    });
  });
});
