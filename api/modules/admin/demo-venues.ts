import type { EntityManager } from '@mikro-orm/postgresql';
import { Venue } from '../venues/venue.entity';
import { VenueSpace } from '../venues/venue-space.entity';
import type { Amenity, VenueKind, VenueSpaceKind, Weekday } from '../venues/venue.enums';
import type { OwnedRefs } from './demo-co-building';

export interface DemoVenue {
  name: string;
  kind: VenueKind;
  address: string;
  description: string;
  operatorTeam?: string;
  amenities: Amenity[];
  openingHours: { days: Weekday[]; intervals: [string, string][]; note?: string }[];
  spaces?: { name: string; kind: VenueSpaceKind; capacity: number; bookable: boolean }[];
}

/** Venues with their opening hours (one entry per group of days in the file) and spaces. */
export async function upsertVenues(em: EntityManager, owner: OwnedRefs, venues: DemoVenue[]): Promise<void> {
  const existing = new Set((await em.find(Venue, { tenant: owner.tenant })).map((v) => v.name));
  for (const v of venues) {
    if (existing.has(v.name)) continue;
    const operatorTeam = v.operatorTeam ? owner.teams.get(v.operatorTeam) : undefined;
    if (v.operatorTeam && !operatorTeam)
      throw new Error(`demo venue ${v.name}: unknown team ${v.operatorTeam}`);
    const days = v.openingHours.flatMap((h) =>
      h.days.map((weekday) => ({
        weekday,
        intervals: h.intervals.map(([opens, closes]) => ({ opens, closes })),
      })),
    );
    const notes =
      v.openingHours
        .map((h) => h.note)
        .filter(Boolean)
        .join('；') || null;
    const venue = em.create(Venue, {
      tenant: owner.tenant,
      name: v.name,
      kind: v.kind,
      address: v.address,
      description: v.description,
      operatorTeam,
      amenities: v.amenities,
      openingHours: { days, notes },
    });
    for (const space of v.spaces ?? []) {
      em.create(VenueSpace, { tenant: owner.tenant, venue, ...space });
    }
  }
}
