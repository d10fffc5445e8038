import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import type { Grid } from '../../api/modules/organisation/grid.entity';
import type { MicroGrid } from '../../api/modules/organisation/micro-grid.entity';
import type { Person } from '../../api/modules/organisation/person.entity';
import { HouseholdRelation } from '../../api/modules/households/household.enums';
import type { HouseholdFile } from '../../api/modules/households/household-file.entity';
import type { TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createGrid, createMicroGrid, createPerson } from '../factories/organisation';
import { createHouseholdFile } from '../factories/households';

export const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

/**
 * The care world: community A1 with two grids and a grid worker for each (worker G1 has a person
 * record), an elderly person's household file in grid 1; A2 and B1 as out-of-scope siblings with
 * their own devices; the street and district above.
 */
export interface World {
  tree: TenantTree;
  grid1: Grid;
  grid2: Grid;
  mg1: MicroGrid;
  mg2: MicroGrid;
  mgA2: MicroGrid;
  worker: Person;
  elder: Person;
  file: HouseholdFile;
  tokens: Record<
    | 'adminA1'
    | 'workerG1'
    | 'workerG2'
    | 'adminA2'
    | 'workerA2'
    | 'streetA'
    | 'streetB'
    | 'integrator'
    | 'deviceA1'
    | 'deviceA2'
    | 'residentA1',
    string
  >;
  /** A new elderly person of A1 (each enrolment needs its own person). */
  person(name?: string): Promise<Person>;
}

export async function buildWorld(server: TestServer): Promise<World> {
  const db = server.db;
  const tree = await createTenantTree(db);
  const grid1 = await createGrid(db, tree.communityA1, 'G01', '第一网格');
  const grid2 = await createGrid(db, tree.communityA1, 'G02', '第二网格');
  const gridA2 = await createGrid(db, tree.communityA2, 'G01', '甲二第一网格');
  const mg1 = await createMicroGrid(db, grid1, 'G01-M01', { name: '嵩山路1号' });
  const mg2 = await createMicroGrid(db, grid2, 'G02-M01', { name: '嵩山路2号' });
  const mgA2 = await createMicroGrid(db, gridA2, 'G01-M01', { name: '黄河路1号' });
  const worker = await createPerson(db, tree.communityA1, { name: '王网格' });
  const elder = await createPerson(db, tree.communityA1, {
    name: '徐明',
    birthDate: '1938-05-06',
    address: '嵩山路1号3栋2单元401',
  });
  const file = await createHouseholdFile(db, {
    microGrid: mg1,
    gridWorker: worker,
    members: [{ person: elder, relation: HouseholdRelation.HEAD }],
  });
  const resident = await createPerson(db, tree.communityA1, { name: '赵居民' });
  let n = 0;
  const tokens: World['tokens'] = {
    adminA1: await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA1, { name: '社区书记' }),
    workerG1: await userSession(db, Role.GRID_WORKER, tree.communityA1, {
      gridIds: [grid1.id],
      personId: worker.id,
      name: '王网格',
    }),
    workerG2: await userSession(db, Role.GRID_WORKER, tree.communityA1, { gridIds: [grid2.id] }),
    adminA2: await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2),
    workerA2: await userSession(db, Role.GRID_WORKER, tree.communityA2, { gridIds: [gridA2.id] }),
    streetA: await userSession(db, Role.STREET_ADMIN, tree.streetA),
    streetB: await userSession(db, Role.STREET_ADMIN, tree.streetB),
    integrator: await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district }),
    deviceA1: await issueKey(db, Role.DEVICE, { tenant: tree.communityA1, name: '嵩山路1号智能门铃' }),
    deviceA2: await issueKey(db, Role.DEVICE, { tenant: tree.communityA2, name: '黄河路1号智能门铃' }),
    residentA1: await userSession(db, Role.RESIDENT, tree.communityA1, { personId: resident.id }),
  };
  const person = (name = `独居老人${++n}`) =>
    createPerson(db, tree.communityA1, { name, birthDate: '1940-01-01' });
  return { tree, grid1, grid2, mg1, mg2, mgA2, worker, elder, file, tokens, person };
}

/** Enrolment input in grid 1 (micro-grid 嵩山路1号), worker 王网格 responsible. */
export const enrolInput = (w: World, person: Person, extra: Record<string, unknown> = {}) => ({
  personId: gid('Person', person),
  microGridId: gid('MicroGrid', w.mg1),
  responsibleWorkerId: gid('Person', w.worker),
  ...extra,
});
