import y2024 from './data/2024.json';
import y2025 from './data/2025.json';
import y2026 from './data/2026.json';
import type { YearCalendar } from './working-days';

export interface OfficialCalendar extends YearCalendar {
  source: string;
}

/**
 * The official calendars kept in the repo (data/<year>.json, from the 国务院办公厅 notices),
 * loaded by migration 20261124020001. Later years are set with `holidayCalendarSet` when the
 * notice is published (each November), or by a new data file and migration.
 */
export const OFFICIAL_CALENDARS: OfficialCalendar[] = [y2024, y2025, y2026];
