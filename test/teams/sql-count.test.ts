import { Role } from '../../api/core/auth/role.enum';
import { Person } from '../../api/modules/organisation/person.entity';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import { Team, TeamKind } from '../../api/modules/teams/team.entity';
import { TeamMember, TeamMemberRole } from '../../api/modules/teams/team-member.entity';
import { TeamEvent, TeamEventKind } from '../../api/modules/teams/team-event.entity';
import { PersonSkill, Skill } from '../../api/modules/teams/person-skill.entity';
import { measureStatements, type Measured } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { createTenant } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';

/**
 * No N+1 in teams: the statements a request runs depend on the shape of the query, not on how
 * many teams, members or events it returns (2 teams against 20, each with members and history).
 */

/**
 * Scope, page and total, then one statement per loader and depth: the query below is wide (two
 * member counts for two days, people and their skills at two depths), 14 statements in all.
 * Begin and commit are not counted.
 */
const BOUND = 14;

const shapeOf = (sql: string) => sql.replace(/\((?:\?, )*\?\)/g, '(…)');

const TEAMS = `query { teams(first: 100) { totalCount edges { node { name tenant { name }
  leader { name skills { skill } } memberCount past: memberCount(on: "2020-01-01")
  memberCountHistory { date count } events { kind actorName }
  members(first: 100) { role joinedOn person { name skills { skill } } team { name } } } } } }`;
const PEOPLE = `query { peopleWithSkill(skill: LAWYER, first: 100) { totalCount edges { node { name
  community { name } skills { skill note person { name } } } } } }`;

describe('SQL statements per request do not grow with the number of teams (no N+1)', () => {
  let server: TestServer;
  const small: Record<string, string> = {};
  const large: Record<string, string> = {};

  async function measure(token: string, query: string): Promise<Measured> {
    return measureStatements(server, token, query);
  }

  /** `teams` teams in one community, each with a leader, 5 members (one former) and 3 events. */
  async function buildTeams(community: Tenant, teams: number) {
    const em = server.db.owner.em.fork();
    const tenant = em.getReference(Tenant, community.id);
    for (let t = 1; t <= teams; t++) {
      const person = (n: number) => em.create(Person, { tenant, name: `队员${t}-${n}` });
      const leader = person(0);
      em.create(PersonSkill, { tenant, person: leader, skill: Skill.LAWYER, note: '律师' });
      const team = em.create(Team, { tenant, name: `第${t}队`, kind: TeamKind.VOLUNTEER, leader });
      for (let m = 1; m <= 5; m++) {
        const p = m === 1 ? leader : person(m);
        em.create(TeamMember, {
          tenant,
          team,
          person: p,
          role: m === 1 ? TeamMemberRole.LEADER : TeamMemberRole.MEMBER,
          joinedOn: `201${m}-01-01`,
          leftOn: m === 5 ? '2022-01-01' : undefined,
        });
      }
      const kinds = [TeamEventKind.FOUNDED, TeamEventKind.KIND_CHANGED, TeamEventKind.RENAMED];
      for (const [i, kind] of kinds.entries()) {
        em.create(TeamEvent, {
          tenant,
          team,
          kind,
          occurredOn: `201${i}-06-01`,
          actorKind: 'USER',
          actorId: leader.id,
          actorName: '测试',
        });
      }
    }
    await em.flush();
  }

  beforeAll(async () => {
    const generous = { maxCost: 10_000_000, maxDepth: 20, rateBudget: 100_000_000 };
    server = await startTestServer({ limits: generous } as never);
    const em = server.db.owner.em.fork();
    const district = await createTenant(em, TenantKind.DISTRICT, '计数区');
    const street = await createTenant(em, TenantKind.STREET, '计数街道', district);
    const smallCommunity = await createTenant(em, TenantKind.COMMUNITY, '小社区', street);
    const largeCommunity = await createTenant(em, TenantKind.COMMUNITY, '大社区', street);
    await buildTeams(smallCommunity, 2);
    await buildTeams(largeCommunity, 20);
    small.admin = await userSession(server.db, Role.COMMUNITY_ADMIN, smallCommunity);
    large.admin = await userSession(server.db, Role.COMMUNITY_ADMIN, largeCommunity);
    small.integrator = large.integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, {
      tenant: district,
    });
  });
  afterAll(() => server.close());

  it('reads teams → members → person, leader, events and member counts in the same count for 2 or 20 teams', async () => {
    const s = await measure(small.admin, TEAMS);
    const l = await measure(large.admin, TEAMS);
    expect(s.data!.teams.edges).toHaveLength(2);
    expect(l.data!.teams.edges).toHaveLength(20);
    const last = l.data!.teams.edges[19].node;
    expect(last.members).toHaveLength(4);
    expect(last).toMatchObject({
      memberCount: 4,
      past: 5,
      events: [{ kind: 'FOUNDED' }, { kind: 'KIND_CHANGED' }, { kind: 'RENAMED' }],
      leader: { skills: [{ skill: 'LAWYER' }] },
    });
    expect(last.memberCountHistory).toHaveLength(6);
    expect(l.statements.map(shapeOf).sort()).toEqual(s.statements.map(shapeOf).sort());
    expect(l.count).toBeLessThanOrEqual(BOUND);
  });

  it('lists people with a skill (with their skills and community) in the same count for 2 or 20', async () => {
    const s = await measure(small.admin, PEOPLE);
    const l = await measure(large.admin, PEOPLE);
    expect(s.data!.peopleWithSkill.edges).toHaveLength(2);
    expect(l.data!.peopleWithSkill.edges).toHaveLength(20);
    expect(l.count).toBe(s.count);
    expect(l.count).toBeLessThanOrEqual(BOUND);
    // Across the whole district the same statements again.
    const d = await measure(large.integrator, PEOPLE);
    expect(d.data!.peopleWithSkill.edges).toHaveLength(22);
    expect(d.count).toBe(s.count);
  });
});
