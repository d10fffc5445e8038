import { Role } from '../../api/core/auth/role.enum';
import type { Grid } from '../../api/modules/organisation/grid.entity';
import type { Person } from '../../api/modules/organisation/person.entity';
import type { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { PartnershipStatus } from '../../api/modules/partners/partnership.entity';
import type { Tenant } from '../../api/modules/tenants/tenant.entity';
import type { Venue } from '../../api/modules/venues/venue.entity';
import type { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { HouseholdRelation } from '../../api/modules/households/household.enums';
import { Case } from '../../api/modules/cases/case.entity';
import { CaseCategory, CaseLevel, CaseSource, CaseStatus } from '../../api/modules/cases/case.enums';
import { Meeting } from '../../api/modules/meetings/meeting.entity';
import { MeetingAttendee } from '../../api/modules/meetings/meeting-attendee.entity';
import { MeetingDecision } from '../../api/modules/meetings/meeting-decision.entity';
import { MeetingDecisionLink } from '../../api/modules/meetings/meeting-decision-link.entity';
import { MeetingEvent } from '../../api/modules/meetings/meeting-event.entity';
import type { TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createGrid, createMicroGrid, createPerson } from '../factories/organisation';
import { createPartnership, registerPartner } from '../factories/partners';
import { createVenue } from '../factories/venues';
import { createHouseholdFile } from '../factories/households';

/**
 * The cast of the meetings tests: community A1 (a 新城区-like community) with grids G1 and G2,
 * its secretary (convener), a grid worker of G1, a resident, a venue, a household file and a
 * case in G1; sibling A2 with a person, a grid, a household file; street A with a person and a
 * venue of its own; partner units with agreements with A1 (a bank), with street A (a law firm),
 * an ended agreement (物业) and none (无协议); the street admin and the district integrator.
 */
export interface MeetingWorld {
  tree: TenantTree;
  a1: Tenant;
  g1: Grid;
  g2: Grid;
  gridA2: Grid;
  secretary: Person;
  workerPerson: Person;
  resident: Person;
  personA2: Person;
  streetPerson: Person;
  venueA1: Venue;
  venueStreet: Venue;
  fileA1: HouseholdFile;
  fileA2: HouseholdFile;
  caseA1: Case;
  caseA2: Case;
  bank: PartnerUnit;
  lawFirm: PartnerUnit;
  ended: PartnerUnit;
  lonely: PartnerUnit;
  tokens: Record<
    | 'adminA1'
    | 'workerG1'
    | 'workerG2'
    | 'adminA2'
    | 'street'
    | 'integrator'
    | 'bank'
    | 'lonely'
    | 'resident',
    string
  >;
}

/** A case written directly as the owner, at the grid level of its community. */
export async function createCase(server: TestServer, community: Tenant, grid: Grid): Promise<Case> {
  const em = server.db.owner.em.fork();
  const now = new Date();
  const c = em.create(Case, {
    tenant: em.getReference('Tenant', community.id) as never,
    category: CaseCategory.NEIGHBOUR_DISPUTE,
    description: '楼上漏水，两户纠纷',
    source: CaseSource.RESIDENT,
    status: CaseStatus.IN_PROGRESS,
    level: CaseLevel.GRID,
    levelEntry: 1,
    levelEnteredAt: now,
    deadlineAt: new Date(now.getTime() + 3 * 86_400_000),
    grid: em.getReference('Grid', grid.id) as never,
    reporterName: '王小明',
    mediationCount: 0,
  });
  await em.flush();
  return c;
}

async function fileIn(server: TestServer, grid: Grid, code: string): Promise<HouseholdFile> {
  const community = { id: grid.tenant.id } as Tenant;
  const head = await createPerson(server.db, community, { name: '张奶奶' });
  const worker = await createPerson(server.db, community);
  const microGrid = await createMicroGrid(server.db, grid, `${code}-M`);
  return createHouseholdFile(server.db, {
    microGrid,
    gridWorker: worker,
    members: [{ person: head, relation: HouseholdRelation.HEAD }],
    code,
  });
}

export async function buildMeetingWorld(server: TestServer): Promise<MeetingWorld> {
  const db = server.db;
  const tree = await createTenantTree(db);
  const a1 = tree.communityA1;
  const g1 = await createGrid(db, a1, 'G1');
  const g2 = await createGrid(db, a1, 'G2');
  const gridA2 = await createGrid(db, tree.communityA2, 'X1');
  const secretary = await createPerson(db, a1, { name: '马书记' });
  const workerPerson = await createPerson(db, a1, { name: '刘网格' });
  const resident = await createPerson(db, a1, { name: '赵大爷' });
  const personA2 = await createPerson(db, tree.communityA2, { name: '钱主任' });
  const streetPerson = await createPerson(db, tree.streetA, { name: '孙委员' });
  const venueA1 = await createVenue(db, a1, { name: '新城区文化中心' });
  const venueStreet = await createVenue(db, tree.streetA, { name: '街道党群服务中心' });
  const fileA1 = await fileIn(server, g1, 'A1-001');
  const fileA2 = await fileIn(server, gridA2, 'A2-001');
  const caseA1 = await createCase(server, a1, g1);
  const caseA2 = await createCase(server, tree.communityA2, gridA2);
  const bank = await registerPartner(db, { name: '城关银行' });
  const lawFirm = await registerPartner(db, { name: '城关律师事务所' });
  const ended = await registerPartner(db, { name: '前物业公司' });
  const lonely = await registerPartner(db, { name: '无协议公司' });
  await createPartnership(db, bank, a1);
  await createPartnership(db, lawFirm, tree.streetA);
  await createPartnership(db, ended, a1, { status: PartnershipStatus.ENDED });
  const tokens = {
    adminA1: await userSession(db, Role.COMMUNITY_ADMIN, a1, { name: '新城区社区' }),
    workerG1: await userSession(db, Role.GRID_WORKER, a1, {
      gridIds: [g1.id],
      personId: workerPerson.id,
      name: '刘网格',
    }),
    workerG2: await userSession(db, Role.GRID_WORKER, a1, { gridIds: [g2.id] }),
    adminA2: await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2),
    street: await userSession(db, Role.STREET_ADMIN, tree.streetA, { name: '甲街道' }),
    integrator: await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district }),
    bank: await issueKey(db, Role.PARTNER, { partnerUnit: bank, name: '城关银行' }),
    lonely: await issueKey(db, Role.PARTNER, { partnerUnit: lonely }),
    resident: await userSession(db, Role.RESIDENT, a1, { personId: resident.id }),
  };
  return {
    tree,
    a1,
    g1,
    g2,
    gridA2,
    secretary,
    workerPerson,
    resident,
    personA2,
    streetPerson,
    venueA1,
    venueStreet,
    fileA1,
    fileA2,
    caseA1,
    caseA2,
    bank,
    lawFirm,
    ended,
    lonely,
    tokens,
  };
}

/** Rows in the meetings tables, to show that a refused call stored nothing. */
export async function meetingCounts(server: TestServer) {
  const em = server.db.owner.em.fork();
  return {
    meetings: await em.count(Meeting, {}),
    attendees: await em.count(MeetingAttendee, {}),
    decisions: await em.count(MeetingDecision, {}),
    links: await em.count(MeetingDecisionLink, {}),
    events: await em.count(MeetingEvent, {}),
  };
}

/** A meeting as stored, read fresh as the owner. */
export const storedMeeting = (server: TestServer, id: string) =>
  server.db.owner.em.fork().findOneOrFail(Meeting, { id });
