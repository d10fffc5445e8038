import { Role } from '../../api/core/auth/role.enum';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { HouseholdMember } from '../../api/modules/households/household-member.entity';
import type { HouseholdFile } from '../../api/modules/households/household-file.entity';
import type { TestServer } from '../support/server';
import { issueKey } from '../factories/principals';
import { createPartnership, registerPartner } from '../factories/partners';
import { buildWorld, gid, type World } from '../households/world';

export { gid };

/**
 * The households world (test/households/world.ts) plus a second unit partnering with A1, so two
 * partners can race for one household. partnerA1 and partnerA1b partner with A1; partnerA2 with
 * A2 only. The grandchild of w.file() was born 2015-09-01 (18 on 2033-09-01).
 */
export interface AdoptionWorld extends World {
  unitA1: PartnerUnit;
  unitA1b: PartnerUnit;
  partnerA1b: string;
  /** The global id of a file's member by relation (for untilMemberId). */
  memberId(file: HouseholdFile, relation: string): Promise<string>;
}

export async function buildAdoptionWorld(server: TestServer): Promise<AdoptionWorld> {
  const w = await buildWorld(server);
  const unitA1 = await server.db.owner.em.fork().findOneOrFail(PartnerUnit, { name: '甲一共建企业' });
  const unitA1b = await registerPartner(server.db, { name: '甲一第二共建企业' });
  await createPartnership(server.db, unitA1b, w.tree.communityA1);
  const partnerA1b = await issueKey(server.db, Role.PARTNER, { partnerUnit: unitA1b });
  const memberId = async (file: HouseholdFile, relation: string) => {
    const members = await server.db.owner.em.fork().find(HouseholdMember, { household: file.id });
    return gid(
      'HouseholdMember',
      members.find((m) => m.relation === relation)!,
    );
  };
  return { ...w, unitA1, unitA1b, partnerA1b, memberId };
}
