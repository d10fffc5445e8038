/**
 * Working days on the official calendar (工作日), pure date arithmetic on YYYY-MM-DD strings.
 * A day is a working day when it is a swapped working weekend day (调休上班) of its year, or a
 * Monday–Friday that is not an official day off. A year with no calendar falls back to plain
 * Monday–Friday: a deadline is then a little early around holidays rather than never computed.
 */
export interface YearCalendar {
  year: number;
  /** Official days off (放假), weekends inside a holiday included or not: both work. */
  daysOff: readonly string[];
  /** Weekend days that are working days (调休上班). */
  workingDays: readonly string[];
}

/** The calendars of some years, looked up by date. */
export class WorkingCalendar {
  private readonly off = new Set<string>();
  private readonly on = new Set<string>();
  private readonly years = new Set<number>();

  constructor(years: readonly YearCalendar[] = []) {
    for (const y of years) {
      this.years.add(y.year);
      y.daysOff.forEach((d) => this.off.add(d));
      y.workingDays.forEach((d) => this.on.add(d));
    }
  }

  /** Whether a calendar of `year` is known (otherwise Monday–Friday applies). */
  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: string): boolean {
    if (this.on.has(date)) return true;
    if (this.off.has(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function assertDate(date: string): void {
  if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  }
}

/** `date` plus `days` calendar days. */
export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The `n`th working day after `start` (the start day itself never counts: a case reported on a
 * Friday evening with 3 days has Monday, Tuesday, Wednesday). n = 0 gives `start` itself.
 */
export function addWorkingDays(start: string, n: number, calendar: WorkingCalendar): string {
  assertDate(start);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  let day = start;
  let left = n;
  while (left > 0) {
    day = addCalendarDays(day, 1);
    if (calendar.isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** Working days in (from, to]: how many working days pass from `from` to `to` (0 if to ≤ from). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  assertDate(from);
  assertDate(to);
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The China (UTC+8) calendar date of a moment. */
export const chinaDate = (moment: Date): string =>
  new Date(moment.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** The end of a China calendar day: the next day's 00:00 at UTC+8, as an instant. */
export const endOfChinaDay = (date: string): Date =>
  new Date(Date.parse(`${addCalendarDays(date, 1)}T00:00:00Z`) - CHINA_OFFSET_MS);

/** The years a computation starting at `moment` may touch for `n` working days (this and next). */
export function yearsAhead(moment: Date, n: number): number[] {
  const year = Number(chinaDate(moment).slice(0, 4));
  // 120 working days never span more than one year boundary (about 170 calendar days).
  return n > 120 ? [year, year + 1, year + 2] : [year, year + 1];
}
