import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { defineLoader } from '../../core/graphql/loader-registry';
import { readRows } from '../../db/read-rows';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Partnership } from '../partners/partnership.entity';
import { Venue } from './venue.entity';
import { VenueSpace } from './venue-space.entity';

/*
 * One `where … in (…)` per batch on the request's EntityManager (tenant filter and RLS apply),
 * rows read without the unit of work, results in key order. Teams come from the teams module's
 * `teamById`, tenants from `tenantById`.
 */

function byId<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await readRows(em, entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export const venueById = defineLoader((em) => byId(em, Venue));
/** Micro-grids by id (the organisation module has no such loader yet). */
export const venueMicroGridById = defineLoader((em) => byId(em, MicroGrid));
export const partnershipById = defineLoader((em) => byId(em, Partnership));

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
