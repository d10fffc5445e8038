/*
 * Due dates of a pledge (认捐计划), pure: no I/O, no clock (today is an argument). Dates are
 * calendar dates as 'YYYY-MM-DD' strings (China time, like every LocalDate of the API).
 *
 * - A recurring pledge falls due on its first day and then every period after it; a monthly
 *   pledge starting on the 31st falls due on the last day of shorter months (never skips one).
 * - "Until the child turns 18": the last day of the pledge is the day before the 18th birthday
 *   (a child born on 29 February turns 18 on 28 February of a common year).
 * - Overdue (逾期): a due date strictly before today that confirmed deliveries do not cover.
 *   Deliveries cover due dates oldest first: for money, confirmed fen / instalment (rounded
 *   down) instalments; in kind or service, one confirmed delivery covers one due date.
 */

export type ScheduleFrequency = 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY';

/** A rule broken by a pledge's dates: the input field at fault and why. */
export interface ScheduleProblem {
  field: 'startsOn' | 'endsOn' | 'untilMemberId' | 'frequency';
  message: string;
}

/** No schedule lists more than this many dates (a weekly pledge over 19 years is ~1,000). */
export const MAX_DUE_DATES = 1200;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return [y, m - 1, d];
}

/** `date` plus `months` calendar months, the day clamped to the end of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m0, d] = parts(date);
  const total = y * 12 + m0 + months;
  const year = Math.floor(total / 12);
  const month0 = total - year * 12;
  return `${pad(year, 4)}-${pad(month0 + 1)}-${pad(Math.min(d, daysInMonth(year, month0)))}`;
}

export function addDays(date: string, days: number): string {
  const [y, m0, d] = parts(date);
  return new Date(Date.UTC(y, m0, d + days)).toISOString().slice(0, 10);
}

/** The 18th birthday (成年之日). */
export const eighteenthBirthday = (birthDate: string): string => addMonths(birthDate, 18 * 12);

/** The last day a pledge "until the child turns 18" runs: the day before the 18th birthday. */
export const lastDayBefore18 = (birthDate: string): string => addDays(eighteenthBirthday(birthDate), -1);

/** The k-th due date (k = 0 is the first day), counted from the start so no clamping drifts. */
export function nthDueDate(startsOn: string, frequency: ScheduleFrequency, k: number): string {
  switch (frequency) {
    case 'WEEKLY':
      return addDays(startsOn, 7 * k);
    case 'MONTHLY':
      return addMonths(startsOn, k);
    case 'QUARTERLY':
      return addMonths(startsOn, 3 * k);
    case 'YEARLY':
      return addMonths(startsOn, 12 * k);
  }
}

/**
 * Due dates from `startsOn` to `endsOn` inclusive, every period; without an end (an open-ended
 * service), up to `until` (e.g. today) so a list never grows without bound.
 */
export function dueDates(
  startsOn: string,
  frequency: ScheduleFrequency,
  endsOn: string | null,
  until?: string,
): string[] {
  const last = endsOn ?? until;
  if (!last) return [startsOn];
  const dates: string[] = [];
  for (let k = 0; k < MAX_DUE_DATES; k++) {
    const d = nthDueDate(startsOn, frequency, k);
    if (d > last) break;
    dates.push(d);
  }
  return dates;
}

export interface RecurringPlanInput {
  startsOn: string;
  frequency: ScheduleFrequency;
  /** An end date given by the partner (inclusive). */
  endsOn?: string | null;
  /** The birth date of the child the pledge runs for "until 18" (with or without endsOn). */
  childBirthDate?: string | null;
  /** Money must end (a date or a child); a service may be open-ended. */
  requiresEnd: boolean;
}

export type RecurringPlan =
  { ok: true; endsOn: string | null; dueDates: string[] } | { ok: false; problem: ScheduleProblem };

/**
 * The end and the due dates of a recurring pledge, or the rule it breaks: an end before the
 * start; with a child, a start or an end on or after the 18th birthday (the platform will not
 * record support past adulthood); money without any end.
 */
export function planRecurring(input: RecurringPlanInput, today: string): RecurringPlan {
  const { startsOn, frequency } = input;
  let endsOn = input.endsOn ?? null;
  if (input.childBirthDate) {
    const adult = eighteenthBirthday(input.childBirthDate);
    const last = lastDayBefore18(input.childBirthDate);
    if (startsOn >= adult) {
      return fail('untilMemberId', `The child turns 18 on ${adult}, not after startsOn ${startsOn}.`);
    }
    if (endsOn && endsOn > last) {
      return fail(
        'endsOn',
        `endsOn ${endsOn} runs past the child's 18th birthday (${adult}); at most ${last}.`,
      );
    }
    endsOn = endsOn ?? last;
  }
  if (endsOn && endsOn < startsOn) return fail('endsOn', 'endsOn must not be before startsOn.');
  if (!endsOn && input.requiresEnd) {
    return fail('endsOn', 'A recurring money pledge needs an end: endsOn or untilMemberId (until 18).');
  }
  const dates = dueDates(startsOn, frequency, endsOn, endsOn ? undefined : today);
  if (dates.length >= MAX_DUE_DATES) {
    return fail('frequency', `The schedule has more than ${MAX_DUE_DATES - 1} due dates; shorten it.`);
  }
  return { ok: true, endsOn, dueDates: dates };
}

const fail = (field: ScheduleProblem['field'], message: string): RecurringPlan => ({
  ok: false,
  problem: { field, message },
});

/** Past due dates (strictly before today) not covered by `covered` deliveries, oldest first. */
export function overdueDates(dates: readonly string[], covered: number, today: string): string[] {
  return dates.filter((d) => d < today).slice(Math.max(0, covered));
}

/** Instalments that confirmed money covers (whole instalments only). */
export const instalmentsCovered = (confirmedFen: number, instalmentFen: number): number =>
  instalmentFen > 0 ? Math.floor(confirmedFen / instalmentFen) : 0;
