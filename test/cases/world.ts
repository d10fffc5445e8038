import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import type { Grid } from '../../api/modules/organisation/grid.entity';
import type { MicroGrid } from '../../api/modules/organisation/micro-grid.entity';
import type { Person } from '../../api/modules/organisation/person.entity';
import type { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import type { Team } from '../../api/modules/teams/team.entity';
import { TeamKind } from '../../api/modules/teams/team.entity';
import { Case } from '../../api/modules/cases/case.entity';
import { CaseEvent } from '../../api/modules/cases/case-event.entity';
import { CaseAttachment } from '../../api/modules/cases/case-attachment.entity';
import type { TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createGrid, createMicroGrid, createPerson } from '../factories/organisation';
import { createPartnership, registerPartner } from '../factories/partners';
import { createTeam } from '../factories/teams';

export const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

/** 10:00 on Friday 7 March 2025 in Beijing: GRID (3 working days) runs to the end of Wed 12 March. */
export const FRIDAY_MORNING = '2025-03-07T02:00:00Z';

/**
 * The cast of the cases tests: community A1 (a 狮子山-like community) with two grids, a grid
 * worker on G01, a resident (the reporter), its admin, a mediation team (调解千千结), a partner law
 * firm with an agreement and one without; its sibling A2 with an admin and a resident; street A
 * and street B admins, the district integrator, and a mobile probe key issued for A1.
 */
export interface CaseWorld {
  tree: TenantTree;
  g01: Grid;
  g02: Grid;
  m01: MicroGrid;
  reporter: Person;
  mediator: Person;
  team: Team;
  lawFirm: PartnerUnit;
  strangerFirm: PartnerUnit;
  tokens: Record<
    | 'resident'
    | 'worker'
    | 'worker2'
    | 'admin'
    | 'adminA2'
    | 'residentA2'
    | 'street'
    | 'streetB'
    | 'integrator'
    | 'probe'
    | 'probe2',
    string
  >;
}

export async function buildCaseWorld(server: TestServer): Promise<CaseWorld> {
  const db = server.db;
  const tree = await createTenantTree(db);
  const a1 = tree.communityA1;
  const g01 = await createGrid(db, a1, 'G01');
  const g02 = await createGrid(db, a1, 'G02');
  const m01 = await createMicroGrid(db, g01, 'G01-M01', { name: '嵩山路1号' });
  const reporter = await createPerson(db, a1, { name: '王小红', phone: '13800001234' });
  const mediator = await createPerson(db, a1, { name: '李调解' });
  const residentA2 = await createPerson(db, tree.communityA2, { name: '赵小月' });
  const team = await createTeam(db, a1, { name: '调解千千结', kind: TeamKind.MEDIATION });
  const lawFirm = await registerPartner(db, { name: '法之援律师事务所' });
  const strangerFirm = await registerPartner(db, { name: '无协议律所' });
  await createPartnership(db, lawFirm, a1);
  const tokens = {
    resident: await userSession(db, Role.RESIDENT, a1, { personId: reporter.id, name: '王小红' }),
    worker: await userSession(db, Role.GRID_WORKER, a1, { gridIds: [g01.id], name: '刘网格' }),
    worker2: await userSession(db, Role.GRID_WORKER, a1, { gridIds: [g02.id], name: '陈网格' }),
    admin: await userSession(db, Role.COMMUNITY_ADMIN, a1, { name: '甲一社区管理员' }),
    adminA2: await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2),
    residentA2: await userSession(db, Role.RESIDENT, tree.communityA2, { personId: residentA2.id }),
    street: await userSession(db, Role.STREET_ADMIN, tree.streetA, { name: '甲街道管理员' }),
    streetB: await userSession(db, Role.STREET_ADMIN, tree.streetB),
    integrator: await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district, name: '区平台' }),
    probe: await issueKey(db, Role.MOBILE_PROBE, { tenant: a1, name: '快递小哥张三' }),
    probe2: await issueKey(db, Role.MOBILE_PROBE, { tenant: a1, name: '外卖骑手李四' }),
  };
  return { tree, g01, g02, m01, reporter, mediator, team, lawFirm, strangerFirm, tokens };
}

/** Rows in the cases tables, to show that a refused call stored nothing. */
export async function caseCounts(server: TestServer) {
  const em = server.db.owner.em.fork();
  return {
    cases: await em.count(Case, {}, { filters: false }),
    events: await em.count(CaseEvent, {}, { filters: false }),
    attachments: await em.count(CaseAttachment, {}, { filters: false }),
  };
}
