import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tenant } from '../tenants/tenant.entity';
import type { Person } from '../organisation/person.entity';
import type { PartnerUnit } from '../partners/partner-unit.entity';
import { Role } from '../../core/auth/role.enum';
import { MicroWish } from '../wishes/micro-wish.entity';
import { WishEvent } from '../wishes/wish-event.entity';
import { MicroWishStatus, type StoredWishStatus, WishAction, WishCategory } from '../wishes/wish.enums';
import { DEMO_ACTOR } from './demo-co-building';

/** A wish of a demo file: its state follows from how far it got (claim, delivered, closedOn). */
export interface DemoWish {
  poster: string;
  title: string;
  description?: string;
  category: WishCategory;
  estimatedValueFen?: number;
  postedOn: string;
  expiresOn: string;
  claim?: { partner?: string; person?: string; on: string };
  delivered?: { on: string; by: string; note?: string };
  closedOn?: string;
}

/** A demo day at a plausible hour, China time (the files give dates only). */
const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/**
 * A community's wish wall, with the events each wish went through (posted, claimed, delivered,
 * closed) dated from the file. Idempotent by (community, title, poster).
 */
export async function upsertWishes(
  em: EntityManager,
  tenant: Tenant,
  wishes: DemoWish[],
  people: Map<string, Person>,
  partnerUnits: (key: string) => PartnerUnit | undefined,
): Promise<void> {
  const existing = await em.find(MicroWish, { tenant });
  const person = (key: string) => {
    const found = people.get(key);
    if (!found) throw new Error(`demo wish of ${tenant.name}: unknown person ${key}`);
    return found;
  };
  for (const w of wishes) {
    const poster = person(w.poster);
    if (existing.some((e) => e.title === w.title && e.poster.id === poster.id)) continue;
    const unit = w.claim?.partner ? partnerUnits(w.claim.partner) : undefined;
    if (w.claim?.partner && !unit)
      throw new Error(`demo wish ${w.title}: unknown partner ${w.claim.partner}`);
    const claimant = w.claim?.person ? person(w.claim.person) : undefined;
    const deliverer = w.delivered ? person(w.delivered.by) : undefined;
    const status: StoredWishStatus = w.closedOn
      ? MicroWishStatus.CLOSED
      : w.delivered
        ? MicroWishStatus.DELIVERED
        : w.claim
          ? MicroWishStatus.CLAIMED
          : MicroWishStatus.OPEN;
    const wish = em.create(MicroWish, {
      tenant,
      poster,
      title: w.title,
      description: w.description,
      category: w.category,
      estimatedValueFen: w.estimatedValueFen,
      status,
      expiresOn: w.expiresOn,
      claimantPartnerUnit: unit,
      claimantPerson: claimant,
      claimedAt: w.claim ? at(w.claim.on, 10) : undefined,
      deliveredAt: w.delivered ? at(w.delivered.on, 19) : undefined,
      deliveredByRole: w.delivered ? Role.RESIDENT : undefined,
      deliveredByName: deliverer?.name,
      deliveryNote: w.delivered?.note,
      closedAt: w.closedOn ? at(w.closedOn, 9) : undefined,
    });
    const event = (
      action: WishAction,
      from: StoredWishStatus | undefined,
      to: StoredWishStatus,
      when: Date,
      role: Role,
      name: string,
    ) =>
      em.create(WishEvent, {
        tenant,
        wish,
        action,
        fromStatus: from,
        toStatus: to,
        occurredAt: when,
        ...DEMO_ACTOR,
        actorName: `${name} (${DEMO_ACTOR.actorName})`,
        actorRole: role,
      });
    event(WishAction.POST, undefined, MicroWishStatus.OPEN, at(w.postedOn, 9), Role.RESIDENT, poster.name);
    if (w.claim) {
      const by = unit ? unit.name : claimant!.name;
      event(
        WishAction.CLAIM,
        MicroWishStatus.OPEN,
        MicroWishStatus.CLAIMED,
        at(w.claim.on, 10),
        unit ? Role.PARTNER : Role.RESIDENT,
        by,
      );
    }
    if (w.delivered) {
      event(
        WishAction.DELIVER,
        MicroWishStatus.CLAIMED,
        MicroWishStatus.DELIVERED,
        at(w.delivered.on, 19),
        Role.RESIDENT,
        deliverer!.name,
      );
    }
    if (w.closedOn) {
      event(
        WishAction.CLOSE,
        MicroWishStatus.DELIVERED,
        MicroWishStatus.CLOSED,
        at(w.closedOn, 9),
        Role.RESIDENT,
        poster.name,
      );
    }
  }
}
