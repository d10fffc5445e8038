import type { Database } from '../../api/db/database';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import { Team, TeamKind, type TeamTheme } from '../../api/modules/teams/team.entity';
import { TeamMember, TeamMemberRole } from '../../api/modules/teams/team-member.entity';
import { TeamEvent, TeamEventKind } from '../../api/modules/teams/team-event.entity';
import { PersonSkill, Skill } from '../../api/modules/teams/person-skill.entity';
import type { EveryTableRows } from './every-table-rows';

let counter = 0;

/** One row in each teams table (for the RLS metadata test). */
export function populateTeamTables({ em, tenant, person }: EveryTableRows): void {
  const team = em.create(Team, { tenant, name: 'RLS 测试队', kind: TeamKind.VOLUNTEER, leader: person });
  em.create(TeamMember, { tenant, team, person, role: TeamMemberRole.LEADER, joinedOn: '2024-01-01' });
  em.create(TeamEvent, {
    tenant,
    team,
    kind: TeamEventKind.FOUNDED,
    toValue: TeamKind.VOLUNTEER,
    occurredOn: '2024-01-01',
    actorKind: 'USER',
    actorId: person.id,
    actorName: 'test',
  });
  em.create(PersonSkill, { tenant, person, skill: Skill.LAWYER });
}

/** A team owned by `owner` (a street or community), written as the owner (no event recorded). */
export async function createTeam(
  db: Database,
  owner: Tenant,
  data: { name?: string; kind?: TeamKind; theme?: TeamTheme; foundedOn?: string; leader?: Person } = {},
): Promise<Team> {
  const em = db.owner.em.fork();
  const team = em.create(Team, {
    tenant: em.getReference(Tenant, owner.id),
    name: data.name ?? `志愿服务队${++counter}`,
    kind: data.kind ?? TeamKind.VOLUNTEER,
    theme: data.theme,
    foundedOn: data.foundedOn,
    leader: data.leader ? em.getReference(Person, data.leader.id) : undefined,
  });
  await em.flush();
  return team;
}

/** A membership of `person` in `team` (same tenant), as the owner. */
export async function addMember(
  db: Database,
  team: Team,
  person: Person,
  options: { role?: TeamMemberRole; joinedOn?: string; leftOn?: string } = {},
): Promise<TeamMember> {
  const em = db.owner.em.fork();
  const member = em.create(TeamMember, {
    tenant: em.getReference(Tenant, team.tenant.id),
    team: em.getReference(Team, team.id),
    person: em.getReference(Person, person.id),
    role: options.role ?? TeamMemberRole.MEMBER,
    joinedOn: options.joinedOn ?? '2024-01-01',
    leftOn: options.leftOn,
  });
  await em.flush();
  return member;
}

/** A skill of a person, as the owner. */
export async function addSkill(
  db: Database,
  person: Person,
  skill: Skill,
  note?: string,
): Promise<PersonSkill> {
  const em = db.owner.em.fork();
  const row = em.create(PersonSkill, {
    tenant: em.getReference(Tenant, person.tenant.id),
    person: em.getReference(Person, person.id),
    skill,
    note,
  });
  await em.flush();
  return row;
}
