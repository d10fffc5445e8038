import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { HouseholdObjection } from './household-objection.entity';
import { HouseholdObjectionAnswerInput, HouseholdObjectionRaiseInput } from './household.inputs';
import { FILE_ADMINS, OBJECTORS } from './household.policy';
import { householdObjectionAnswer, householdObjectionRaise } from './household-objection.service';
import { HouseholdObjectionPayload } from './household.types';

@Resolver(() => HouseholdObjection)
export class HouseholdObjectionResolver {
  @Authorized(OBJECTORS)
  @Mutation(() => HouseholdObjectionPayload, {
    description:
      'Raise an objection (提出异议) to a household on public notice in your community. After the notice ' +
      'period, or for a file not on notice, INVALID_TRANSITION naming the file’s state.',
  })
  async householdObjectionRaise(
    @Arg('input', () => HouseholdObjectionRaiseInput, { description: 'The file and the objection.' })
    input: HouseholdObjectionRaiseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdObjectionPayload> {
    return { objection: await householdObjectionRaise(ctx, input) };
  }

  @Authorized(FILE_ADMINS)
  @Mutation(() => HouseholdObjectionPayload, {
    description:
      'Answer an objection (答复异议): DISMISS (the file is published once the notice is over and no objection ' +
      'is open) or UPHOLD (the file is WITHDRAWN). The community admin.',
  })
  async householdObjectionAnswer(
    @Arg('input', () => HouseholdObjectionAnswerInput, { description: 'The objection and the answer.' })
    input: HouseholdObjectionAnswerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdObjectionPayload> {
    return { objection: await householdObjectionAnswer(ctx, input) };
  }
}
