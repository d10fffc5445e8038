import type { EveryTableRows } from './every-table-rows';

/** One row in each venues table (for the RLS metadata test). */
export function populateVenueTables(rows: EveryTableRows): void {
  void rows;
}
