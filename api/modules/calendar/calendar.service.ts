import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { badInput } from '../../core/errors/domain-error';
import { HolidayCalendar } from './holiday-calendar.entity';
import type { HolidayCalendarSetInput, HolidayCalendarType } from './calendar.types';
import { WorkingCalendar } from './working-days';

interface CalendarRow {
  year: number;
  days_off: string[];
  working_days: string[];
  source: string | null;
  updated_at: Date | null;
}

/**
 * Calendar rows of some years, read through `holiday_calendar_years` (security definer: the API
 * role has no privilege on the platform table itself). Works on a request's EntityManager and on
 * a job's owner transaction alike, inside the EntityManager's transaction when it has one.
 */
async function calendarRows(em: EntityManager, years: number[]): Promise<CalendarRow[]> {
  return em
    .getConnection()
    .execute<CalendarRow[]>(
      'select year, days_off, working_days, source, updated_at from holiday_calendar_years(?::int[])',
      [`{${years.map((y) => Math.trunc(y)).join(',')}}`],
      'all',
      em.getTransactionContext(),
    );
}

/** The working calendar of some years (Monday–Friday for a year with no calendar). */
export async function loadWorkingCalendar(em: EntityManager, years: number[]): Promise<WorkingCalendar> {
  const rows = await calendarRows(em, years);
  return new WorkingCalendar(
    rows.map((r) => ({ year: Number(r.year), daysOff: r.days_off, workingDays: r.working_days })),
  );
}

const toType = (year: number, row: CalendarRow | undefined): HolidayCalendarType => ({
  year,
  published: !!row,
  daysOff: row ? [...row.days_off].sort() : [],
  workingDays: row ? [...row.working_days].sort() : [],
  source: row?.source ?? null,
  updatedAt: row?.updated_at ?? null,
});

export async function holidayCalendar(ctx: RequestContext, year: number): Promise<HolidayCalendarType> {
  if (!Number.isInteger(year) || year < 2000 || year > 2200)
    throw badInput('year', 'year must be 2000–2200.');
  const [row] = await calendarRows(ctx.em, [year]);
  return toType(year, row);
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** Checks a published calendar: dates of that year, no repeats, swapped working days on weekends. */
function assertCalendar(input: HolidayCalendarSetInput): void {
  const lists = { daysOff: input.daysOff, workingDays: input.workingDays } as const;
  for (const [field, dates] of Object.entries(lists)) {
    dates.forEach((d, i) => {
      if (!d.startsWith(`${input.year}-`)) throw badInput(`${field}.${i}`, `${d} is not in ${input.year}.`);
    });
    if (new Set(dates).size !== dates.length) throw badInput(field, `${field} lists a date twice.`);
  }
  input.workingDays.forEach((d, i) => {
    if (weekday(d) !== 0 && weekday(d) !== 6) {
      throw badInput(
        `workingDays.${i}`,
        `${d} is a weekday; swapped working days (调休) are Saturdays or Sundays.`,
      );
    }
    if (input.daysOff.includes(d)) throw badInput(`workingDays.${i}`, `${d} is also listed as a day off.`);
  });
}

/**
 * Sets (replaces) a year's calendar on the admin path: next year's is published each November,
 * and a correction replaces the whole year. Deadlines already computed stay as they were; new
 * level entries use the new calendar.
 */
export async function holidayCalendarSet(
  ctx: RequestContext,
  input: HolidayCalendarSetInput,
): Promise<HolidayCalendarType> {
  assertCalendar(input);
  const em = ctx.adminEntityManager();
  const row =
    (await em.findOne(HolidayCalendar, { year: input.year })) ??
    em.create(HolidayCalendar, {
      year: input.year,
      daysOff: [],
      workingDays: [],
    });
  row.daysOff = [...input.daysOff].sort();
  row.workingDays = [...input.workingDays].sort();
  row.source = input.source?.trim() || undefined;
  await em.flush();
  return toType(input.year, {
    year: row.year,
    days_off: row.daysOff,
    working_days: row.workingDays,
    source: row.source ?? null,
    updated_at: row.updatedAt,
  });
}
