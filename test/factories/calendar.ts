import type { EveryTableRows } from './every-table-rows';

/** Rows of the calendar module's tenant-owned tables, if it has any (issue 6). */
export function populateCalendarTables(rows: EveryTableRows): void {
  void rows;
}
