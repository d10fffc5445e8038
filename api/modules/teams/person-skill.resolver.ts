import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { notFound } from '../../core/errors/domain-error';
import { Person } from '../organisation/person.entity';
import { personById } from '../organisation/organisation.loaders';
import { PersonConnection } from '../organisation/organisation.types';
import { PersonSkill } from './person-skill.entity';
import { PeopleWithSkillArgs, PersonSkillAddInput, PersonSkillRemoveInput } from './team.inputs';
import { skillsByPersonId } from './team.loaders';
import { SKILL_READERS } from './team.policy';
import { peopleWithSkill, personSkillAdd, personSkillRemove } from './person-skill.service';
import { PersonSkillAddPayload, PersonSkillRemovePayload } from './team.types';

/** Skills as a field of Person (the organisation module's type), and the search by skill. */
@Resolver(() => Person)
export class PersonSkillsResolver {
  @Authorized(SKILL_READERS)
  @FieldResolver(() => [PersonSkill], {
    description: 'Skills the person offers (特长), in the order recorded.',
  })
  skills(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<PersonSkill[]> {
    return ctx.loaders.get(skillsByPersonId).load(person.id);
  }

  @Authorized(SKILL_READERS)
  @Query(() => PersonConnection, {
    description:
      'People in your scope with a skill (e.g. lawyers for 123法律之家), masked unless revealed; oldest first.',
  })
  peopleWithSkill(@Args(() => PeopleWithSkillArgs) args: PeopleWithSkillArgs, @Ctx() ctx: RequestContext) {
    return peopleWithSkill(ctx, args);
  }

  @Authorized([Role.COMMUNITY_ADMIN])
  @Mutation(() => PersonSkillAddPayload, {
    description:
      'Record a skill of a person of your community (community admin); CONFLICT when it is recorded already.',
  })
  personSkillAdd(
    @Arg('input', () => PersonSkillAddInput, { description: 'The person, the skill and a note.' })
    input: PersonSkillAddInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonSkillAddPayload> {
    return personSkillAdd(ctx, input);
  }

  @Authorized([Role.COMMUNITY_ADMIN])
  @Mutation(() => PersonSkillRemovePayload, {
    description:
      'Remove a skill from a person of your community (community admin); NOT_FOUND when not recorded.',
  })
  async personSkillRemove(
    @Arg('input', () => PersonSkillRemoveInput, { description: 'The person and the skill.' })
    input: PersonSkillRemoveInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonSkillRemovePayload> {
    return { person: await personSkillRemove(ctx, input) };
  }
}

@Resolver(() => PersonSkill)
export class PersonSkillResolver {
  @FieldResolver(() => Person, { description: 'The person with the skill (masked unless revealed).' })
  async person(@Root() skill: PersonSkill, @Ctx() ctx: RequestContext): Promise<Person> {
    const person = await ctx.loaders.get(personById).load(skill.person.id);
    if (!person) throw notFound('Person', skill.person.id);
    return person;
  }
}
