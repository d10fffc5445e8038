import DataLoader from 'dataloader';
import { defineLoader, groupByKeys } from '../../core/graphql/loader-registry';
import { readRows } from '../../db/read-rows';
import { HouseholdMember } from './household-member.entity';
import { HouseholdEvent } from './household-event.entity';
import { HouseholdObjection } from './household-objection.entity';
import { HouseholdRelation } from './household.enums';

/*
 * One `where … in (…)` per batch on the request's EntityManager (tenant filter and RLS apply),
 * results in key order; rows read without the unit of work, as organisation.loaders.ts does.
 */

const RELATION_ORDER = Object.values(HouseholdRelation);

/** A household's members: the head first, then by relation, then in the order they were added. */
export const membersByHouseholdId = defineLoader(
  (em) =>
    new DataLoader<string, HouseholdMember[]>(async (ids) => {
      const rows = await readRows(
        em,
        HouseholdMember,
        { household: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      rows.sort((a, b) => RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation));
      return groupByKeys(ids, rows, (m) => m.household.id);
    }),
);

/** A household's history, in the order it happened. */
export const eventsByHouseholdId = defineLoader(
  (em) =>
    new DataLoader<string, HouseholdEvent[]>(async (ids) => {
      const rows = await readRows(
        em,
        HouseholdEvent,
        { household: { $in: [...ids] } },
        { occurredAt: 'asc', createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (e) => e.household.id);
    }),
);

/** Objections raised against a household, oldest first. */
export const objectionsByHouseholdId = defineLoader(
  (em) =>
    new DataLoader<string, HouseholdObjection[]>(async (ids) => {
      const rows = await readRows(
        em,
        HouseholdObjection,
        { household: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (o) => o.household.id);
    }),
);
