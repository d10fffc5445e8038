import type { EveryTableRows } from './every-table-rows';

/** One row in each projects table (for the RLS metadata test). */
export function populateProjectTables(rows: EveryTableRows): void {
  void rows;
}
