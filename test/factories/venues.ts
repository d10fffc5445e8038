import type { Database } from '../../api/db/database';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Team, TeamKind } from '../../api/modules/teams/team.entity';
import { Venue } from '../../api/modules/venues/venue.entity';
import { VenueSpace } from '../../api/modules/venues/venue-space.entity';
import { Amenity, VenueKind, VenueSpaceKind, Weekday } from '../../api/modules/venues/venue.enums';
import type { OpeningHours } from '../../api/modules/venues/opening-hours';
import type { EveryTableRows } from './every-table-rows';

let counter = 0;

/** Mon–Fri 08:30–11:30 and 14:30–17:30, as a community office posts them. */
export const OFFICE_HOURS: OpeningHours = {
  days: [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY].map(
    (weekday) => ({
      weekday,
      intervals: [
        { opens: '08:30', closes: '11:30' },
        { opens: '14:30', closes: '17:30' },
      ],
    }),
  ),
  notes: null,
};

/** Open around the clock, every day (a rest station for delivery riders). */
export const ALWAYS_OPEN: OpeningHours = {
  days: Object.values(Weekday).map((weekday) => ({
    weekday,
    intervals: [{ opens: '00:00', closes: '24:00' }],
  })),
  notes: null,
};

/** One row in each venues table (for the RLS metadata test). */
export function populateVenueTables({ em, tenant }: EveryTableRows): void {
  const venue = em.create(Venue, {
    tenant,
    name: 'RLS 测试驿站',
    kind: VenueKind.REST_STATION,
    amenities: [Amenity.HEATER],
    openingHours: ALWAYS_OPEN,
  });
  em.create(VenueSpace, { tenant, venue, name: 'RLS 测试室', kind: VenueSpaceKind.ROOM, capacity: 10 });
}

export interface VenueData {
  name?: string;
  kind?: VenueKind;
  amenities?: Amenity[];
  openingHours?: OpeningHours;
  operatorTeam?: Team;
  closedOn?: string;
}

/** A venue of a street or community, written directly as the owner. */
export async function createVenue(db: Database, owner: Tenant, data: VenueData = {}): Promise<Venue> {
  const em = db.owner.em.fork();
  const venue = em.create(Venue, {
    tenant: em.getReference(Tenant, owner.id),
    name: data.name ?? `阵地${++counter}`,
    kind: data.kind ?? VenueKind.OTHER,
    amenities: data.amenities ?? [],
    openingHours: data.openingHours,
    operatorTeam: data.operatorTeam ? em.getReference(Team, data.operatorTeam.id) : undefined,
    closedOn: data.closedOn,
  });
  await em.flush();
  return venue;
}

export interface SpaceData {
  name?: string;
  kind?: VenueSpaceKind;
  capacity?: number;
  bookable?: boolean;
}

/** A zone or room of a venue, in the venue's tenant. */
export async function createVenueSpace(
  db: Database,
  venue: Venue,
  data: SpaceData = {},
): Promise<VenueSpace> {
  const em = db.owner.em.fork();
  const space = em.create(VenueSpace, {
    tenant: em.getReference(Tenant, venue.tenant.id),
    venue: em.getReference(Venue, venue.id),
    name: data.name ?? `活动室${++counter}`,
    kind: data.kind ?? VenueSpaceKind.ROOM,
    capacity: data.capacity,
    bookable: data.bookable ?? false,
  });
  await em.flush();
  return space;
}

/** A team of a tenant, for operator references. */
export async function createOperatorTeam(
  db: Database,
  owner: Tenant,
  name = `运营队${++counter}`,
): Promise<Team> {
  const em = db.owner.em.fork();
  const team = em.create(Team, {
    tenant: em.getReference(Tenant, owner.id),
    name,
    kind: TeamKind.SOCIAL_ENTERPRISE,
  });
  await em.flush();
  return team;
}
