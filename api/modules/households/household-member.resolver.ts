import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { ageOn } from '../../core/privacy/masking';
import { Person } from '../organisation/person.entity';
import { personById } from '../organisation/organisation.loaders';
import { chinaToday } from '../organisation/organisation.policy';
import { HouseholdMember } from './household-member.entity';

/** Age in full years today (China time), or null without a birth date. */
export const ageOf = (birthDate: string | null | undefined): number | null =>
  birthDate ? ageOn(String(birthDate).slice(0, 10), chinaToday()) : null;

/** Under 18 today; null without a birth date. */
export const isMinor = (birthDate: string | null | undefined): boolean | null => {
  const age = ageOf(birthDate);
  return age === null ? null : age < 18;
};

@Resolver(() => HouseholdMember)
export class HouseholdMemberResolver {
  private async load(member: HouseholdMember, ctx: RequestContext): Promise<Person> {
    const person = await ctx.loaders.get(personById).load(member.person.id);
    if (!person) throw notFound('Person', member.person.id);
    return person;
  }

  @FieldResolver(() => Person, {
    description: 'The person (masked unless revealed by the community’s staff).',
  })
  person(@Root() member: HouseholdMember, @Ctx() ctx: RequestContext): Promise<Person> {
    return this.load(member, ctx);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Age in full years today (null without a birth date).',
  })
  async age(@Root() member: HouseholdMember, @Ctx() ctx: RequestContext): Promise<number | null> {
    return ageOf((await this.load(member, ctx)).birthDate);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Under 18 today (未成年), from the person’s birth date (null when it is unknown).',
  })
  async isMinor(@Root() member: HouseholdMember, @Ctx() ctx: RequestContext): Promise<boolean | null> {
    return isMinor((await this.load(member, ctx)).birthDate);
  }
}
