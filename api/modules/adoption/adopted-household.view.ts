import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { toGlobalId } from '../../core/graphql/global-id';
import { mask, maskMinorName, PersonalDataKind } from '../../core/privacy/masking';
import { revealRole } from '../../core/privacy/sensitive';
import { personById } from '../organisation/organisation.loaders';
import type { Person } from '../organisation/person.entity';
import type { RevealPurpose } from '../../core/privacy/reveal-purpose.enum';
import { membersByHouseholdId, partnerMayReadFully, type HouseholdFile } from '../households';
import { ageOf } from '../households/household-member.resolver';
import { AdoptedHousehold, type AdoptedHouseholdMember } from './adoption.types';

/*
 * The adopting partner's full view of a household (DOMAIN.md "Personal data": "more only for
 * households it adopted"). Plain values only with a stated purpose and only while the unit's
 * adoption is ACTIVE (household.policy.ts partnerMayReadFully) — or for the community's own
 * staff — each recorded in the request's audit (role PARTNER for a partner). The purpose is the
 * `household(purpose:)` argument: the operation-wide @reveal is refused to partners by the
 * request plugin (core), which this view does not loosen. Minors: initial and age, whoever asks.
 */

export function adoptedView(file: HouseholdFile, purpose: RevealPurpose | null): AdoptedHousehold {
  return Object.assign(new AdoptedHousehold(), {
    file,
    purpose,
    id: toGlobalId('HouseholdFile', file.id),
    code: file.code,
    status: file.status,
    categories: file.categories,
    disabilityGrade: file.disabilityGrade ?? null,
    needs: file.needs,
    reasonForSupport: file.reasonForSupport,
  });
}

/** The role under which the caller reads this file in plain, or null (then everything is masked). */
async function plainRole(ctx: RequestContext, view: AdoptedHousehold): Promise<Role | null> {
  if (!view.purpose) return null;
  const file = view.file;
  const staff = revealRole(ctx.principal, file.tenant.id);
  if (staff) return staff;
  return (await partnerMayReadFully(ctx, file)) ? Role.PARTNER : null;
}

/** A value of the file or of a person: plain and audited when the caller may, masked otherwise. */
export async function shown(
  ctx: RequestContext,
  view: AdoptedHousehold,
  kind: PersonalDataKind,
  value: string | null | undefined,
  subject: { entityType: string; entityId: string; field: string; personId: string | null },
): Promise<string | null> {
  if (value === null || value === undefined) return null;
  const role = await plainRole(ctx, view);
  if (!role || !view.purpose) return mask(kind, value) as string | null;
  ctx.audit.record({
    tenantId: view.file.tenant.id,
    role,
    purpose: view.purpose,
    entityType: subject.entityType,
    entityId: subject.entityId,
    field: subject.field,
    subjectPersonId: subject.personId,
  });
  return value;
}

export async function headOf(ctx: RequestContext, file: HouseholdFile): Promise<Person | null> {
  return ctx.loaders.get(personById).load(file.head.id);
}

export async function membersOf(
  ctx: RequestContext,
  view: AdoptedHousehold,
): Promise<AdoptedHouseholdMember[]> {
  const file = view.file;
  const members = await ctx.loaders.get(membersByHouseholdId).load(file.id);
  const people = await ctx.loaders.get(personById).loadMany(members.map((m) => m.person.id));
  return Promise.all(
    members.map(async (m, i) => {
      const person = people[i] instanceof Error ? null : (people[i] as Person | null);
      const age = ageOf(person?.birthDate);
      const minor = age === null || age < 18;
      const name = person?.name ?? '*';
      return {
        id: toGlobalId('HouseholdMember', m.id),
        relation: m.relation,
        // A minor's name is never shown beyond its initial, revealed or not (DOMAIN.md).
        name: minor
          ? (maskMinorName(name) as string)
          : ((await shown(ctx, view, PersonalDataKind.NAME, name, {
              entityType: 'Person',
              entityId: person?.id ?? m.id,
              field: 'name',
              personId: person?.id ?? null,
            })) as string),
        age,
        isMinor: minor,
      };
    }),
  );
}
