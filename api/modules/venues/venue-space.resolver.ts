import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { Venue } from './venue.entity';
import { VenueSpace } from './venue-space.entity';
import { BookableRoomListArgs, VenueSpaceAddInput, VenueSpaceUpdateInput } from './venue.inputs';
import { venueById } from './venue.loaders';
import { VENUE_READERS, VENUE_WRITERS } from './venue.policy';
import { listBookableRooms, venueSpaceAdd, venueSpaceUpdate } from './venue.service';
import { VenueSpaceAddPayload, VenueSpaceConnection, VenueSpaceUpdatePayload } from './venue.types';

@Resolver(() => VenueSpace)
export class VenueSpaceResolver {
  @Authorized(VENUE_READERS)
  @Query(() => VenueSpaceConnection, {
    description: 'Bookable rooms (可预约活动室) of operating venues in your scope; the base for bookings.',
  })
  bookableRooms(@Args(() => BookableRoomListArgs) args: BookableRoomListArgs, @Ctx() ctx: RequestContext) {
    return listBookableRooms(ctx, args);
  }

  @Authorized(VENUE_WRITERS)
  @Mutation(() => VenueSpaceAddPayload, { description: 'Add a zone or room to a venue you manage.' })
  async venueSpaceAdd(
    @Arg('input', () => VenueSpaceAddInput, { description: 'The new zone or room.' })
    input: VenueSpaceAddInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VenueSpaceAddPayload> {
    return { venueSpace: await venueSpaceAdd(ctx, input) };
  }

  @Authorized(VENUE_WRITERS)
  @Mutation(() => VenueSpaceUpdatePayload, { description: 'Change a zone or room of a venue you manage.' })
  async venueSpaceUpdate(
    @Arg('input', () => VenueSpaceUpdateInput, { description: 'The space and its new values.' })
    input: VenueSpaceUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VenueSpaceUpdatePayload> {
    return { venueSpace: await venueSpaceUpdate(ctx, input) };
  }

  @FieldResolver(() => Venue, { description: 'The venue this zone or room belongs to.' })
  async venue(@Root() space: VenueSpace, @Ctx() ctx: RequestContext): Promise<Venue> {
    const venue = await ctx.loaders.get(venueById).load(space.venue.id);
    if (!venue) throw notFound('Venue', space.venue.id);
    return venue;
  }
}
