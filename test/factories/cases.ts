import { Case } from '../../api/modules/cases/case.entity';
import { CaseEvent } from '../../api/modules/cases/case-event.entity';
import { CaseAttachment } from '../../api/modules/cases/case-attachment.entity';
import { CaseMediationAttendee, CaseMediationSession } from '../../api/modules/cases/case-mediation.entity';
import { CaseDeadlinePolicy } from '../../api/modules/cases/case-deadline-policy.entity';
import {
  CaseCategory,
  CaseEventKind,
  CaseLevel,
  CaseSource,
  CaseStatus,
  MediationOutcome,
} from '../../api/modules/cases/case.enums';
import type { EveryTableRows } from './every-table-rows';

/** What the cases fixture hands on to the modules that link to cases (care, meetings). */
export interface CaseTableRows {
  governanceCase: Case;
}

/** One row in each of the cases module's tenant-owned tables (issue 6). */
export function populateCaseTables({ em, tenant, person, grid, partnerUnit }: EveryTableRows): CaseTableRows {
  const now = new Date();
  const governanceCase = em.create(Case, {
    tenant,
    category: CaseCategory.NEIGHBOUR_DISPUTE,
    description: '两户之间的界墙纠纷',
    source: CaseSource.RESIDENT,
    status: CaseStatus.IN_PROGRESS,
    level: CaseLevel.GRID,
    levelEntry: 1,
    levelEnteredAt: now,
    deadlineAt: new Date(now.getTime() + 3 * 86_400_000),
    grid,
    reporterName: '王小明',
    reporterPhone: '13800001234',
    reporterPerson: person,
    mediationCount: 1,
  });
  em.create(CaseEvent, {
    tenant,
    case: governanceCase,
    kind: CaseEventKind.REPORTED,
    toStatus: CaseStatus.REPORTED,
    toLevel: CaseLevel.GRID,
    levelEntry: 1,
    deadlineAt: governanceCase.deadlineAt,
    occurredAt: now,
    actorKind: 'USER',
    actorId: person.id,
    actorName: 'test',
    actorRole: 'RESIDENT',
  });
  em.create(CaseAttachment, {
    tenant,
    case: governanceCase,
    reference: 'cases/wall.jpg',
    contentType: 'image/jpeg',
    sizeBytes: 1024,
  });
  const session = em.create(CaseMediationSession, {
    tenant,
    case: governanceCase,
    sequence: 1,
    heldAt: now,
    outcome: MediationOutcome.ADJOURNED,
  });
  em.create(CaseMediationAttendee, { tenant, session, person });
  em.create(CaseMediationAttendee, { tenant, session, partnerUnit });
  em.create(CaseDeadlinePolicy, { tenant, level: CaseLevel.GRID, workingDays: 2 });
  return { governanceCase };
}
