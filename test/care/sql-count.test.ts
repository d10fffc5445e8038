import { Role } from '../../api/core/auth/role.enum';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import type { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Grid } from '../../api/modules/organisation/grid.entity';
import { MicroGrid } from '../../api/modules/organisation/micro-grid.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import { HouseholdVisit, VisitFinding } from '../../api/modules/care/household-visit.entity';
import { CareSubject } from '../../api/modules/care/care-subject.entity';
import { CareAlert, CareAlertEvent, CareCheckIn } from '../../api/modules/care/care-alert.entity';
import {
  CareAlertAction,
  CareAlertStatus,
  CheckInChannel,
  FindingKind,
  VisitPurpose,
} from '../../api/modules/care/care.enums';
import { measureStatements } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { createTenant } from '../factories/tenants';
import { userSession } from '../factories/principals';
import { createGrid, createMicroGrid, createPerson } from '../factories/organisation';
import { asOwnerIn } from '../factories/households';

/** No N+1 in care rounds: visits with findings, and alerts with subject, check-in and history. */
const VISITS = `query { householdVisits(first: 100) { totalCount edges { node { purpose addressNote community { name }
  grid { name } microGrid { name } visitor { name } resident { name } household { code }
  findings { kind note household { code } case { id } } } } } }`;
const ALERTS = `query { careAlerts(first: 100) { totalCount edges { node { day status availableActions community { name }
  grid { name } assignedWorker { name } events { action actorName }
  subject { checkInBy person { name } microGrid { name } lastCheckIn { channel day } openAlerts { id } } } } } }`;

describe('SQL statements per request do not grow with the number of visits and alerts (no N+1)', () => {
  let server: TestServer;
  const tokens: Partial<Record<'small' | 'large', string>> = {};

  async function community(parent: Tenant, name: string, n: number, key: 'small' | 'large') {
    const db = server.db;
    const c = await createTenant(db.owner.em.fork(), TenantKind.COMMUNITY, name, parent);
    const grid = await createGrid(db, c, 'G01');
    const mg = await createMicroGrid(db, grid, 'G01-M01');
    const worker = await createPerson(db, c, { name: '网格员' });
    await asOwnerIn(db, c.id, async (em) => {
      const ref = {
        tenant: c.id,
        grid: em.getReference(Grid, grid.id),
        microGrid: em.getReference(MicroGrid, mg.id),
      };
      for (let i = 0; i < n; i++) {
        const elder = em.create(Person, { tenant: c.id, name: `老人${i}` });
        const visit = em.create(HouseholdVisit, {
          ...ref,
          visitor: em.getReference(Person, worker.id),
          resident: elder,
          visitedAt: new Date(),
          purpose: VisitPurpose.CARE,
          addressNote: `嵩山路${i}号1单元101`,
        });
        for (const kind of [FindingKind.NEED, FindingKind.HEALTH])
          em.create(VisitFinding, { tenant: c.id, visit, kind, note: '测试' });
        const subject = em.create(CareSubject, {
          ...ref,
          person: elder,
          responsibleWorker: em.getReference(Person, worker.id),
          checkInBy: '10:00',
          activeFrom: '2026-01-01',
        });
        em.create(CareCheckIn, {
          tenant: c.id,
          subject,
          day: '2026-01-01',
          at: new Date(),
          channel: CheckInChannel.DOORBELL,
          recordedByKind: 'API_KEY',
          recordedByName: '门铃',
          recordedByRole: 'DEVICE',
        });
        const alert = em.create(CareAlert, {
          tenant: c.id,
          subject,
          grid: ref.grid,
          assignedWorker: em.getReference(Person, worker.id),
          day: '2026-01-02',
          raisedAt: new Date(),
          escalateAt: new Date(),
        });
        em.create(CareAlertEvent, {
          tenant: c.id,
          alert,
          action: CareAlertAction.RAISE,
          toStatus: CareAlertStatus.RAISED,
          actorKind: 'SYSTEM',
          actorName: '平台',
          actorRole: 'SYSTEM',
          occurredAt: new Date(),
        });
      }
      await em.flush();
    });
    tokens[key] = await userSession(db, Role.COMMUNITY_ADMIN, c);
  }

  beforeAll(async () => {
    server = await startTestServer();
    const em = server.db.owner.em.fork();
    const district = await createTenant(em, TenantKind.DISTRICT, '计数区');
    const street = await createTenant(em, TenantKind.STREET, '计数街道', district);
    await community(street, '小社区', 2, 'small');
    await community(street, '大社区', 12, 'large');
  });
  afterAll(() => server.close());

  it.each([
    ['householdVisits with findings', VISITS, 'householdVisits'],
    ['careAlerts with subject, check-in and history', ALERTS, 'careAlerts'],
  ])('%s: the same statements for 2 rows as for 12', async (_name, query, field) => {
    const small = await measureStatements(server, tokens.small!, query);
    const large = await measureStatements(server, tokens.large!, query);
    expect(small.data[field].edges).toHaveLength(2);
    expect(large.data[field].edges).toHaveLength(12);
    expect(large.count).toBe(small.count);
  });
});
