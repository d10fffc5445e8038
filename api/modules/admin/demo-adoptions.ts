import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tenant } from '../tenants/tenant.entity';
import type { Person } from '../organisation/person.entity';
import type { Partnership } from '../partners/partnership.entity';
import { Role } from '../../core/auth/role.enum';
import { HouseholdFile } from '../households/household-file.entity';
import { HouseholdEvent } from '../households/household-event.entity';
import { HouseholdAction, HouseholdStatus } from '../households/household.enums';
import { Adoption } from '../adoption/adoption.entity';
import { Pledge } from '../adoption/pledge.entity';
import { SupportRecord } from '../adoption/support-record.entity';
import { SupportFollowUp } from '../adoption/support-follow-up.entity';
import { PledgeFrequency, PledgeKind, SupportConfirmation } from '../adoption/adoption.enums';
import { DEMO_ACTOR } from './demo-co-building';

/** An adoption of a demo file: the unit, its pledges and the deliveries recorded on them. */
export interface DemoAdoption {
  household: string;
  partner: string;
  adoptedOn: string;
  adoptedBy?: string;
  pledges: {
    kind: PledgeKind;
    description: string;
    amountFen?: number;
    frequency?: PledgeFrequency;
    startsOn: string;
    endsOn?: string;
    dueOn?: string;
    untilMember?: string;
  }[];
  support: {
    pledge: number;
    deliveredOn: string;
    amountFen?: number;
    item?: string;
    evidenceNote: string;
    confirmation: SupportConfirmation;
  }[];
}

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/** The last day before someone's 18th birthday (a 29 February birthday turns 18 on 28 February). */
function dayBefore18(birthDate: string): string {
  const [y, m, d] = birthDate.split('-').map(Number);
  const birthday = new Date(Date.UTC(y + 18, m - 1, m === 2 && d === 29 ? 28 : d));
  return new Date(birthday.getTime() - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Adoptions of a community's published files, as the owner: the adoption through the unit's
 * partnership, its pledges, the support records (confirmed as the file says, a discrepancy
 * opening a follow-up), and the file's history moved on (ADOPT, then START_SUPPORT with the first
 * delivery). Idempotent: a file that already has an adoption is left as it is.
 */
export async function upsertAdoptions(
  em: EntityManager,
  tenant: Tenant,
  adoptions: DemoAdoption[],
  people: Map<string, Person>,
  partnerships: Map<string, Partnership>,
): Promise<void> {
  if (adoptions.length === 0) return;
  const files = new Map((await em.find(HouseholdFile, { tenant })).map((f) => [f.code, f]));
  const adopted = new Set((await em.find(Adoption, { tenant })).map((a) => a.household.id));
  for (const a of adoptions) {
    const file = files.get(a.household);
    const partnership = partnerships.get(a.partner);
    if (!file || !partnership)
      throw new Error(`demo adoption: unknown household ${a.household} or partner ${a.partner}`);
    if (adopted.has(file.id)) continue;
    const unit = await partnership.partnerUnit.loadOrFail();
    const adoption = em.create(Adoption, {
      tenant,
      household: file,
      partnerUnit: unit,
      partnership,
      adoptedAt: at(a.adoptedOn, 10),
      adoptedByName: a.adoptedBy ?? unit.name,
    });
    // Listed in the file's order: one millisecond apart, as lists order by (createdAt, id).
    const pledgedAt = at(a.adoptedOn, 10).getTime();
    const pledges = a.pledges.map((p, i) => {
      const child = p.untilMember ? people.get(p.untilMember) : undefined;
      if (p.untilMember && !child?.birthDate)
        throw new Error(`demo pledge: no birth date for ${p.untilMember}`);
      return em.create(Pledge, {
        tenant,
        adoption,
        createdAt: new Date(pledgedAt + i),
        kind: p.kind,
        description: p.description,
        amountFen: p.amountFen,
        frequency: p.frequency,
        startsOn: p.startsOn,
        endsOn: child ? dayBefore18(child.birthDate!) : p.endsOn,
        dueOn: p.dueOn,
        untilPerson: child,
      });
    });
    for (const s of a.support) {
      const record = em.create(SupportRecord, {
        tenant,
        pledge: pledges[s.pledge],
        deliveredOn: s.deliveredOn,
        amountFen: s.amountFen,
        item: s.item,
        evidenceNote: s.evidenceNote,
        recordedByKind: DEMO_ACTOR.actorKind,
        recordedById: DEMO_ACTOR.actorId,
        recordedByName: `${unit.name} (${DEMO_ACTOR.actorName})`,
        recordedByRole: Role.PARTNER,
        confirmation: s.confirmation,
        confirmedAt: at(s.deliveredOn, 18),
        confirmedByName: `网格管家 (${DEMO_ACTOR.actorName})`,
      });
      if (s.confirmation !== SupportConfirmation.RECEIVED) {
        em.create(SupportFollowUp, {
          tenant,
          household: file,
          supportRecord: record,
          reason: s.confirmation,
        });
      }
    }
    const history = (action: HouseholdAction, from: HouseholdStatus, to: HouseholdStatus, when: Date) =>
      em.create(HouseholdEvent, {
        tenant,
        household: file,
        action,
        fromStatus: from,
        toStatus: to,
        occurredAt: when,
        actorKind: DEMO_ACTOR.actorKind,
        actorId: DEMO_ACTOR.actorId,
        actorName: `${a.adoptedBy ?? unit.name} (${DEMO_ACTOR.actorName})`,
        actorRole: Role.PARTNER,
      });
    history(HouseholdAction.ADOPT, HouseholdStatus.PUBLISHED, HouseholdStatus.ADOPTED, at(a.adoptedOn, 10));
    file.status = HouseholdStatus.ADOPTED;
    const first = [...a.support].sort((x, y) => x.deliveredOn.localeCompare(y.deliveredOn))[0];
    if (first) {
      history(
        HouseholdAction.START_SUPPORT,
        HouseholdStatus.ADOPTED,
        HouseholdStatus.SUPPORT_UNDER_WAY,
        at(first.deliveredOn, 11),
      );
      file.status = HouseholdStatus.SUPPORT_UNDER_WAY;
    }
  }
}
