import { createHash } from 'node:crypto';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tenant } from '../tenants/tenant.entity';
import type { Person } from '../organisation/person.entity';
import type { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import type { PartnerUnit } from '../partners/partner-unit.entity';
import type { Team } from '../teams/team.entity';
import { Role } from '../../core/auth/role.enum';
import { Case } from '../cases/case.entity';
import { CaseEvent } from '../cases/case-event.entity';
import { CaseMediationAttendee, CaseMediationSession } from '../cases/case-mediation.entity';
import { levelDeadline } from '../cases/case.deadlines';
import {
  CaseAssigneeKind,
  CaseCategory,
  CaseEventKind,
  CaseLevel,
  CaseSource,
  CaseStatus,
  type MediationOutcome,
  nextLevel,
} from '../cases/case.enums';
import { CaseAction, nextCaseStatus } from '../cases/case.workflow';
import type { CaseActor } from '../cases/case-timeline';

/**
 * The cases of the seeds (issue 6) as history: every case is inserted with its whole timeline
 * (the steps the JSON lists, applied through the cases module's own state table, levels and
 * deadlines), at its final status, without deadline jobs (everything is settled). The case
 * table has no natural key, so a demo case's id is a name-based uuid of its community and key:
 * loading again finds it and leaves it as it is.
 */

/** A name-based (version 5 layout, SHA-1) uuid: the same name always gives the same id. */
export function demoId(name: string): string {
  const h = createHash('sha1').update(`grid-governance demo:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
export const demoCaseId = (tenant: Tenant, key: string) => demoId(`case:${tenant.code}:${key}`);

/** A reporter who is not a person of the community (a mobile probe: courier, sanitation worker). */
export interface DemoOutsider {
  name: string;
  phone?: string;
}
/** `by`: a person key of the community, or STREET (the street admin acting). */
export interface DemoCaseStep {
  kind: 'ACCEPTED' | 'ASSIGNED' | 'MEDIATION_SESSION' | 'ESCALATED' | 'RESOLVED' | 'CLOSED';
  at: string;
  by: string;
  person?: string;
  team?: string;
  streetTeam?: string;
  partner?: string;
  attendees?: { people: string[]; partners: string[] };
  outcome?: MediationOutcome;
  note?: string;
  to?: CaseLevel;
  reason?: string;
  satisfaction?: number;
  petitionerAccepts?: boolean;
}
export interface DemoCase {
  key: string;
  category: CaseCategory;
  description: string;
  source: CaseSource;
  reportedAt: string;
  grid?: string;
  microGrid?: string;
  address?: string;
  reporter: string | DemoOutsider;
  steps: DemoCaseStep[];
}

/** What a community's cases refer to, by their keys in the file. */
export interface DemoCaseRefs {
  tenant: Tenant;
  people: Map<string, Person>;
  grids: Map<string, Grid>;
  teams: Map<string, Team>;
  streetTeams: Map<string, Team>;
  units: (key: string) => PartnerUnit | undefined;
  /** Person keys of the community's admins (两委): they act as COMMUNITY_ADMIN, others as grid staff. */
  admins: Set<string>;
  /** The street admin's display name, for steps `by` STREET. */
  streetAdmin: string;
  /** The uuid of the household visit whose finding opened the case, if one did. */
  originVisit: (caseKey: string) => string | undefined;
}

interface State {
  status: CaseStatus;
  level: CaseLevel;
}

const ACTIONS: Record<DemoCaseStep['kind'], CaseAction> = {
  ACCEPTED: CaseAction.ACCEPT,
  ASSIGNED: CaseAction.ASSIGN,
  MEDIATION_SESSION: CaseAction.MEDIATE,
  ESCALATED: CaseAction.ESCALATE,
  RESOLVED: CaseAction.RESOLVE,
  CLOSED: CaseAction.CLOSE,
};

export async function upsertCases(em: EntityManager, refs: DemoCaseRefs, cases: DemoCase[]): Promise<void> {
  if (cases.length === 0) return;
  const { tenant } = refs;
  const existing = new Set((await em.find(Case, { tenant }, { fields: ['id'] })).map((c) => c.id));
  const microGrids = new Map((await em.find(MicroGrid, { tenant })).map((m) => [m.code, m]));
  for (const d of cases) {
    const id = demoCaseId(tenant, d.key);
    if (existing.has(id)) continue;
    await insertCase(em, refs, d, id, microGrids);
  }
}

async function insertCase(
  em: EntityManager,
  refs: DemoCaseRefs,
  d: DemoCase,
  id: string,
  microGrids: Map<string, MicroGrid>,
): Promise<void> {
  const { tenant } = refs;
  const fail = (msg: string): never => {
    throw new Error(`demo case ${d.key}: ${msg}`);
  };
  const person = (key: string) => refs.people.get(key) ?? fail(`unknown person ${key}`);
  const grid = d.grid ? (refs.grids.get(d.grid) ?? fail(`unknown grid ${d.grid}`)) : undefined;
  const microGrid = d.microGrid ? (microGrids.get(d.microGrid) ?? fail(`unknown micro-grid`)) : undefined;
  const reporter = typeof d.reporter === 'string' ? person(d.reporter) : undefined;
  const outsider = typeof d.reporter === 'string' ? undefined : d.reporter;
  const reportedAt = new Date(d.reportedAt);
  const level = grid ? CaseLevel.GRID : CaseLevel.COMMUNITY;
  const originId = refs.originVisit(d.key);
  const c = em.create(Case, {
    id,
    createdAt: reportedAt,
    tenant,
    category: d.category,
    description: d.description,
    source: d.source,
    status: CaseStatus.REPORTED,
    level,
    levelEntry: 1,
    levelEnteredAt: reportedAt,
    deadlineAt: await levelDeadline(em, tenant.id, level, d.category, reportedAt),
    grid,
    microGrid,
    address: d.address,
    reporterName: reporter?.name ?? outsider?.name,
    reporterPhone: reporter?.phone ?? outsider?.phone,
    reporterPerson: reporter,
    originType: originId ? 'HouseholdVisit' : undefined,
    originId,
  });

  const actor = (by: string): CaseActor => {
    if (by === 'STREET') {
      return { kind: 'USER', id: null, name: refs.streetAdmin, role: Role.STREET_ADMIN, personId: null };
    }
    const p = person(by);
    const role = refs.admins.has(by) ? Role.COMMUNITY_ADMIN : Role.GRID_WORKER;
    return { kind: 'USER', id: null, name: p.name, role, personId: p.id };
  };
  const reportedBy = (): CaseActor => {
    if (d.source === CaseSource.MOBILE_PROBE) {
      return {
        kind: 'API_KEY',
        id: null,
        name: c.reporterName ?? '移动探头',
        role: Role.MOBILE_PROBE,
        personId: null,
      };
    }
    if (d.source === CaseSource.RESIDENT && reporter) {
      return { kind: 'USER', id: null, name: reporter.name, role: Role.RESIDENT, personId: reporter.id };
    }
    return actor(d.steps[0]?.by ?? fail('no steps'));
  };
  const append = (
    a: CaseActor,
    kind: CaseEventKind,
    at: Date,
    from: State | null,
    extra: { note?: string; details?: Record<string, unknown>; deadlineAt?: Date } = {},
  ) =>
    em.create(CaseEvent, {
      tenant,
      case: c,
      createdAt: at,
      kind,
      fromStatus: from?.status,
      toStatus: c.status,
      fromLevel: from?.level,
      toLevel: c.level,
      levelEntry: c.levelEntry,
      occurredAt: at,
      note: extra.note?.trim() || undefined,
      details: extra.details,
      deadlineAt: extra.deadlineAt,
      actorKind: a.kind,
      actorId: a.id ?? undefined,
      actorName: a.name,
      actorRole: a.role,
      actorPersonId: a.personId ?? undefined,
    });

  append(reportedBy(), CaseEventKind.REPORTED, reportedAt, null, {
    deadlineAt: c.deadlineAt,
    details: { source: d.source, attachments: 0 },
  });
  let last = reportedAt;
  for (const s of d.steps) {
    const at = new Date(s.at);
    if (at < last) fail(`step ${s.kind} at ${s.at} is before the previous one`);
    last = at;
    const from: State = { status: c.status, level: c.level };
    const petitionRefused =
      s.kind === 'CLOSED' && c.category === CaseCategory.PETITION && s.petitionerAccepts === false;
    const to = nextCaseStatus(c.status, petitionRefused ? CaseAction.REOPEN : ACTIONS[s.kind]);
    if (!to) fail(`${s.kind} is not allowed from ${c.status}`);
    const a = actor(s.by);
    switch (s.kind) {
      case 'ACCEPTED':
        c.status = to!;
        append(a, CaseEventKind.ACCEPTED, at, from, { note: s.note });
        break;
      case 'ASSIGNED': {
        const details = assign(c, s, refs, fail);
        c.assignedAt = at;
        c.status = to!;
        append(a, CaseEventKind.ASSIGNED, at, from, { note: s.note, details });
        break;
      }
      case 'MEDIATION_SESSION': {
        const outcome = s.outcome ?? fail('a session needs its outcome');
        c.mediationCount += 1;
        const session = em.create(CaseMediationSession, {
          tenant,
          case: c,
          createdAt: at,
          sequence: c.mediationCount,
          heldAt: at,
          outcome,
          note: s.note,
        });
        for (const key of new Set(s.attendees?.people ?? [])) {
          em.create(CaseMediationAttendee, { tenant, session, person: person(key) });
        }
        for (const key of new Set(s.attendees?.partners ?? [])) {
          const partnerUnit = refs.units(key) ?? fail(`unknown partner ${key}`);
          em.create(CaseMediationAttendee, { tenant, session, partnerUnit });
        }
        c.status = to!;
        append(a, CaseEventKind.MEDIATION_SESSION, at, from, {
          note: s.note,
          details: { sessionId: session.id, sequence: session.sequence, outcome, heldAt: at },
        });
        break;
      }
      case 'ESCALATED': {
        const up = nextLevel(c.level);
        if (!up || (s.to && s.to !== up)) fail(`cannot escalate from ${c.level} to ${s.to}`);
        c.level = up!;
        c.levelEntry += 1;
        c.levelEnteredAt = at;
        c.deadlineAt = await levelDeadline(em, tenant.id, up!, c.category, at);
        c.status = to!;
        c.assigneeKind = undefined;
        c.assigneePerson = undefined;
        c.assigneeTeam = undefined;
        c.assigneePartnerUnit = undefined;
        append(a, CaseEventKind.ESCALATED, at, from, {
          note: s.reason ?? s.note,
          deadlineAt: c.deadlineAt,
          details: { automatic: false },
        });
        break;
      }
      case 'RESOLVED':
        c.status = to!;
        c.resolvedAt = at;
        c.resolutionNote = s.note ?? fail('a resolution needs its note');
        append(a, CaseEventKind.RESOLVED, at, from, { note: s.note });
        break;
      case 'CLOSED':
        if (petitionRefused) {
          // Not 案结事了: the petition goes back to work at its level with the level's full time.
          c.status = to!;
          c.petitionerAccepted = false;
          c.resolvedAt = undefined;
          c.levelEntry += 1;
          c.levelEnteredAt = at;
          c.deadlineAt = await levelDeadline(em, tenant.id, c.level, c.category, at);
          append(a, CaseEventKind.REOPENED, at, from, {
            note: s.note,
            deadlineAt: c.deadlineAt,
            details: { satisfaction: s.satisfaction, petitionerAccepts: false },
          });
          break;
        }
        if (c.category === CaseCategory.PETITION && s.petitionerAccepts !== true) {
          fail('a petition closes only when the petitioner accepts');
        }
        c.status = to!;
        c.closedAt = at;
        c.satisfaction = s.satisfaction ?? fail('closing needs the satisfaction rating');
        if (c.category === CaseCategory.PETITION) c.petitionerAccepted = true;
        append(a, CaseEventKind.CLOSED, at, from, {
          note: s.note,
          details: { satisfaction: s.satisfaction, petitionerAccepts: s.petitionerAccepts },
        });
        break;
    }
  }
}

/** Sets the assignee named by an ASSIGNED step; returns the timeline entry's details. */
function assign(
  c: Case,
  s: DemoCaseStep,
  refs: DemoCaseRefs,
  fail: (msg: string) => never,
): Record<string, unknown> {
  c.assigneePerson = undefined;
  c.assigneeTeam = undefined;
  c.assigneePartnerUnit = undefined;
  if (s.person) {
    const p = refs.people.get(s.person) ?? fail(`unknown person ${s.person}`);
    c.assigneeKind = CaseAssigneeKind.PERSON;
    c.assigneePerson = ref(p);
    return { assigneeKind: c.assigneeKind, personId: p.id };
  }
  if (s.team || s.streetTeam) {
    const team = s.team
      ? (refs.teams.get(s.team) ?? fail(`unknown team ${s.team}`))
      : (refs.streetTeams.get(s.streetTeam!) ?? fail(`unknown street team ${s.streetTeam}`));
    c.assigneeKind = CaseAssigneeKind.TEAM;
    c.assigneeTeam = ref(team);
    return { assigneeKind: c.assigneeKind, teamId: team.id, teamName: team.name };
  }
  const unit = (s.partner && refs.units(s.partner)) || fail(`unknown assignee in ${JSON.stringify(s)}`);
  c.assigneeKind = CaseAssigneeKind.PARTNER_UNIT;
  c.assigneePartnerUnit = ref(unit);
  return { assigneeKind: c.assigneeKind, partnerUnitId: unit.id };
}
