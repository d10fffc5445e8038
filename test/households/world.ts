import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import type { Grid } from '../../api/modules/organisation/grid.entity';
import type { MicroGrid } from '../../api/modules/organisation/micro-grid.entity';
import type { Person } from '../../api/modules/organisation/person.entity';
import { HouseholdRelation, HouseholdStatus } from '../../api/modules/households/household.enums';
import type { HouseholdFile } from '../../api/modules/households/household-file.entity';
import type { TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createGrid, createMicroGrid, createPerson } from '../factories/organisation';
import { createPartnership, registerPartner } from '../factories/partners';
import { createHouseholdFile, type HouseholdSeed } from '../factories/households';

export const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

/**
 * The households world: community A1 with two grids (a grid worker for each), A2 and B1 as
 * out-of-scope siblings, the street and district above, residents, and two partner units (one
 * partnering with A1, one with A2 only). People of A1: an elderly head, a grandchild (a minor).
 */
export interface World {
  tree: TenantTree;
  grid1: Grid;
  grid2: Grid;
  mg1: MicroGrid;
  mg2: MicroGrid;
  mgA2: MicroGrid;
  worker: Person;
  head: Person;
  grandchild: Person;
  tokens: Record<
    | 'adminA1'
    | 'workerG1'
    | 'workerG2'
    | 'adminA2'
    | 'workerA2'
    | 'streetA'
    | 'integrator'
    | 'residentA1'
    | 'residentA2'
    | 'partnerA1'
    | 'partnerA2'
    | 'teamLeader',
    string
  >;
  /** A file in A1's grid 1 with the head and the grandchild, in `status`. */
  file(status?: HouseholdStatus, extra?: Partial<HouseholdSeed>): Promise<HouseholdFile>;
}

export async function buildWorld(server: TestServer): Promise<World> {
  const db = server.db;
  const tree = await createTenantTree(db);
  const grid1 = await createGrid(db, tree.communityA1, 'G01', '第一网格');
  const grid2 = await createGrid(db, tree.communityA1, 'G02', '第二网格');
  const gridA2 = await createGrid(db, tree.communityA2, 'G01', '甲二第一网格');
  const mg1 = await createMicroGrid(db, grid1, 'G01-M01', { name: '嵩山路1号' });
  const mg2 = await createMicroGrid(db, grid2, 'G02-M01', { name: '嵩山路2号' });
  const mgA2 = await createMicroGrid(db, gridA2, 'G01-M01');
  const worker = await createPerson(db, tree.communityA1, { name: '王网格' });
  const head = await createPerson(db, tree.communityA1, {
    name: '徐明',
    birthDate: '1948-05-06',
    address: '嵩山路1号3栋2单元401',
  });
  const grandchild = await createPerson(db, tree.communityA1, { name: '徐小宝', birthDate: '2015-09-01' });
  const resident = await createPerson(db, tree.communityA1, { name: '赵居民' });
  const unitA1 = await registerPartner(db, { name: '甲一共建企业' });
  const unitA2 = await registerPartner(db, { name: '甲二共建企业' });
  await createPartnership(db, unitA1, tree.communityA1);
  await createPartnership(db, unitA2, tree.communityA2);
  const tokens: World['tokens'] = {
    adminA1: await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA1, { name: '社区书记' }),
    workerG1: await userSession(db, Role.GRID_WORKER, tree.communityA1, {
      gridIds: [grid1.id],
      name: '王网格',
    }),
    workerG2: await userSession(db, Role.GRID_WORKER, tree.communityA1, { gridIds: [grid2.id] }),
    adminA2: await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2),
    workerA2: await userSession(db, Role.GRID_WORKER, tree.communityA2, { gridIds: [gridA2.id] }),
    streetA: await userSession(db, Role.STREET_ADMIN, tree.streetA),
    integrator: await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district }),
    residentA1: await userSession(db, Role.RESIDENT, tree.communityA1, {
      personId: resident.id,
      name: '赵居民',
    }),
    residentA2: await userSession(db, Role.RESIDENT, tree.communityA2),
    partnerA1: await issueKey(db, Role.PARTNER, { partnerUnit: unitA1 }),
    partnerA2: await issueKey(db, Role.PARTNER, { partnerUnit: unitA2 }),
    teamLeader: await userSession(db, Role.TEAM_LEADER, tree.communityA1),
  };
  const file = (status = HouseholdStatus.DRAFT, extra: Partial<HouseholdSeed> = {}) =>
    createHouseholdFile(db, {
      microGrid: mg1,
      gridWorker: worker,
      members: [
        { person: head, relation: HouseholdRelation.HEAD },
        { person: grandchild, relation: HouseholdRelation.GRANDCHILD },
      ],
      status,
      ...extra,
    });
  return { tree, grid1, grid2, mg1, mg2, mgA2, worker, head, grandchild, tokens, file };
}
