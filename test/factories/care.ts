import { MicroGrid, MicroGridKind } from '../../api/modules/organisation/micro-grid.entity';
import { HouseholdVisit, VisitFinding } from '../../api/modules/care/household-visit.entity';
import { CareSettings, CareSubject } from '../../api/modules/care/care-subject.entity';
import { CareAlert, CareAlertEvent, CareCheckIn } from '../../api/modules/care/care-alert.entity';
import {
  CareAlertAction,
  CareAlertStatus,
  CheckInChannel,
  FindingKind,
  VisitPurpose,
} from '../../api/modules/care/care.enums';
import type { EveryTableRows } from './every-table-rows';
import type { CaseTableRows } from './cases';

/** One row in each of the care module's tenant-owned tables (issue 6). */
export function populateCareTables({ em, tenant, person, grid }: EveryTableRows, cases: CaseTableRows): void {
  const microGrid = em.create(MicroGrid, {
    tenant,
    grid,
    code: 'RLS-CARE',
    name: '测试关爱楼栋',
    kind: MicroGridKind.BUILDING,
  });
  const visit = em.create(HouseholdVisit, {
    tenant,
    grid,
    microGrid,
    visitor: person,
    resident: person,
    visitedAt: new Date(),
    purpose: VisitPurpose.ROUTINE,
    addressNote: '测试路1号2单元301',
  });
  em.create(VisitFinding, {
    tenant,
    visit,
    kind: FindingKind.DISPUTE,
    note: '界墙纠纷',
    case: cases.governanceCase,
  });
  em.create(CareSettings, { tenant });
  const subject = em.create(CareSubject, {
    tenant,
    person,
    grid,
    microGrid,
    responsibleWorker: person,
    checkInBy: '10:00',
    activeFrom: '2024-01-01',
  });
  em.create(CareCheckIn, {
    tenant,
    subject,
    day: '2024-01-01',
    at: new Date(),
    channel: CheckInChannel.PHONE,
    recordedByKind: 'USER',
    recordedByName: 'test',
    recordedByRole: 'GRID_WORKER',
  });
  const alert = em.create(CareAlert, {
    tenant,
    subject,
    grid,
    assignedWorker: person,
    day: '2024-01-02',
    raisedAt: new Date(),
    escalateAt: new Date(),
  });
  em.create(CareAlertEvent, {
    tenant,
    alert,
    action: CareAlertAction.RAISE,
    toStatus: CareAlertStatus.RAISED,
    actorKind: 'SYSTEM',
    actorName: '平台',
    actorRole: 'SYSTEM',
    occurredAt: new Date(),
  });
}
