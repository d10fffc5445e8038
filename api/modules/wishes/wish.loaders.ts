import DataLoader from 'dataloader';
import { defineLoader, groupByKeys } from '../../core/graphql/loader-registry';
import { readRows } from '../../db/read-rows';
import { WishEvent } from './wish-event.entity';

/** A wish's history, in the order it happened: one `where … in (…)` per batch, in key order. */
export const eventsByWishId = defineLoader(
  (em) =>
    new DataLoader<string, WishEvent[]>(async (wishIds) => {
      const rows = await readRows(
        em,
        WishEvent,
        { wish: { $in: [...wishIds] } },
        { occurredAt: 'asc', createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(wishIds, rows, (e) => e.wish.id);
    }),
);
