import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { Team } from '../teams/team.entity';
import { teamById } from '../teams/team.loaders';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { GRID_READERS } from '../organisation/organisation.policy';
import { chinaToday } from '../organisation/organisation.policy';
import { Partnership } from '../partners/partnership.entity';
import { Venue } from './venue.entity';
import { VenueSpace } from './venue-space.entity';
import { isOpenAt, openingHoursText } from './opening-hours';
import {
  VenueCloseInput,
  VenueCreateInput,
  VenueListArgs,
  VenueReopenInput,
  VenueUpdateInput,
} from './venue.inputs';
import { spacesByVenueId } from './venue.loaders';
import { partnershipById } from '../partners/partners.loaders';
import { microGridById } from '../organisation/organisation.loaders';
import { OPERATOR_PARTNERSHIP_READERS, VENUE_READERS, VENUE_WRITERS } from './venue.policy';
import { getVenue, listVenues, venueClose, venueCreate, venueReopen, venueUpdate } from './venue.service';
import {
  VenueClosePayload,
  VenueConnection,
  VenueCreatePayload,
  VenueReopenPayload,
  VenueUpdatePayload,
} from './venue.types';

@Resolver(() => Venue)
export class VenueResolver {
  @Authorized(VENUE_READERS)
  @Query(() => VenueConnection, {
    description: 'Venues (阵地) in your scope, each attributed to its tenant; oldest first.',
  })
  venues(@Args(() => VenueListArgs) args: VenueListArgs, @Ctx() ctx: RequestContext) {
    return listVenues(ctx, args);
  }

  @Authorized(VENUE_READERS)
  @Query(() => Venue, { description: 'One venue in your scope by global id; NOT_FOUND outside it.' })
  venue(
    @Arg('id', () => ID, { description: 'Global id of the venue.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getVenue(ctx, id);
  }

  @Authorized(VENUE_WRITERS)
  @Mutation(() => VenueCreatePayload, {
    description: 'Create a venue of your community (community admin) or street (street admin).',
  })
  async venueCreate(
    @Arg('input', () => VenueCreateInput, { description: 'The new venue.' }) input: VenueCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VenueCreatePayload> {
    return { venue: await venueCreate(ctx, input) };
  }

  @Authorized(VENUE_WRITERS)
  @Mutation(() => VenueUpdatePayload, {
    description: 'Change a venue you manage: details, operator, amenities, opening hours.',
  })
  async venueUpdate(
    @Arg('input', () => VenueUpdateInput, { description: 'The venue and its new values.' })
    input: VenueUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VenueUpdatePayload> {
    return { venue: await venueUpdate(ctx, input) };
  }

  @Authorized(VENUE_WRITERS)
  @Mutation(() => VenueClosePayload, {
    description:
      'Close a venue you manage for good; it stays readable as history (INVALID_TRANSITION if closed).',
  })
  async venueClose(
    @Arg('input', () => VenueCloseInput, { description: 'The venue and the day it closes.' })
    input: VenueCloseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VenueClosePayload> {
    return { venue: await venueClose(ctx, input) };
  }

  @Authorized(VENUE_WRITERS)
  @Mutation(() => VenueReopenPayload, {
    description: 'Reopen a closed venue you manage (INVALID_TRANSITION if it is not closed).',
  })
  async venueReopen(
    @Arg('input', () => VenueReopenInput, { description: 'The venue.' }) input: VenueReopenInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VenueReopenPayload> {
    return { venue: await venueReopen(ctx, input) };
  }

  @FieldResolver(() => Tenant, { description: 'The street or community (街道/社区) that owns the venue.' })
  async tenant(@Root() venue: Venue, @Ctx() ctx: RequestContext): Promise<Tenant> {
    const tenant = await ctx.loaders.get(tenantById).load(venue.tenant.id);
    if (!tenant) throw notFound('Tenant', venue.tenant.id);
    return tenant;
  }

  @FieldResolver(() => [VenueSpace], { description: 'Zones and rooms of the venue, zones first, by name.' })
  spaces(@Root() venue: Venue, @Ctx() ctx: RequestContext): Promise<VenueSpace[]> {
    return ctx.loaders.get(spacesByVenueId).load(venue.id);
  }

  @FieldResolver(() => Team, {
    nullable: true,
    description: 'The team that runs it, e.g. 巧厨娘 the canteen.',
  })
  async operatorTeam(@Root() venue: Venue, @Ctx() ctx: RequestContext): Promise<Team | null> {
    return venue.operatorTeam ? ctx.loaders.get(teamById).load(venue.operatorTeam.id) : null;
  }

  @Authorized(OPERATOR_PARTNERSHIP_READERS)
  @FieldResolver(() => Partnership, {
    nullable: true,
    description: 'The co-building partnership (共建协议) under which a partner unit runs it, if any.',
  })
  async operatorPartnership(@Root() venue: Venue, @Ctx() ctx: RequestContext): Promise<Partnership | null> {
    return venue.operatorPartnership
      ? ctx.loaders.get(partnershipById).load(venue.operatorPartnership.id)
      : null;
  }

  @Authorized(GRID_READERS)
  @FieldResolver(() => MicroGrid, {
    nullable: true,
    description: 'The micro-grid (微网格) it stands in, if recorded.',
  })
  async microGrid(@Root() venue: Venue, @Ctx() ctx: RequestContext): Promise<MicroGrid | null> {
    return venue.microGrid ? ctx.loaders.get(microGridById).load(venue.microGrid.id) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the venue is open at an instant (China time, UTC+8): false once closed for good, null when hours are not recorded.',
  })
  isOpenAt(
    @Root() venue: Venue,
    @Arg('at', () => Date, { description: 'The instant, e.g. 2026-01-05T09:00:00+08:00.' }) at: Date,
  ): boolean | null {
    return isOpenAt(venue.openingHours, venue.closedOn, at);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Opening hours as a notice reads, e.g. 周一至周五 08:30-11:30、14:30-17:30; null when not recorded.',
  })
  openingHoursText(@Root() venue: Venue): string | null {
    return openingHoursText(venue.openingHours);
  }

  @FieldResolver(() => Boolean, { description: 'Closed for good as of today (China time).' })
  closed(@Root() venue: Venue): boolean {
    return !!venue.closedOn && venue.closedOn <= chinaToday();
  }
}
