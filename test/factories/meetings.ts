import type { Database } from '../../api/db/database';
import { Role } from '../../api/core/auth/role.enum';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Grid } from '../../api/modules/organisation/grid.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { Meeting } from '../../api/modules/meetings/meeting.entity';
import { MeetingAttendee } from '../../api/modules/meetings/meeting-attendee.entity';
import { MeetingDecision } from '../../api/modules/meetings/meeting-decision.entity';
import { MeetingDecisionLink } from '../../api/modules/meetings/meeting-decision-link.entity';
import { MeetingEvent } from '../../api/modules/meetings/meeting-event.entity';
import {
  AttendeeRole,
  DecisionStatus,
  MeetingAction,
  MeetingKind,
  MeetingStatus,
} from '../../api/modules/meetings/meeting.enums';
import type { EveryTableRows } from './every-table-rows';
import type { CaseTableRows } from './cases';

/** One row in each of the meetings module's tenant-owned tables (issue 6). */
export function populateMeetingTables(
  { em, tenant, person, grid, partnerUnit }: EveryTableRows,
  cases: CaseTableRows,
): void {
  const meeting = em.create(Meeting, {
    tenant,
    kind: MeetingKind.GRID_COUNCIL,
    title: '测试网格议事会',
    heldAt: new Date(),
    grid,
    convener: person,
    agenda: '测试议题',
    minutes: '测试纪要',
    status: MeetingStatus.HELD,
  });
  em.create(MeetingAttendee, { tenant, meeting, person, role: AttendeeRole.CHAIR, attended: true });
  em.create(MeetingAttendee, {
    tenant,
    meeting,
    partnerUnit,
    role: AttendeeRole.PARTNER_REPRESENTATIVE,
    attended: true,
  });
  const decision = em.create(MeetingDecision, { tenant, meeting, text: '测试事项', responsible: person });
  em.create(MeetingDecisionLink, { tenant, decision, case: cases.governanceCase });
  em.create(MeetingEvent, {
    tenant,
    meeting,
    action: MeetingAction.SCHEDULE,
    toStatus: MeetingStatus.SCHEDULED,
    occurredAt: new Date(),
    actorKind: 'USER',
    actorId: person.id,
    actorName: 'test',
    actorRole: Role.COMMUNITY_ADMIN,
  });
}

let counter = 0;

export interface MeetingSeed {
  tenant: Tenant;
  kind?: MeetingKind;
  status?: MeetingStatus;
  grid?: Grid;
  convener?: Person;
  heldAt?: Date;
  title?: string;
  /** People attending (the first as chair), and partner units. */
  people?: Person[];
  units?: PartnerUnit[];
  /** Decisions (only for a HELD meeting), each linked to these files. */
  decisions?: { text?: string; responsible?: Person; files?: HouseholdFile[] }[];
}

/**
 * A meeting written directly as the owner (test setup), with its attendees, decisions and a
 * SCHEDULE event: held yesterday unless told otherwise.
 */
export async function createMeeting(db: Database, seed: MeetingSeed): Promise<Meeting> {
  const em = db.owner.em.fork();
  const tenant = em.getReference(Tenant, seed.tenant.id);
  const status = seed.status ?? MeetingStatus.SCHEDULED;
  const meeting = em.create(Meeting, {
    tenant,
    kind: seed.kind ?? (seed.grid ? MeetingKind.GRID_COUNCIL : MeetingKind.CONSULTATION),
    title: seed.title ?? `会议${++counter}`,
    heldAt: seed.heldAt ?? new Date(Date.now() - 86_400_000),
    grid: seed.grid ? em.getReference(Grid, seed.grid.id) : undefined,
    convener: seed.convener ? em.getReference(Person, seed.convener.id) : undefined,
    agenda: '议题：楼道堆物清理',
    minutes: status === MeetingStatus.HELD ? '纪要：已议定' : undefined,
    minutesRecordedAt: status === MeetingStatus.HELD ? new Date() : undefined,
    status,
  });
  (seed.people ?? []).forEach((p, i) =>
    em.create(MeetingAttendee, {
      tenant,
      meeting,
      person: em.getReference(Person, p.id),
      role: i === 0 ? AttendeeRole.CHAIR : AttendeeRole.MEMBER,
      attended: status === MeetingStatus.HELD,
    }),
  );
  for (const unit of seed.units ?? []) {
    em.create(MeetingAttendee, {
      tenant,
      meeting,
      partnerUnit: em.getReference(PartnerUnit, unit.id),
      role: AttendeeRole.PARTNER_REPRESENTATIVE,
      representativeName: '李代表',
      attended: status === MeetingStatus.HELD,
    });
  }
  for (const d of seed.decisions ?? []) {
    const decision = em.create(MeetingDecision, {
      tenant,
      meeting,
      text: d.text ?? `事项${++counter}`,
      responsible: d.responsible ? em.getReference(Person, d.responsible.id) : undefined,
      status: DecisionStatus.OPEN,
    });
    for (const file of d.files ?? []) {
      em.create(MeetingDecisionLink, {
        tenant,
        decision,
        householdFile: em.getReference(HouseholdFile, file.id),
      });
    }
  }
  em.create(MeetingEvent, {
    tenant,
    meeting,
    action: MeetingAction.SCHEDULE,
    toStatus: MeetingStatus.SCHEDULED,
    occurredAt: new Date(),
    actorKind: 'USER',
    actorId: seed.tenant.id,
    actorName: 'factory',
    actorRole: Role.COMMUNITY_ADMIN,
  });
  await em.flush();
  return meeting;
}
