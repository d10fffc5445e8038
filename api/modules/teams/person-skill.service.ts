import type { RequestContext } from '../../app/context';
import { paginate } from '../../core/graphql/connection';
import { conflict, notFound } from '../../core/errors/domain-error';
import { Person } from '../organisation/person.entity';
import { assertCommunityAdmin, communityFilter } from '../organisation/organisation.policy';
import { loadInScope } from '../organisation/organisation.service';
import { PersonSkill } from './person-skill.entity';
import type { PeopleWithSkillArgs, PersonSkillAddInput, PersonSkillRemoveInput } from './team.inputs';

/** The person whose skills change: in scope, and of a community the caller administers. */
async function personForChange(ctx: RequestContext, personId: string): Promise<Person> {
  const person = await loadInScope(ctx, Person, personId, 'personId');
  assertCommunityAdmin(ctx, person.tenant.id);
  return person;
}

export async function personSkillAdd(
  ctx: RequestContext,
  input: PersonSkillAddInput,
): Promise<{ personSkill: PersonSkill; person: Person }> {
  const person = await personForChange(ctx, input.personId);
  if ((await ctx.em.count(PersonSkill, { person, skill: input.skill })) > 0) {
    throw conflict(`This person already has the skill ${input.skill}.`);
  }
  const personSkill = ctx.em.create(PersonSkill, {
    tenant: person.tenant,
    person,
    skill: input.skill,
    note: input.note ?? undefined,
  });
  await ctx.em.flush();
  return { personSkill, person };
}

export async function personSkillRemove(ctx: RequestContext, input: PersonSkillRemoveInput): Promise<Person> {
  const person = await personForChange(ctx, input.personId);
  const skill = await ctx.em.findOne(PersonSkill, { person, skill: input.skill });
  if (!skill) throw notFound('PersonSkill', `${input.skill} of ${input.personId}`);
  ctx.em.remove(skill);
  await ctx.em.flush();
  return person;
}

/** People in the caller's scope (optionally one community) who have the skill; oldest first. */
export async function peopleWithSkill(ctx: RequestContext, args: PeopleWithSkillArgs) {
  const community = communityFilter(ctx, args.communityId);
  // A sub-select rather than a join: one row per person however the skills are stored, and the
  // page's keyset order stays the person's own (createdAt, id). The tenant filter applies to it.
  const withSkill = ctx.em
    .createQueryBuilder(PersonSkill, 's')
    .select('s.person')
    .where({ skill: args.skill });
  await withSkill.applyFilters();
  const where = community
    ? { tenant: community, id: { $in: withSkill.getKnexQuery() } }
    : { id: { $in: withSkill.getKnexQuery() } };
  return paginate(ctx.em, Person, where as never, args, ctx.config.limits);
}
