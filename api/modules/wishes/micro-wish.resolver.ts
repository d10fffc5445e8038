import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver, ID } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { MicroWish } from './micro-wish.entity';
import {
  MicroWishApproveInput,
  MicroWishClaimInput,
  MicroWishCloseInput,
  MicroWishDeliverInput,
  MicroWishPostInput,
  MicroWishRejectInput,
  MicroWishReleaseInput,
  MicroWishWallArgs,
  MicroWishWithdrawInput,
  MyClaimedWishesArgs,
} from './wish.inputs';
import {
  WISH_CLAIM_ACTORS,
  WISH_CLOSERS,
  WISH_HELPERS,
  WISH_POSTERS,
  WISH_READERS,
  WISH_STAFF,
} from './wish.policy';
import {
  getWish,
  microWishApprove,
  microWishClaim,
  microWishClose,
  microWishDeliver,
  microWishPost,
  microWishReject,
  microWishRelease,
  microWishWall,
  microWishWithdraw,
  myClaimedWishes,
} from './wish.service';
import { MicroWishConnection, MicroWishPayload } from './wish.types';

const payload = async (wish: Promise<MicroWish>): Promise<MicroWishPayload> => ({ microWish: await wish });

/** Queries and mutations of micro-wishes (微心愿); each a single service call. */
@Resolver(() => MicroWish)
export class MicroWishResolver {
  @Authorized(WISH_READERS)
  @Query(() => MicroWishConnection, {
    description:
      'The wish wall (心愿墙): micro-wishes of the communities in your scope, newest first. Residents and ' +
      'partners see approved wishes (and residents their own in any state); staff and integrators all. ' +
      "The poster's name is masked unless the community's staff reveal it.",
  })
  microWishWall(@Args(() => MicroWishWallArgs) args: MicroWishWallArgs, @Ctx() ctx: RequestContext) {
    return microWishWall(ctx, args);
  }

  @Authorized(WISH_READERS)
  @Query(() => MicroWish, { description: 'One micro-wish you may see, by global id; NOT_FOUND otherwise.' })
  microWish(
    @Arg('id', () => ID, { description: 'Global id of the micro-wish.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getWish(ctx, id);
  }

  @Authorized(WISH_HELPERS)
  @Query(() => MicroWishConnection, {
    description: 'Wishes your partner unit (or you, as a volunteer) holds the claim of, newest first.',
  })
  myClaimedWishes(@Args(() => MyClaimedWishesArgs) args: MyClaimedWishesArgs, @Ctx() ctx: RequestContext) {
    return myClaimedWishes(ctx, args);
  }

  @Authorized(WISH_POSTERS)
  @Mutation(() => MicroWishPayload, {
    description:
      'Post a micro-wish: a resident for itself, a community admin for a resident of the community. ' +
      'PENDING_APPROVAL when the community approves wishes first, OPEN otherwise.',
  })
  microWishPost(
    @Arg('input', () => MicroWishPostInput, { description: 'The wish.' }) input: MicroWishPostInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(microWishPost(ctx, input));
  }

  @Authorized(WISH_STAFF)
  @Mutation(() => MicroWishPayload, {
    description: 'Approve a pending wish (community admin): it becomes OPEN.',
  })
  microWishApprove(
    @Arg('input', () => MicroWishApproveInput, { description: 'The wish.' }) input: MicroWishApproveInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(microWishApprove(ctx, input));
  }

  @Authorized(WISH_STAFF)
  @Mutation(() => MicroWishPayload, {
    description: 'Reject a pending wish (community admin), with the reason.',
  })
  microWishReject(
    @Arg('input', () => MicroWishRejectInput, { description: 'The wish and the reason (note).' })
    input: MicroWishRejectInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(microWishReject(ctx, input));
  }

  @Authorized(WISH_HELPERS)
  @Mutation(() => MicroWishPayload, {
    description:
      'Claim an OPEN wish (认领): a partner for its unit (agreement in force with the community), or a ' +
      'volunteer of the community. Claimed once: a second claim is CONFLICT; an expired wish cannot be claimed.',
  })
  microWishClaim(
    @Arg('input', () => MicroWishClaimInput, { description: 'The wish.' }) input: MicroWishClaimInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(microWishClaim(ctx, input));
  }

  @Authorized(WISH_CLAIM_ACTORS)
  @Mutation(() => MicroWishPayload, {
    description: 'Give up your claim (or, as community admin, any claim): the wish is OPEN again.',
  })
  microWishRelease(
    @Arg('input', () => MicroWishReleaseInput, { description: 'The wish.' }) input: MicroWishReleaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(microWishRelease(ctx, input));
  }

  @Authorized(WISH_CLAIM_ACTORS)
  @Mutation(() => MicroWishPayload, {
    description:
      'Record the delivery (送达) of a wish you claimed, or as community admin on the claimant’s behalf.',
  })
  microWishDeliver(
    @Arg('input', () => MicroWishDeliverInput, { description: 'The wish, when and what.' })
    input: MicroWishDeliverInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(microWishDeliver(ctx, input));
  }

  @Authorized(WISH_CLOSERS)
  @Mutation(() => MicroWishPayload, {
    description:
      'Confirm a delivered wish and close it: the resident whose wish it is, or the community admin.',
  })
  microWishClose(
    @Arg('input', () => MicroWishCloseInput, { description: 'The wish.' }) input: MicroWishCloseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(microWishClose(ctx, input));
  }

  @Authorized(WISH_POSTERS)
  @Mutation(() => MicroWishPayload, {
    description: 'Withdraw a wish not yet claimed: the resident whose wish it is, or the community admin.',
  })
  microWishWithdraw(
    @Arg('input', () => MicroWishWithdrawInput, { description: 'The wish.' }) input: MicroWishWithdrawInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(microWishWithdraw(ctx, input));
  }
}
