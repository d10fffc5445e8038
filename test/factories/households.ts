import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database } from '../../api/db/database';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Grid } from '../../api/modules/organisation/grid.entity';
import { MicroGrid, MicroGridKind } from '../../api/modules/organisation/micro-grid.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { HouseholdMember } from '../../api/modules/households/household-member.entity';
import { HouseholdEvent } from '../../api/modules/households/household-event.entity';
import { HouseholdObjection } from '../../api/modules/households/household-objection.entity';
import {
  HouseholdAction,
  HouseholdCategory,
  HouseholdRelation,
  HouseholdStatus,
} from '../../api/modules/households/household.enums';
import type { EveryTableRows } from './every-table-rows';

/** One row in each households table (for the RLS metadata test). */
export function populateHouseholdTables({ em, tenant, person, grid }: EveryTableRows): void {
  const microGrid = em.create(MicroGrid, {
    tenant,
    grid,
    code: 'RLS-HH',
    name: '测试楼栋',
    kind: MicroGridKind.BUILDING,
  });
  const household = em.create(HouseholdFile, {
    tenant,
    code: 'RLS-HH-1',
    grid,
    microGrid,
    gridWorker: person,
    head: person,
    categories: [HouseholdCategory.LOW_INCOME],
    needs: '测试',
    reasonForSupport: '测试',
  });
  em.create(HouseholdMember, { tenant, household, person, relation: HouseholdRelation.HEAD });
  em.create(HouseholdEvent, {
    tenant,
    household,
    action: HouseholdAction.CREATE,
    toStatus: HouseholdStatus.DRAFT,
    actorKind: 'USER',
    actorId: person.id,
    actorName: 'test',
    actorRole: 'GRID_WORKER',
    occurredAt: new Date(),
  });
  em.create(HouseholdObjection, {
    tenant,
    household,
    text: '测试',
    objectorKind: 'USER',
    objectorId: person.id,
    objectorName: 'test',
  });
}

let counter = 0;

export interface HouseholdSeed {
  microGrid: MicroGrid;
  gridWorker: Person;
  /** The members; the first is the head. */
  members: { person: Person; relation: HouseholdRelation }[];
  status?: HouseholdStatus;
  categories?: HouseholdCategory[];
  disabilityGrade?: number;
  situation?: string;
  noticeEndsAt?: Date;
  code?: string;
}

/** Writes as the owner within one tenant's scope (row-level security is forced for the owner too). */
export async function asOwnerIn<T>(db: Database, tenantId: string, work: (em: EntityManager) => Promise<T>) {
  return db.owner.em.fork().transactional(async (tx) => {
    await tx.execute("select set_config('app.tenant_ids', ?, true)", [tenantId]);
    return work(tx);
  });
}

/** A household file written directly (test setup), with its members and a CREATE event. */
export async function createHouseholdFile(db: Database, seed: HouseholdSeed): Promise<HouseholdFile> {
  const tenantId = seed.microGrid.tenant.id;
  return asOwnerIn(db, tenantId, async (em) => {
    const tenant = em.getReference(Tenant, tenantId);
    const file = em.create(HouseholdFile, {
      tenant,
      code: seed.code ?? `HH-${++counter}`,
      grid: em.getReference(Grid, seed.microGrid.grid.id),
      microGrid: em.getReference(MicroGrid, seed.microGrid.id),
      gridWorker: em.getReference(Person, seed.gridWorker.id),
      head: em.getReference(Person, seed.members[0].person.id),
      categories: seed.categories ?? [HouseholdCategory.ELDERLY_LIVING_ALONE],
      disabilityGrade: seed.disabilityGrade,
      situation: seed.situation ?? '独居，患慢性病，子女在外地',
      needs: '每周上门探访，代购生活用品',
      reasonForSupport: '独居高龄老人，行动不便',
      status: seed.status ?? HouseholdStatus.DRAFT,
      noticeEndsAt: seed.noticeEndsAt,
    });
    for (const m of seed.members) {
      em.create(HouseholdMember, {
        tenant,
        household: file,
        person: em.getReference(Person, m.person.id),
        relation: m.relation,
      });
    }
    em.create(HouseholdEvent, {
      tenant,
      household: file,
      action: HouseholdAction.CREATE,
      toStatus: HouseholdStatus.DRAFT,
      actorKind: 'USER',
      actorId: seed.gridWorker.id,
      actorName: 'factory',
      actorRole: 'GRID_WORKER',
      occurredAt: new Date(),
    });
    await em.flush();
    return file;
  });
}
