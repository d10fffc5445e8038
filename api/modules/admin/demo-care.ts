import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tenant } from '../tenants/tenant.entity';
import type { Person } from '../organisation/person.entity';
import type { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import type { ApiKey } from '../../core/auth/api-key.entity';
import { Role } from '../../core/auth/role.enum';
import { HouseholdFile } from '../households/household-file.entity';
import { Case } from '../cases/case.entity';
import { HouseholdVisit, VisitFinding } from '../care/household-visit.entity';
import { CareSubject, DEFAULT_ACK_WINDOW_MINUTES } from '../care/care-subject.entity';
import { CareAlert, CareAlertEvent, CareCheckIn } from '../care/care-alert.entity';
import {
  CareAlertAction,
  type CareAlertOutcome,
  CareAlertStatus,
  CheckInChannel,
  type FindingKind,
  type VisitPurpose,
} from '../care/care.enums';
import { escalationDue, nextAlertStatus } from '../care/care.workflow';
import { demoCaseId, demoId } from './demo-cases';

/**
 * Care rounds of the seeds (issue 6): household visits with their findings (a finding that opened
 * a case points at it, and the case names the visit as its origin), the people enrolled in the
 * daily greeting, their check-ins (a doorbell press is recorded under the community's doorbell
 * device key) and the alerts of missed check-ins with their steps. History only: no job is
 * scheduled (`nextDueDay` stays empty). Idempotent: visits by a name-based id, enrolments by
 * person, check-ins and alerts by subject and day.
 */

export interface DemoVisit {
  key: string;
  grid: string;
  microGrid: string;
  visitor: string;
  visitedAt: string;
  purpose: VisitPurpose;
  household?: string;
  address?: string;
  findings: { kind: FindingKind; note: string; case?: string; household?: string }[];
}
export interface DemoCareSubject {
  person: string;
  household?: string;
  grid: string;
  microGrid: string;
  gridWorker: string;
  checkInBy: string;
  acknowledgeWithinMinutes?: number;
  since: string;
  doorbell?: boolean;
}
export interface DemoCheckIn {
  subject: string;
  day: string;
  at: string;
  channel: CheckInChannel;
  /** The staff member who recorded it; null for a doorbell press (the device records it). */
  by: string | null;
}
export interface DemoCareAlert {
  subject: string;
  day: string;
  raisedAt: string;
  escalatedAt?: string;
  acknowledgedAt?: string;
  acknowledgedBy?: string;
  closedAt: string;
  closedBy: string;
  outcome: CareAlertOutcome;
  finding: string;
}
export interface DemoCare {
  visits?: DemoVisit[];
  careSubjects?: DemoCareSubject[];
  checkIns?: DemoCheckIn[];
  careAlerts?: DemoCareAlert[];
}
export interface DemoCareRefs {
  tenant: Tenant;
  people: Map<string, Person>;
  grids: Map<string, Grid>;
  /** Person keys of the community's admins (两委). */
  admins: Set<string>;
  /** The community's doorbell gateway key (role DEVICE), if it has one. */
  device?: ApiKey;
}

export const demoVisitId = (tenant: Tenant, key: string) => demoId(`visit:${tenant.code}:${key}`);

/** Case key → id of the visit whose finding opened it, for the case's origin. */
export function visitOrigins(tenant: Tenant, visits: DemoVisit[]): (caseKey: string) => string | undefined {
  const byCase = new Map<string, string>();
  for (const v of visits) {
    for (const f of v.findings)
      if (f.case && !byCase.has(f.case)) byCase.set(f.case, demoVisitId(tenant, v.key));
  }
  return (key) => byCase.get(key);
}

export async function upsertCare(em: EntityManager, refs: DemoCareRefs, data: DemoCare): Promise<void> {
  const { tenant } = refs;
  if (!data.visits?.length && !data.careSubjects?.length) return;
  const microGrids = new Map((await em.find(MicroGrid, { tenant })).map((m) => [m.code, m]));
  const files = new Map((await em.find(HouseholdFile, { tenant })).map((h) => [h.code, h]));
  const fail = (what: string, msg: string): never => {
    throw new Error(`demo care ${what}: ${msg}`);
  };
  const person = (what: string, key: string) => refs.people.get(key) ?? fail(what, `unknown person ${key}`);
  const place = (what: string, grid: string, micro: string) => ({
    grid: refs.grids.get(grid) ?? fail(what, `unknown grid ${grid}`),
    microGrid: microGrids.get(micro) ?? fail(what, `unknown micro-grid ${micro}`),
  });
  const file = (what: string, code?: string) =>
    code ? (files.get(code) ?? fail(what, `unknown household file ${code}`)) : undefined;
  const staff = (what: string, key: string) => {
    const p = person(what, key);
    return { p, role: refs.admins.has(key) ? Role.COMMUNITY_ADMIN : Role.GRID_WORKER };
  };

  const visitIds = new Set((await em.find(HouseholdVisit, { tenant }, { fields: ['id'] })).map((v) => v.id));
  for (const v of data.visits ?? []) {
    const id = demoVisitId(tenant, v.key);
    if (visitIds.has(id)) continue;
    const what = `visit ${v.key}`;
    const visitedAt = new Date(v.visitedAt);
    const visit = em.create(HouseholdVisit, {
      id,
      createdAt: visitedAt,
      tenant,
      ...place(what, v.grid, v.microGrid),
      household: file(what, v.household),
      visitor: person(what, v.visitor),
      visitedAt,
      purpose: v.purpose,
      addressNote: v.address,
    });
    for (const f of v.findings) {
      em.create(VisitFinding, {
        tenant,
        createdAt: visitedAt,
        visit,
        kind: f.kind,
        note: f.note,
        household: file(what, f.household),
        case: f.case ? ref(Case, demoCaseId(tenant, f.case)) : undefined,
      });
    }
  }

  const subjects = new Map<string, CareSubject>();
  const enrolled = new Map((await em.find(CareSubject, { tenant })).map((s) => [s.person.id, s]));
  for (const s of data.careSubjects ?? []) {
    const what = `subject ${s.person}`;
    const p = person(what, s.person);
    const subject =
      enrolled.get(p.id) ??
      em.create(CareSubject, {
        tenant,
        createdAt: new Date(`${s.since}T09:00:00+08:00`),
        person: p,
        ...place(what, s.grid, s.microGrid),
        household: file(what, s.household),
        responsibleWorker: person(what, s.gridWorker),
        checkInBy: s.checkInBy,
        ackWindowMinutes: s.acknowledgeWithinMinutes,
        activeFrom: s.since,
        note: s.doorbell ? '家中装有智能门铃（幸福门铃），按铃即问候。' : undefined,
      });
    subjects.set(s.person, subject);
  }
  const subjectOf = (what: string, key: string) => subjects.get(key) ?? fail(what, `not enrolled: ${key}`);

  const ids = [...subjects.values()].map((s) => s.id);
  const checkedIn = new Set(
    (await em.find(CareCheckIn, { subject: { $in: ids } })).map((c) => `${c.subject.id}:${c.day}`),
  );
  for (const c of data.checkIns ?? []) {
    const what = `check-in ${c.subject} ${c.day}`;
    const subject = subjectOf(what, c.subject);
    if (checkedIn.has(`${subject.id}:${c.day}`)) continue;
    const at = new Date(c.at);
    const by = c.by ? staff(what, c.by) : null;
    if (!by && (c.channel !== CheckInChannel.DOORBELL || !refs.device)) {
      fail(what, 'only a doorbell press is recorded without a staff member, by the device key');
    }
    em.create(CareCheckIn, {
      tenant,
      createdAt: at,
      subject,
      day: c.day,
      at,
      channel: c.channel,
      recordedByKind: by ? 'USER' : 'API_KEY',
      recordedById: by ? undefined : refs.device!.id,
      recordedByName: by ? by.p.name : refs.device!.name,
      recordedByRole: by ? by.role : Role.DEVICE,
    });
  }

  const alerted = new Set(
    (await em.find(CareAlert, { subject: { $in: ids } })).map((a) => `${a.subject.id}:${a.day}`),
  );
  for (const a of data.careAlerts ?? []) {
    const what = `alert ${a.subject} ${a.day}`;
    const subject = subjectOf(what, a.subject);
    if (alerted.has(`${subject.id}:${a.day}`)) continue;
    insertAlert(
      em,
      tenant,
      subject,
      a,
      (key) => staff(what, key),
      (msg) => fail(what, msg),
    );
  }
}

/** An alert at its final state with one history row per step, each step checked against the table. */
function insertAlert(
  em: EntityManager,
  tenant: Tenant,
  subject: CareSubject,
  a: DemoCareAlert,
  staff: (key: string) => { p: Person; role: Role },
  fail: (msg: string) => never,
): void {
  const raisedAt = new Date(a.raisedAt);
  const alert = em.create(CareAlert, {
    tenant,
    createdAt: raisedAt,
    subject,
    grid: subject.grid,
    assignedWorker: subject.responsibleWorker,
    day: a.day,
    raisedAt,
    escalateAt: escalationDue(raisedAt, subject.ackWindowMinutes ?? DEFAULT_ACK_WINDOW_MINUTES),
    status: CareAlertStatus.RAISED,
  });
  const step = (action: CareAlertAction, at: Date, by: { p: Person; role: Role } | null, note?: string) => {
    const from = action === CareAlertAction.RAISE ? undefined : alert.status;
    const to = from ? nextAlertStatus(from, action) : CareAlertStatus.RAISED;
    if (!to) fail(`${action} is not allowed from ${from}`);
    alert.status = to!;
    em.create(CareAlertEvent, {
      tenant,
      createdAt: at,
      alert,
      action,
      fromStatus: from,
      toStatus: to!,
      note,
      actorKind: by ? 'USER' : 'SYSTEM',
      actorName: by ? by.p.name : '平台',
      actorRole: by ? by.role : 'SYSTEM',
      actorPerson: by?.p,
      occurredAt: at,
    });
  };
  step(CareAlertAction.RAISE, raisedAt, null, `${a.day} 未按时问候 (missed check-in).`);
  if (a.escalatedAt) {
    alert.escalatedAt = new Date(a.escalatedAt);
    step(CareAlertAction.ESCALATE, alert.escalatedAt, null, '超时未响应，升级至社区两委。');
  }
  if (a.acknowledgedAt) {
    const by = staff(a.acknowledgedBy ?? fail('acknowledgedBy is missing'));
    alert.acknowledgedAt = new Date(a.acknowledgedAt);
    alert.acknowledgedByName = by.p.name;
    step(CareAlertAction.ACKNOWLEDGE, alert.acknowledgedAt, by);
  }
  const closer = staff(a.closedBy);
  alert.closedAt = new Date(a.closedAt);
  alert.closedByName = closer.p.name;
  alert.outcome = a.outcome;
  alert.findings = a.finding;
  step(CareAlertAction.CLOSE, alert.closedAt, closer, a.finding);
}
