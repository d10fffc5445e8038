import { Role } from '../../api/core/auth/role.enum';
import type { Person } from '../../api/modules/organisation/person.entity';
import type { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { MicroWish } from '../../api/modules/wishes/micro-wish.entity';
import { WishEvent } from '../../api/modules/wishes/wish-event.entity';
import type { TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createPerson } from '../factories/organisation';
import { createPartnership, registerPartner } from '../factories/partners';

/**
 * The cast of the wishes tests: community A1 (a 城南-like community) with a resident who posts
 * (王小红), a volunteer resident, a team leader and a grid worker with their persons, its admin,
 * two partner units with agreements with A1; a sibling community A2 with its own resident,
 * admin and partner; the street and the district integrator above them.
 */
export interface WishWorld {
  tree: TenantTree;
  posterA1: Person;
  volunteerA1: Person;
  leaderA1: Person;
  workerA1: Person;
  posterA2: Person;
  bank: PartnerUnit;
  school: PartnerUnit;
  partnerA2: PartnerUnit;
  lonely: PartnerUnit;
  tokens: Record<
    | 'residentA1'
    | 'volunteerA1'
    | 'leaderA1'
    | 'workerA1'
    | 'adminA1'
    | 'residentA2'
    | 'adminA2'
    | 'bank'
    | 'school'
    | 'partnerA2'
    | 'lonely'
    | 'street'
    | 'integrator',
    string
  >;
}

export async function buildWishWorld(server: TestServer): Promise<WishWorld> {
  const db = server.db;
  const tree = await createTenantTree(db);
  const posterA1 = await createPerson(db, tree.communityA1, { name: '王小红' });
  const volunteerA1 = await createPerson(db, tree.communityA1, { name: '李志愿' });
  const leaderA1 = await createPerson(db, tree.communityA1, { name: '张队长' });
  const workerA1 = await createPerson(db, tree.communityA1, { name: '刘网格' });
  const posterA2 = await createPerson(db, tree.communityA2, { name: '赵小月' });
  const bank = await registerPartner(db, { name: '城南银行' });
  const school = await registerPartner(db, { name: '城南培训学校' });
  const partnerA2 = await registerPartner(db, { name: '甲二物业' });
  const lonely = await registerPartner(db, { name: '无协议公司' });
  await createPartnership(db, bank, tree.communityA1);
  await createPartnership(db, school, tree.communityA1);
  await createPartnership(db, partnerA2, tree.communityA2);
  const a1 = tree.communityA1;
  const tokens = {
    residentA1: await userSession(db, Role.RESIDENT, a1, { personId: posterA1.id, name: '王小红' }),
    volunteerA1: await userSession(db, Role.RESIDENT, a1, { personId: volunteerA1.id, name: '李志愿' }),
    leaderA1: await userSession(db, Role.TEAM_LEADER, a1, { personId: leaderA1.id, name: '张队长' }),
    workerA1: await userSession(db, Role.GRID_WORKER, a1, { personId: workerA1.id, name: '刘网格' }),
    adminA1: await userSession(db, Role.COMMUNITY_ADMIN, a1, { name: '甲一社区管理员' }),
    residentA2: await userSession(db, Role.RESIDENT, tree.communityA2, { personId: posterA2.id }),
    adminA2: await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2),
    bank: await issueKey(db, Role.PARTNER, { partnerUnit: bank, name: '城南银行' }),
    school: await issueKey(db, Role.PARTNER, { partnerUnit: school, name: '城南培训学校' }),
    partnerA2: await issueKey(db, Role.PARTNER, { partnerUnit: partnerA2, name: '甲二物业' }),
    lonely: await issueKey(db, Role.PARTNER, { partnerUnit: lonely, name: '无协议公司' }),
    street: await userSession(db, Role.STREET_ADMIN, tree.streetA),
    integrator: await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district }),
  };
  return {
    tree,
    posterA1,
    volunteerA1,
    leaderA1,
    workerA1,
    posterA2,
    bank,
    school,
    partnerA2,
    lonely,
    tokens,
  };
}

/** Rows in the wishes tables, to show that a refused call stored nothing. */
export async function wishCounts(server: TestServer) {
  const em = server.db.owner.em.fork();
  return { wishes: await em.count(MicroWish, {}), events: await em.count(WishEvent, {}) };
}

/** A wish as stored, read fresh as the owner. */
export const storedWish = (server: TestServer, id: string) =>
  server.db.owner.em.fork().findOneOrFail(MicroWish, { id });
