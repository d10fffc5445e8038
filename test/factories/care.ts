import type { EveryTableRows } from './every-table-rows';
import type { CaseTableRows } from './cases';

/** One row in each of the care module's tenant-owned tables (issue 6). */
export function populateCareTables(rows: EveryTableRows, cases: CaseTableRows): void {
  void rows;
  void cases;
}
