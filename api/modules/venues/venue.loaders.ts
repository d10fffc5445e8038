import DataLoader from 'dataloader';
import { defineLoader } from '../../core/graphql/loader-registry';
import { readRows, rowsByIdLoader } from '../../db/read-rows';
import { Venue } from './venue.entity';
import { VenueSpace } from './venue-space.entity';

/*
 * One `where … in (…)` per batch on the request's EntityManager (tenant filter and RLS apply),
 * rows read without the unit of work, results in key order. Teams come from the teams module's
 * `teamById`, tenants from `tenantById`.
 */

export const venueById = defineLoader((em) => rowsByIdLoader(em, Venue));

/** A venue's zones and rooms, zones first, then by name. */
export const spacesByVenueId = defineLoader(
  (em) =>
    new DataLoader<string, VenueSpace[]>(async (venueIds) => {
      const rows = await readRows(
        em,
        VenueSpace,
        { venue: { $in: [...venueIds] } },
        { kind: 'asc', name: 'asc', id: 'asc' },
      );
      const groups = new Map<string, VenueSpace[]>(venueIds.map((id) => [id, []]));
      for (const row of rows) groups.get(row.venue.id)?.push(row);
      return venueIds.map((id) => groups.get(id) ?? []);
    }),
);
