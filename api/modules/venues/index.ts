import { registerNode } from '../../core/graphql/node-registry';
import { findInScope } from '../organisation/organisation.service';
import { Venue } from './venue.entity';
import { VenueSpace } from './venue-space.entity';
import { VenueResolver } from './venue.resolver';
import { VenueSpaceResolver } from './venue-space.resolver';
import { VENUE_READERS } from './venue.policy';

export { Venue, VenueSpace };
export { Amenity, VenueKind, VenueSpaceKind, Weekday } from './venue.enums';
export { venueById, spacesByVenueId } from './venue.loaders';
export const venueEntities = [Venue, VenueSpace];
export const venueResolvers = [VenueResolver, VenueSpaceResolver];

// node(id:) refetches within the caller's scope, like the type's own queries.
registerNode('Venue', { readers: VENUE_READERS, load: (ctx, id) => findInScope(ctx, Venue, id) });
registerNode('VenueSpace', { readers: VENUE_READERS, load: (ctx, id) => findInScope(ctx, VenueSpace, id) });
