import { badInput } from '../../core/errors/domain-error';

/*
 * Service dates of a sub-project's schedule (移动之家: one service field each week, rotating
 * through five). Pure date arithmetic on calendar dates (YYYY-MM-DD, no time zone), unit-tested
 * in test/unit/project-schedule.test.ts. Dates are handled as day numbers since 1970-01-01 (UTC
 * midnight), so no daylight-saving or zone offset can shift a day.
 */

export enum ScheduleFrequency {
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
  MONTHLY = 'MONTHLY',
}

export interface ScheduleRule {
  frequency: ScheduleFrequency;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  startsOn: string;
  endsOn?: string | null;
  /** Service fields in rotation order: occurrence k serves serviceFields[k mod n]. */
  serviceFields: readonly string[];
}

export interface ServiceDate {
  date: string;
  field: string;
}

/** The widest range `serviceDates` answers (a year, leap day included). */
export const MAX_RANGE_DAYS = 366;

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export const weekdayOf = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** The first day on or after `day` that falls on `weekday`. */
const onOrAfter = (day: number, weekday: number) => day + ((weekday - weekdayOf(day) + 7) % 7);

/** The first `weekday` of month `monthIndex` (months since January 1970). */
function firstWeekdayOfMonth(monthIndex: number, weekday: number): number {
  const first = Date.UTC(1970, monthIndex, 1) / DAY_MS;
  return onOrAfter(first, weekday);
}

const monthIndexOf = (day: number) => {
  const d = new Date(day * DAY_MS);
  return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
};

/** Rejects a range that is reversed or longer than MAX_RANGE_DAYS (BAD_USER_INPUT on `to`). */
export function assertServiceRange(from: string, to: string): void {
  const span = dayNumber(to) - dayNumber(from);
  if (span < 0) throw badInput('to', 'to must not be before from.');
  if (span > MAX_RANGE_DAYS) {
    throw badInput('to', `The range from–to may span at most ${MAX_RANGE_DAYS} days.`);
  }
}

/**
 * The dates in [from, to] (inclusive) on which the schedule serves, each with its service field.
 * WEEKLY: every `weekday` from the first one on or after startsOn; BIWEEKLY: every other one;
 * MONTHLY: the first `weekday` of each month, from the first one on or after startsOn. The
 * rotation counts occurrences from the schedule's first date, not from `from`, so a page of
 * dates is the same whichever range asks for it. Nothing after endsOn.
 */
export function serviceDates(rule: ScheduleRule, from: string, to: string): ServiceDate[] {
  const fields = rule.serviceFields;
  if (fields.length === 0) return [];
  const start = dayNumber(rule.startsOn);
  const lo = Math.max(dayNumber(from), start);
  const hi = Math.min(dayNumber(to), rule.endsOn ? dayNumber(rule.endsOn) : Infinity);
  const out: ServiceDate[] = [];
  if (lo > hi) return out;
  const at = (day: number, k: number) => out.push({ date: dateOf(day), field: fields[k % fields.length] });

  if (rule.frequency === ScheduleFrequency.MONTHLY) {
    let firstMonth = monthIndexOf(start);
    if (firstWeekdayOfMonth(firstMonth, rule.weekday) < start) firstMonth += 1;
    for (let m = Math.max(firstMonth, monthIndexOf(lo)); m <= monthIndexOf(hi); m++) {
      const day = firstWeekdayOfMonth(m, rule.weekday);
      if (day >= lo && day <= hi) at(day, m - firstMonth);
    }
    return out;
  }

  const step = rule.frequency === ScheduleFrequency.BIWEEKLY ? 14 : 7;
  const first = onOrAfter(start, rule.weekday);
  for (let k = Math.max(0, Math.ceil((lo - first) / step)); first + k * step <= hi; k++) {
    at(first + k * step, k);
  }
  return out;
}
