import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import { Venue } from './venue.entity';
import { VenueSpace } from './venue-space.entity';

@ObjectType('VenueConnection', { description: 'A page of venues (阵地).' })
export class VenueConnection extends Connection(Venue) {}

@ObjectType('VenueSpaceConnection', { description: 'A page of venue zones or rooms.' })
export class VenueSpaceConnection extends Connection(VenueSpace) {}

@ObjectType('VenueCreatePayload', { description: 'Result of venueCreate.' })
export class VenueCreatePayload {
  @Field(() => Venue, { description: 'The new venue.' })
  venue!: Venue;
}

@ObjectType('VenueUpdatePayload', { description: 'Result of venueUpdate.' })
export class VenueUpdatePayload {
  @Field(() => Venue, { description: 'The venue as stored.' })
  venue!: Venue;
}

@ObjectType('VenueClosePayload', { description: 'Result of venueClose.' })
export class VenueClosePayload {
  @Field(() => Venue, { description: 'The closed venue.' })
  venue!: Venue;
}

@ObjectType('VenueReopenPayload', { description: 'Result of venueReopen.' })
export class VenueReopenPayload {
  @Field(() => Venue, { description: 'The reopened venue.' })
  venue!: Venue;
}

@ObjectType('VenueSpaceAddPayload', { description: 'Result of venueSpaceAdd.' })
export class VenueSpaceAddPayload {
  @Field(() => VenueSpace, { description: 'The new zone or room.' })
  venueSpace!: VenueSpace;
}

@ObjectType('VenueSpaceUpdatePayload', { description: 'Result of venueSpaceUpdate.' })
export class VenueSpaceUpdatePayload {
  @Field(() => VenueSpace, { description: 'The zone or room as stored.' })
  venueSpace!: VenueSpace;
}
