import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tenant } from '../tenants/tenant.entity';
import type { Person } from '../organisation/person.entity';
import type { Grid } from '../organisation/grid.entity';
import type { PartnerUnit } from '../partners/partner-unit.entity';
import { Role } from '../../core/auth/role.enum';
import { toGlobalId } from '../../core/graphql/global-id';
import { HouseholdFile } from '../households/household-file.entity';
import { Case } from '../cases/case.entity';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingAttendee } from '../meetings/meeting-attendee.entity';
import { MeetingDecision } from '../meetings/meeting-decision.entity';
import { MeetingDecisionLink } from '../meetings/meeting-decision-link.entity';
import { MeetingEvent } from '../meetings/meeting-event.entity';
import {
  type AttendeeRole,
  DecisionStatus,
  MeetingAction,
  type MeetingKind,
  MeetingStatus,
} from '../meetings/meeting.enums';
import { DEMO_ACTOR } from './demo-co-building';
import { demoCaseId, demoId } from './demo-cases';

/**
 * Meetings of the seeds (issue 6): 新城区's weekly grid councils, 狮子山's party-building joint
 * meetings and consultations, each HELD with its attendees, minutes, decisions (carried out or
 * still open) and their links to cases and household files, and a history (scheduled, minutes
 * recorded, decisions added, linked, done) recorded under the convener's name. Idempotent by a
 * name-based id of community and key.
 */
export interface DemoMeeting {
  key: string;
  kind: MeetingKind;
  title: string;
  heldAt: string;
  grid?: string;
  convener: string;
  agenda: string;
  minutes: string;
  attendees: ({ person: string; role: AttendeeRole } | { partner: string; role: AttendeeRole })[];
  decisions: {
    text: string;
    responsible?: string;
    dueOn?: string;
    status: DecisionStatus;
    doneAt?: string;
    links: ({ case: string } | { household: string })[];
  }[];
}
export interface DemoMeetingRefs {
  tenant: Tenant;
  people: Map<string, Person>;
  grids: Map<string, Grid>;
  units: (key: string) => PartnerUnit | undefined;
  admins: Set<string>;
}

const HOUR = 3_600_000;
export const demoMeetingId = (tenant: Tenant, key: string) => demoId(`meeting:${tenant.code}:${key}`);

export async function upsertMeetings(
  em: EntityManager,
  refs: DemoMeetingRefs,
  meetings: DemoMeeting[],
): Promise<void> {
  if (meetings.length === 0) return;
  const { tenant } = refs;
  const existing = new Set((await em.find(Meeting, { tenant }, { fields: ['id'] })).map((m) => m.id));
  const files = new Map((await em.find(HouseholdFile, { tenant })).map((h) => [h.code, h]));
  for (const m of meetings) {
    const id = demoMeetingId(tenant, m.key);
    if (existing.has(id)) continue;
    const fail = (msg: string): never => {
      throw new Error(`demo meeting ${m.key}: ${msg}`);
    };
    const person = (key: string) => refs.people.get(key) ?? fail(`unknown person ${key}`);
    const convener = person(m.convener);
    const heldAt = new Date(m.heldAt);
    const recordedAt = new Date(heldAt.getTime() + 2 * HOUR);
    const meeting = em.create(Meeting, {
      id,
      createdAt: new Date(heldAt.getTime() - 72 * HOUR),
      tenant,
      kind: m.kind,
      title: m.title,
      heldAt,
      grid: m.grid ? (refs.grids.get(m.grid) ?? fail(`unknown grid ${m.grid}`)) : undefined,
      convener,
      agenda: m.agenda,
      minutes: m.minutes,
      minutesRecordedAt: recordedAt,
      status: MeetingStatus.HELD,
    });
    const event = (
      action: MeetingAction,
      at: Date,
      e: { from?: string; to?: string; note?: string; decision?: MeetingDecision } = {},
    ) =>
      em.create(MeetingEvent, {
        tenant,
        createdAt: at,
        meeting,
        decision: e.decision,
        action,
        fromStatus: e.from,
        toStatus: e.to,
        note: e.note,
        occurredAt: at,
        actorKind: 'USER',
        // the event names an account; demo history has none, so the loader's id stands in
        actorId: DEMO_ACTOR.actorId,
        actorName: convener.name,
        actorRole: refs.admins.has(m.convener) ? Role.COMMUNITY_ADMIN : Role.GRID_WORKER,
        actorPersonId: convener.id,
      });
    event(MeetingAction.SCHEDULE, meeting.createdAt, { to: MeetingStatus.SCHEDULED });
    for (const a of m.attendees) {
      const common = { tenant, meeting, role: a.role, attended: true, createdAt: meeting.createdAt };
      if ('person' in a) em.create(MeetingAttendee, { ...common, person: person(a.person) });
      else
        em.create(MeetingAttendee, {
          ...common,
          partnerUnit: refs.units(a.partner) ?? fail(`unknown partner ${a.partner}`),
        });
    }
    event(MeetingAction.RECORD_MINUTES, recordedAt, {
      from: MeetingStatus.SCHEDULED,
      to: MeetingStatus.HELD,
    });
    for (const d of m.decisions) {
      const doneAt = d.doneAt ? new Date(d.doneAt) : undefined;
      if ((d.status === DecisionStatus.OPEN) !== !doneAt)
        fail(`decision "${d.text}": doneAt goes with a closed status`);
      if (doneAt && doneAt < recordedAt) fail(`decision "${d.text}" done before the minutes`);
      const decision = em.create(MeetingDecision, {
        tenant,
        createdAt: recordedAt,
        meeting,
        text: d.text,
        responsible: d.responsible ? person(d.responsible) : undefined,
        dueOn: d.dueOn,
        status: d.status,
        closedAt: doneAt,
      });
      event(MeetingAction.DECISION_ADD, recordedAt, { decision, to: DecisionStatus.OPEN });
      for (const link of d.links) {
        if ('case' in link) {
          const caseId = demoCaseId(tenant, link.case);
          em.create(MeetingDecisionLink, {
            tenant,
            createdAt: recordedAt,
            decision,
            case: ref(Case, caseId),
          });
          event(MeetingAction.DECISION_LINK, recordedAt, {
            decision,
            note: `Case ${toGlobalId('Case', caseId)}`,
          });
        } else {
          const file = files.get(link.household) ?? fail(`unknown household file ${link.household}`);
          em.create(MeetingDecisionLink, { tenant, createdAt: recordedAt, decision, householdFile: file });
          event(MeetingAction.DECISION_LINK, recordedAt, { decision, note: `HouseholdFile ${file.code}` });
        }
      }
      if (doneAt) {
        const action =
          d.status === DecisionStatus.DONE ? MeetingAction.DECISION_DONE : MeetingAction.DECISION_DROP;
        event(action, doneAt, { decision, from: DecisionStatus.OPEN, to: d.status });
      }
    }
  }
}
