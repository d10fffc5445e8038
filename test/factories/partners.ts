import type { EveryTableRows } from './every-table-rows';

/** One row in each partners table beyond the foundation's (for the RLS metadata test). */
export function populatePartnerTables(rows: EveryTableRows): void {
  void rows;
}
