import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tenant } from '../tenants/tenant.entity';
import { Person } from '../organisation/person.entity';
import { Team, TeamKind, TeamTheme } from '../teams/team.entity';
import { TeamMember, TeamMemberRole } from '../teams/team-member.entity';
import { TeamEvent, TeamEventKind } from '../teams/team-event.entity';
import { PersonSkill, Skill } from '../teams/person-skill.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { Partnership } from '../partners/partnership.entity';
import { PartnerUnitKind, Commitment } from '../partners/partners.enums';
import { Programme } from '../projects/programme.entity';
import { Project } from '../projects/project.entity';
import { SubProject } from '../projects/sub-project.entity';
import { ScheduleFrequency } from '../projects/schedule';
import { SubProjectPartner, SubProjectTeam } from '../projects/sub-project-links.entity';
import { IndicatorMeasurement, OutcomeIndicator } from '../projects/indicator.entity';
import { ProjectStatus } from '../projects/project-status';
import type { Weekday } from '../venues/venue.enums';
import type { DemoVenue } from './demo-venues';

/**
 * The issue-4 part of tenants/*.json: teams, partner units and partnerships, programmes and
 * venues. Loaded as the owner, like the organisation; idempotent by natural keys (a team by
 * tenant and name, a unit by credit code, a partnership by tenant and unit, a programme by
 * tenant and name, a venue by tenant and name): what exists is left as it is, so a restart
 * never duplicates history.
 */

export interface DemoPersonRef {
  key: string;
  name: string;
  phone?: string;
  idNumber?: string;
  address?: string;
  birthDate?: string;
  skills?: string[];
}
export interface DemoTeam {
  name: string;
  kind: TeamKind;
  theme?: TeamTheme;
  foundedOn: string;
  description: string;
  leader: string;
  members: { person: string; role: TeamMemberRole; joinedOn: string; leftOn?: string }[];
  kindChanges?: { to: TeamKind; on: string; note: string }[];
}
export interface DemoPartnerUnit {
  key: string;
  name: string;
  kind: PartnerUnitKind;
  creditCode: string;
  contactName: string;
  contactPhone: string;
  address: string;
}
export interface DemoPartnership {
  partner: string;
  signedOn: string;
  startsOn: string;
  endsOn?: string;
  commitments: Commitment[];
  commitmentNote?: string;
  acceptsPoints?: boolean;
}

interface DemoIndicator {
  name: string;
  unit: string;
  target: number;
  measurements: { measuredOn: string; value: number; note?: string }[];
}
interface DemoSubProject {
  name: string;
  description: string;
  status: ProjectStatus;
  startsOn: string;
  endsOn?: string;
  leadTeam: string;
  supportingTeams: string[];
  partners: string[];
  indicators: DemoIndicator[];
  schedule?: {
    frequency: ScheduleFrequency;
    weekday: Weekday;
    startsOn: string;
    endsOn?: string;
    fields: string[];
    fixedVolunteers: number;
  };
}
export interface DemoProgramme {
  name: string;
  description: string;
  startsOn: string;
  endsOn?: string;
  projects: { name: string; description: string; community?: string; subProjects: DemoSubProject[] }[];
}
/** What a street or community may own in a demo file beyond its organisation. */
export interface DemoOwned {
  teams?: DemoTeam[];
  partnerships?: DemoPartnership[];
  programmes?: DemoProgramme[];
  venues?: DemoVenue[];
}

/** A tenant's loaded teams and partnerships, by name and partner key, for what references them. */
export interface OwnedRefs {
  tenant: Tenant;
  teams: Map<string, Team>;
  partnerships: Map<string, Partnership>;
}

/** Who the demo loader's history entries name as their author. */
export const DEMO_ACTOR = {
  actorKind: 'SYSTEM',
  actorId: '00000000-0000-0000-0000-000000000000',
  actorName: '演示数据 (demo data loader)',
} as const;

/** Upserts people by (tenant, name, phone) and their skills; returns them by key. */
export async function upsertPeople(
  em: EntityManager,
  tenant: Tenant,
  people: DemoPersonRef[],
): Promise<Map<string, Person>> {
  const existing = await em.find(Person, { tenant });
  const skills = await em.find(PersonSkill, { tenant });
  const byKey = new Map<string, Person>();
  for (const p of people) {
    const found = existing.find((e) => e.name === p.name && (e.phone ?? null) === (p.phone ?? null));
    const person =
      found ??
      em.create(Person, {
        tenant,
        name: p.name,
        phone: p.phone,
        idNumber: p.idNumber,
        address: p.address,
        birthDate: p.birthDate,
      });
    byKey.set(p.key, person);
    for (const skill of p.skills ?? []) {
      if (!skills.some((s) => s.person.id === person.id && s.skill === skill)) {
        em.create(PersonSkill, { tenant, person, skill: skill as Skill });
      }
    }
  }
  return byKey;
}

/** Teams with their members and their history (FOUNDED, then each recorded kind change). */
export async function upsertTeams(
  em: EntityManager,
  tenant: Tenant,
  teams: DemoTeam[],
  people: Map<string, Person>,
): Promise<Map<string, Team>> {
  const existing = new Map((await em.find(Team, { tenant })).map((t) => [t.name, t]));
  const person = (team: string, key: string) => {
    const found = people.get(key);
    if (!found) throw new Error(`demo team ${team}: unknown person ${key}`);
    return found;
  };
  for (const t of teams) {
    if (existing.has(t.name)) continue;
    const changes = t.kindChanges ?? [];
    const team = em.create(Team, {
      tenant,
      name: t.name,
      kind: changes.length ? changes[changes.length - 1].to : t.kind,
      theme: t.theme,
      foundedOn: t.foundedOn,
      description: t.description,
      leader: person(t.name, t.leader),
    });
    existing.set(t.name, team);
    em.create(TeamEvent, {
      tenant,
      team,
      kind: TeamEventKind.FOUNDED,
      toValue: t.kind,
      occurredOn: t.foundedOn,
      ...DEMO_ACTOR,
    });
    let kind = t.kind;
    for (const c of changes) {
      em.create(TeamEvent, {
        tenant,
        team,
        kind: TeamEventKind.KIND_CHANGED,
        fromValue: kind,
        toValue: c.to,
        occurredOn: c.on,
        note: c.note,
        ...DEMO_ACTOR,
      });
      kind = c.to;
    }
    for (const m of t.members) {
      em.create(TeamMember, {
        tenant,
        team,
        person: person(t.name, m.person),
        role: m.role,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
      });
    }
  }
  return existing;
}

/** Partner units by credit code (registered once on the platform). */
export async function upsertPartnerUnits(
  em: EntityManager,
  units: DemoPartnerUnit[],
): Promise<Map<string, { unit: PartnerUnit; demo: DemoPartnerUnit }>> {
  const existing = new Map(
    (await em.find(PartnerUnit, { creditCode: { $in: units.map((u) => u.creditCode) } })).map((u) => [
      u.creditCode,
      u,
    ]),
  );
  const byKey = new Map<string, { unit: PartnerUnit; demo: DemoPartnerUnit }>();
  for (const u of units) {
    const unit =
      existing.get(u.creditCode) ??
      em.create(PartnerUnit, { name: u.name, kind: u.kind, creditCode: u.creditCode, address: u.address });
    byKey.set(u.key, { unit, demo: u });
  }
  return byKey;
}

/** A tenant's partnerships; the unit's contact person is recorded on each agreement. */
export async function upsertPartnerships(
  em: EntityManager,
  tenant: Tenant,
  partnerships: DemoPartnership[],
  units: Map<string, { unit: PartnerUnit; demo: DemoPartnerUnit }>,
): Promise<Map<string, Partnership>> {
  const existing = await em.find(Partnership, { tenant });
  const byKey = new Map<string, Partnership>();
  for (const p of partnerships) {
    const entry = units.get(p.partner);
    if (!entry) throw new Error(`demo partnership of ${tenant.name}: unknown partner ${p.partner}`);
    const found = existing.find((e) => e.partnerUnit.id === entry.unit.id);
    byKey.set(
      p.partner,
      found ??
        em.create(Partnership, {
          tenant,
          partnerUnit: entry.unit,
          signedOn: p.signedOn,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
          commitments: p.commitments,
          commitmentNote: p.commitmentNote,
          acceptsPoints: p.acceptsPoints ?? false,
          contactName: entry.demo.contactName,
          contactPhone: entry.demo.contactPhone,
        }),
    );
  }
  return byKey;
}

const ISO_WEEKDAY: Record<Weekday, number> = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
};

/**
 * Programmes with their projects, sub-projects, team and partner links, indicators and their
 * measurements. A project names `community` when a street programme holds a community's project;
 * its teams are then looked up in that community first, then in the street.
 */
export async function upsertProgrammes(
  em: EntityManager,
  owner: OwnedRefs,
  programmes: DemoProgramme[],
  communities: (code: string) => OwnedRefs | undefined,
  street: OwnedRefs | null,
): Promise<void> {
  const existing = new Set((await em.find(Programme, { tenant: owner.tenant })).map((p) => p.name));
  for (const g of programmes) {
    if (existing.has(g.name)) continue;
    const programme = em.create(Programme, {
      tenant: owner.tenant,
      name: g.name,
      description: g.description,
    });
    for (const p of g.projects) {
      const projectOwner = p.community ? communities(p.community) : owner;
      if (!projectOwner) throw new Error(`demo project ${p.name}: unknown community ${p.community}`);
      const above = projectOwner === owner ? street : owner;
      const tenant = projectOwner.tenant;
      const project = em.create(Project, { tenant, programme, name: p.name, description: p.description });
      const team = (name: string) => {
        const found = projectOwner.teams.get(name) ?? above?.teams.get(name);
        if (!found) throw new Error(`demo sub-project of ${p.name}: unknown team ${name}`);
        return found;
      };
      for (const s of p.subProjects) {
        const schedule = s.schedule;
        const sub = em.create(SubProject, {
          tenant,
          project,
          name: s.name,
          description: s.description,
          status: s.status,
          startsOn: s.startsOn,
          endsOn: s.endsOn,
          leadTeam: team(s.leadTeam),
          scheduleFrequency: schedule?.frequency,
          scheduleWeekday: schedule ? ISO_WEEKDAY[schedule.weekday] : undefined,
          scheduleStartsOn: schedule?.startsOn,
          scheduleEndsOn: schedule?.endsOn,
          scheduleServiceFields: schedule?.fields,
          scheduleVolunteerCount: schedule?.fixedVolunteers,
        });
        for (const name of s.supportingTeams)
          em.create(SubProjectTeam, { tenant, subProject: sub, team: team(name) });
        for (const key of s.partners) {
          const partnership = projectOwner.partnerships.get(key);
          if (!partnership) throw new Error(`demo sub-project ${s.name}: no partnership with ${key}`);
          em.create(SubProjectPartner, { tenant, subProject: sub, partnership });
        }
        for (const i of s.indicators) {
          const indicator = em.create(OutcomeIndicator, {
            tenant,
            subProject: sub,
            name: i.name,
            unit: i.unit,
            target: i.target,
          });
          for (const m of i.measurements) {
            em.create(IndicatorMeasurement, {
              tenant,
              indicator,
              value: m.value,
              measuredOn: m.measuredOn,
              note: m.note,
              recordedById: DEMO_ACTOR.actorId,
              recordedByName: DEMO_ACTOR.actorName,
            });
          }
        }
      }
    }
  }
}
