import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { SupportFollowUp } from './support-follow-up.entity';
import { FollowUpListArgs, SupportFollowUpResolveInput, SupportRecordConfirmInput } from './adoption.inputs';
import { CONFIRMERS, FOLLOW_UP_STAFF } from './adoption.policy';
import { listFollowUps, supportFollowUpResolve, supportRecordConfirm } from './adoption.service';
import { SupportFollowUpConnection, SupportFollowUpPayload, SupportRecordPayload } from './adoption.types';

@Resolver(() => SupportFollowUp)
export class SupportFollowUpResolver {
  @Authorized(CONFIRMERS)
  @Mutation(() => SupportRecordPayload, {
    description:
      'Confirm a delivery with the household (入户核实): the grid worker of its grid or the community admin, once. ' +
      'NOT_RECEIVED or RECEIVED_WITH_ISSUES opens a follow-up for the community (a note is required).',
  })
  supportRecordConfirm(
    @Arg('input', () => SupportRecordConfirmInput, { description: 'The record and what the household said.' })
    input: SupportRecordConfirmInput,
    @Ctx() ctx: RequestContext,
  ) {
    return supportRecordConfirm(ctx, input);
  }

  @Authorized(FOLLOW_UP_STAFF)
  @Mutation(() => SupportFollowUpPayload, { description: 'Resolve an OPEN follow-up, with how.' })
  supportFollowUpResolve(
    @Arg('input', () => SupportFollowUpResolveInput, { description: 'The follow-up and its resolution.' })
    input: SupportFollowUpResolveInput,
    @Ctx() ctx: RequestContext,
  ) {
    return supportFollowUpResolve(ctx, input);
  }

  @Authorized(FOLLOW_UP_STAFF)
  @Query(() => SupportFollowUpConnection, {
    description:
      'Follow-ups (跟进事项) on disputed deliveries, oldest first: a community admin its community’s, a grid ' +
      'worker those of its grids.',
  })
  supportFollowUps(@Args(() => FollowUpListArgs) args: FollowUpListArgs, @Ctx() ctx: RequestContext) {
    return listFollowUps(ctx, args);
  }
}
