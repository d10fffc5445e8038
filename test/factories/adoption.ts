import type { Database } from '../../api/db/database';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { MicroGrid, MicroGridKind } from '../../api/modules/organisation/micro-grid.entity';
import { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { HouseholdCategory, HouseholdStatus } from '../../api/modules/households/household.enums';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { Partnership, PartnershipStatus } from '../../api/modules/partners/partnership.entity';
import { Adoption } from '../../api/modules/adoption/adoption.entity';
import { Pledge } from '../../api/modules/adoption/pledge.entity';
import { SupportRecord } from '../../api/modules/adoption/support-record.entity';
import { SupportFollowUp } from '../../api/modules/adoption/support-follow-up.entity';
import { PledgeFrequency, PledgeKind, SupportConfirmation } from '../../api/modules/adoption/adoption.enums';
import type { EveryTableRows } from './every-table-rows';
import { asOwnerIn } from './households';

/** One row in each adoption table (for the RLS metadata test). */
export function populateAdoptionTables({ em, tenant, person, grid, partnerUnit }: EveryTableRows): void {
  const microGrid = em.create(MicroGrid, {
    tenant,
    grid,
    code: 'RLS-AD',
    name: '认领测试楼栋',
    kind: MicroGridKind.BUILDING,
  });
  const household = em.create(HouseholdFile, {
    tenant,
    code: 'RLS-AD-1',
    grid,
    microGrid,
    gridWorker: person,
    head: person,
    categories: [HouseholdCategory.DISABILITY],
    disabilityGrade: 2,
    needs: '轮椅',
    reasonForSupport: '测试',
    status: HouseholdStatus.SUPPORT_UNDER_WAY,
  });
  const partnership = em.create(Partnership, { tenant, partnerUnit, signedOn: '2024-01-01' });
  const adoption = em.create(Adoption, {
    tenant,
    household,
    partnerUnit,
    partnership,
    adoptedAt: new Date(),
    adoptedByName: 'test',
  });
  const pledge = em.create(Pledge, {
    tenant,
    adoption,
    kind: PledgeKind.ONE_OFF_IN_KIND,
    description: '轮椅一台',
    startsOn: '2024-01-01',
    dueOn: '2024-01-31',
  });
  const record = em.create(SupportRecord, {
    tenant,
    pledge,
    deliveredOn: '2024-01-20',
    item: '轮椅一台',
    recordedByKind: 'USER',
    recordedById: person.id,
    recordedByName: 'test',
    recordedByRole: 'PARTNER',
    confirmation: SupportConfirmation.RECEIVED_WITH_ISSUES,
  });
  em.create(SupportFollowUp, {
    tenant,
    household,
    supportRecord: record,
    reason: SupportConfirmation.RECEIVED_WITH_ISSUES,
  });
}

export interface PledgeSeed {
  kind?: PledgeKind;
  description?: string;
  amountFen?: number;
  frequency?: PledgeFrequency;
  startsOn?: string;
  endsOn?: string;
  dueOn?: string;
}

/** An ACTIVE adoption written directly (test setup), the file set to ADOPTED, with its pledges. */
export async function createAdoption(
  db: Database,
  file: HouseholdFile,
  unit: PartnerUnit,
  pledges: PledgeSeed[] = [{ kind: PledgeKind.ONE_OFF_IN_KIND, description: '轮椅一台' }],
): Promise<{ adoption: Adoption; pledges: Pledge[] }> {
  return asOwnerIn(db, file.tenant.id, async (em) => {
    const tenant = em.getReference(Tenant, file.tenant.id);
    const partnership = await em.findOneOrFail(Partnership, {
      tenant: file.tenant.id,
      partnerUnit: unit.id,
      status: PartnershipStatus.ACTIVE,
    });
    const adoption = em.create(Adoption, {
      tenant,
      household: em.getReference(HouseholdFile, file.id),
      partnerUnit: em.getReference(PartnerUnit, unit.id),
      partnership,
      adoptedAt: new Date(),
      adoptedByName: 'factory',
    });
    const rows = pledges.map((p) =>
      em.create(Pledge, {
        tenant,
        adoption,
        kind: p.kind ?? PledgeKind.ONE_OFF_IN_KIND,
        description: p.description,
        amountFen: p.amountFen,
        frequency: p.frequency,
        startsOn: p.startsOn ?? '2025-01-01',
        endsOn: p.endsOn,
        dueOn: p.dueOn ?? (p.kind === PledgeKind.ONE_OFF_IN_KIND || !p.kind ? '2025-01-31' : undefined),
      }),
    );
    await em.nativeUpdate(HouseholdFile, { id: file.id }, { status: HouseholdStatus.ADOPTED });
    await em.flush();
    return { adoption, pledges: rows };
  });
}
