import type { Database } from '../../api/db/database';
import { Role } from '../../api/core/auth/role.enum';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { MicroWish } from '../../api/modules/wishes/micro-wish.entity';
import { WishEvent } from '../../api/modules/wishes/wish-event.entity';
import { WishSettings } from '../../api/modules/wishes/wish-settings.entity';
import {
  MicroWishStatus,
  type StoredWishStatus,
  WishAction,
  WishCategory,
} from '../../api/modules/wishes/wish.enums';
import { chinaToday } from '../../api/modules/organisation/organisation.policy';
import { addDays } from '../../api/modules/wishes/wish.workflow';
import type { EveryTableRows } from './every-table-rows';

let counter = 0;

/** One row in each wishes table (for the RLS metadata test). */
export function populateWishTables({ em, tenant, person, partnerUnit }: EveryTableRows): void {
  const wish = em.create(MicroWish, {
    tenant,
    poster: person,
    title: '《优雅走过下雨天》',
    category: WishCategory.BOOK,
    estimatedValueFen: 3500,
    status: MicroWishStatus.CLAIMED,
    expiresOn: '2030-01-01',
    claimantPartnerUnit: partnerUnit,
    claimedAt: new Date(),
  });
  em.create(WishEvent, {
    tenant,
    wish,
    action: WishAction.POST,
    toStatus: MicroWishStatus.OPEN,
    occurredAt: new Date(),
    actorKind: 'USER',
    actorId: person.id,
    actorName: 'test',
    actorRole: Role.RESIDENT,
  });
  em.create(WishSettings, { tenant, requiresApproval: true });
}

/** Today and the days around it, China time (what the API compares expiry dates with). */
export const today = () => chinaToday();
export const daysFromToday = (n: number) => addDays(chinaToday(), n);

/**
 * A wish of `poster` written as the owner, with a POST event, in any state: e.g. an OPEN wish
 * whose expiresOn was yesterday (expired), or one already claimed by a partner unit.
 */
export async function createWish(
  db: Database,
  poster: Person,
  options: {
    title?: string;
    category?: WishCategory;
    status?: StoredWishStatus;
    expiresOn?: string;
    estimatedValueFen?: number;
    claimantPartnerUnit?: PartnerUnit;
    claimantPerson?: Person;
    claimedAt?: Date;
    createdAt?: Date;
  } = {},
): Promise<MicroWish> {
  const em = db.owner.em.fork();
  const tenant = em.getReference(Tenant, poster.tenant.id);
  const status = options.status ?? MicroWishStatus.OPEN;
  const claimed = !!(options.claimantPartnerUnit ?? options.claimantPerson);
  // Posted an hour ago unless told: the steps a test takes now come after it.
  const createdAt = options.createdAt ?? new Date(Date.now() - 3600_000);
  const wish = em.create(MicroWish, {
    tenant,
    poster: em.getReference(Person, poster.id),
    title: options.title ?? `心愿${++counter}`,
    category: options.category ?? WishCategory.TOY,
    estimatedValueFen: options.estimatedValueFen,
    status,
    expiresOn: options.expiresOn ?? daysFromToday(30),
    claimantPartnerUnit: options.claimantPartnerUnit
      ? em.getReference(PartnerUnit, options.claimantPartnerUnit.id)
      : undefined,
    claimantPerson: options.claimantPerson ? em.getReference(Person, options.claimantPerson.id) : undefined,
    // Claimed ten minutes ago unless told: a delivery recorded now comes after it.
    claimedAt: claimed ? (options.claimedAt ?? new Date(Date.now() - 600_000)) : undefined,
    createdAt,
  });
  em.create(WishEvent, {
    tenant,
    wish,
    action: WishAction.POST,
    toStatus: status,
    occurredAt: createdAt,
    createdAt,
    actorKind: 'USER',
    actorId: poster.id,
    actorName: '测试',
    actorRole: Role.RESIDENT,
  });
  await em.flush();
  return wish;
}

/** A community's settings, written as the owner. */
export async function setWishSettings(
  db: Database,
  community: Tenant,
  settings: { requiresApproval?: boolean; defaultExpiryDays?: number },
): Promise<void> {
  const em = db.owner.em.fork();
  const row =
    (await em.findOne(WishSettings, { tenant: community.id })) ??
    em.create(WishSettings, { tenant: em.getReference(Tenant, community.id) });
  Object.assign(row, settings);
  await em.flush();
}
