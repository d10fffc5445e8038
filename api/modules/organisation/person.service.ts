import { ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { paginate } from '../../core/graphql/connection';
import { badInput } from '../../core/errors/domain-error';
import { residentIdBirthDate } from '../../core/validation/identifiers';
import { Tenant } from '../tenants/tenant.entity';
import { Person } from './person.entity';
import type { PersonCreateInput, PersonListArgs, PersonUpdateInput } from './person.inputs';
import { assertNotFuture, communityFilter, ownCommunityId, searchableTenantIds } from './organisation.policy';
import { loadForChange, loadInScope } from './organisation.service';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** What a search string means: an exact phone, an exact ID number, or the start of a name. */
function searchCondition(search: string): FilterQuery<Person> {
  const s = search.trim();
  if (/^1[3-9][0-9]{9}$/.test(s)) return { phone: s };
  if (/^[0-9]{17}[0-9Xx]$/.test(s)) return { idNumber: s.toUpperCase() };
  return { name: { $like: `${escapeLike(s)}%` } };
}

export async function listPersons(ctx: RequestContext, args: PersonListArgs) {
  const community = communityFilter(ctx, args.communityId);
  const where: FilterQuery<Person>[] = [];
  if (community) where.push({ tenant: community });
  if (args.search !== undefined) {
    where.push({ tenant: { $in: searchableTenantIds(ctx, community) } }, searchCondition(args.search));
  }
  return paginate(ctx.em, Person, where.length ? { $and: where } : {}, args, ctx.config.limits);
}

export const getPerson = (ctx: RequestContext, globalId: string) => loadInScope(ctx, Person, globalId);

/**
 * The birth date to store: not in the future, and with an ID number the one the number encodes
 * (taken from it when none is given), so a person's age (minor or not) has one source of truth.
 */
function birthDateFor(idNumber: string | null | undefined, birthDate: string | null | undefined) {
  assertNotFuture('birthDate', birthDate);
  if (!idNumber) return birthDate ?? undefined;
  const encoded = residentIdBirthDate(idNumber);
  if (birthDate && birthDate !== encoded) {
    throw badInput('birthDate', `birthDate must be ${encoded}, the birth date in the resident ID number.`);
  }
  return encoded;
}

export async function personCreate(ctx: RequestContext, input: PersonCreateInput): Promise<Person> {
  const communityId = ownCommunityId(ctx);
  const person = ctx.em.create(Person, {
    tenant: ref(Tenant, communityId),
    name: input.name.trim(),
    phone: input.phone ?? undefined,
    idNumber: input.idNumber ?? undefined,
    address: input.address ?? undefined,
    birthDate: birthDateFor(input.idNumber, input.birthDate),
  });
  await ctx.em.flush();
  return person;
}

export async function personUpdate(ctx: RequestContext, input: PersonUpdateInput): Promise<Person> {
  const person = await loadForChange(ctx, Person, input.id);
  const idNumber = input.idNumber !== undefined ? input.idNumber : person.idNumber;
  // A new ID number without a birth date brings its own; otherwise the stored date must agree.
  const birthDate =
    input.birthDate !== undefined
      ? input.birthDate
      : input.idNumber !== undefined && input.idNumber
        ? undefined
        : person.birthDate;
  const checked = birthDateFor(idNumber, birthDate);
  if (input.name !== undefined) person.name = input.name.trim();
  if (input.phone !== undefined) person.phone = input.phone ?? undefined;
  if (input.idNumber !== undefined) person.idNumber = input.idNumber ?? undefined;
  if (input.address !== undefined) person.address = input.address ?? undefined;
  person.birthDate = checked;
  await ctx.em.flush();
  return person;
}
