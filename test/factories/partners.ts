import type { Database } from '../../api/db/database';
import { unifiedSocialCreditCheckChar } from '../../api/core/validation/identifiers';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { Partnership, PartnershipStatus } from '../../api/modules/partners/partnership.entity';
import { Commitment, PartnerUnitKind } from '../../api/modules/partners/partners.enums';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import type { EveryTableRows } from './every-table-rows';

/** One row in each partners table beyond the foundation's (for the RLS metadata test): none so far. */
export function populatePartnerTables(rows: EveryTableRows): void {
  void rows;
}

let counter = 0;

/** A fresh, valid unified social credit code (GB 32100 check character), unique per call. */
export function nextCreditCode(): string {
  const first17 = `91410103MA${String(++counter + Math.floor(Math.random() * 1e6) * 100)
    .padStart(7, '0')
    .slice(-7)}`;
  return first17 + unifiedSocialCreditCheckChar(first17);
}

/** Registers a partner unit directly as the owner (test setup is the platform-admin path). */
export async function registerPartner(
  db: Database,
  options: { name?: string; kind?: PartnerUnitKind; creditCode?: string; address?: string } = {},
): Promise<PartnerUnit> {
  const em = db.owner.em.fork();
  const unit = em.create(PartnerUnit, {
    name: options.name ?? `共建单位${++counter}`,
    kind: options.kind ?? PartnerUnitKind.ENTERPRISE,
    creditCode: options.creditCode ?? nextCreditCode(),
    address: options.address,
  });
  await em.flush();
  return unit;
}

/** An agreement of `unit` with `tenant`, ACTIVE from 2024-01-01 unless told otherwise. */
export async function createPartnership(
  db: Database,
  unit: PartnerUnit,
  tenant: Tenant,
  options: Partial<
    Pick<
      Partnership,
      | 'signedOn'
      | 'startsOn'
      | 'endsOn'
      | 'status'
      | 'commitments'
      | 'acceptsPoints'
      | 'contactName'
      | 'contactPhone'
    >
  > = {},
): Promise<Partnership> {
  const em = db.owner.em.fork();
  // Row-level security is forced for the owner too: the insert states its tenant.
  return em.transactional(async (tx) => {
    await tx.execute("select set_config('app.tenant_ids', ?, true)", [tenant.id]);
    const partnership = tx.create(Partnership, {
      tenant: tx.getReference(Tenant, tenant.id),
      partnerUnit: tx.getReference(PartnerUnit, unit.id),
      signedOn: options.signedOn ?? '2024-01-01',
      startsOn: options.startsOn,
      endsOn: options.endsOn,
      status: options.status ?? PartnershipStatus.ACTIVE,
      commitments: options.commitments ?? [Commitment.ACTIVITIES, Commitment.RESOURCES],
      acceptsPoints: options.acceptsPoints ?? false,
      contactName: options.contactName ?? '李建国',
      contactPhone: options.contactPhone ?? '13912345678',
    });
    await tx.flush();
    return partnership;
  });
}
