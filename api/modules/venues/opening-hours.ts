import { Field, ObjectType } from 'type-graphql';
import { badInput } from '../../core/errors/domain-error';
import { WEEKDAYS, Weekday } from './venue.enums';

/*
 * Opening hours are stored as one validated jsonb value on the venue rather than a child table:
 * they are always read and written whole, never queried by interval, and a venue has at most a
 * few dozen intervals. The stored shape is exactly the GraphQL shape below:
 *   { "days": [{ "weekday": "MONDAY", "intervals": [{ "opens": "08:30", "closes": "11:30" }] }],
 *     "notes": "节假日另行通知" }
 * A weekday not listed is closed. Times are China time (UTC+8), HH:mm; "24:00" may close a day,
 * so a 24-hour station is 00:00–24:00 every day. An interval never crosses midnight: a night
 * opening is written as 22:00–24:00 on one day and 00:00–02:00 on the next.
 */

@ObjectType('TimeInterval', { description: 'One opening interval of a day, China time (UTC+8).' })
export class TimeInterval {
  @Field(() => String, { description: 'Opening time, HH:mm (e.g. 08:30).' })
  opens!: string;

  @Field(() => String, { description: 'Closing time, HH:mm, after `opens`; 24:00 means midnight.' })
  closes!: string;
}

@ObjectType('OpeningDay', { description: 'The opening intervals of one weekday.' })
export class OpeningDay {
  @Field(() => Weekday, { description: 'The weekday.' })
  weekday!: Weekday;

  @Field(() => [TimeInterval], { description: 'Intervals in order, not overlapping.' })
  intervals!: TimeInterval[];
}

@ObjectType('OpeningHours', {
  description: 'Weekly opening hours (开放时间); a weekday not listed is closed.',
})
export class OpeningHours {
  @Field(() => [OpeningDay], { description: 'Open weekdays, Monday first.' })
  days!: OpeningDay[];

  @Field(() => String, { nullable: true, description: 'Notes, e.g. 节假日另行通知.' })
  notes?: string | null;
}

/** What an input carries (validated for format by class-validator already). */
export interface OpeningHoursValue {
  days: { weekday: Weekday; intervals: { opens: string; closes: string }[] }[];
  notes?: string | null;
}

/** HH:mm from 00:00 to 23:59; a closing time may also be 24:00. */
export const OPENS_FORMAT = /^([01]\d|2[0-3]):[0-5]\d$/;
export const CLOSES_FORMAT = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Checks the rules class-validator cannot see (order within an interval, overlaps, a weekday
 * listed twice) and returns the value to store: days Monday first, intervals by opening time.
 * Errors name the field as a dotted path inside the input, like class-validator's.
 */
export function normaliseOpeningHours(value: OpeningHoursValue, field = 'openingHours'): OpeningHours {
  const seen = new Set<Weekday>();
  const days: OpeningDay[] = value.days.map((day, d) => {
    const at = `${field}.days.${d}`;
    if (seen.has(day.weekday)) throw badInput(`${at}.weekday`, `${day.weekday} is listed twice.`);
    seen.add(day.weekday);
    day.intervals.forEach((interval, i) => {
      if (minutes(interval.closes) <= minutes(interval.opens)) {
        throw badInput(
          `${at}.intervals.${i}.closes`,
          `closes (${interval.closes}) must be after opens (${interval.opens}) on ${day.weekday}.`,
        );
      }
    });
    // Sorted by opening time, an overlap is always between neighbours.
    const order = day.intervals.map((interval, i) => ({ ...interval, i }));
    order.sort((a, b) => minutes(a.opens) - minutes(b.opens));
    for (let k = 1; k < order.length; k++) {
      const [prev, next] = [order[k - 1], order[k]];
      if (minutes(next.opens) < minutes(prev.closes)) {
        throw badInput(
          `${at}.intervals.${next.i}`,
          `${next.opens}–${next.closes} overlaps ${prev.opens}–${prev.closes} on ${day.weekday}.`,
        );
      }
    }
    return { weekday: day.weekday, intervals: order.map(({ opens, closes }) => ({ opens, closes })) };
  });
  days.sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday));
  return { days, notes: value.notes ?? null };
}

/** China time (UTC+8, no daylight saving) of an instant: date, weekday and minutes since midnight. */
export function chinaClock(at: Date): { date: string; weekday: Weekday; minute: number } {
  const local = new Date(at.getTime() + 8 * 3600 * 1000);
  // getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday.
  const weekday = WEEKDAYS[(local.getUTCDay() + 6) % 7];
  return {
    date: local.toISOString().slice(0, 10),
    weekday,
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/**
 * Whether the hours are open at an instant: an interval of that weekday with opens ≤ t < closes.
 * A venue closed (for good) on or before that date is not open; unknown hours answer null.
 */
export function isOpenAt(
  hours: OpeningHours | null | undefined,
  closedOn: string | null | undefined,
  at: Date,
) {
  const clock = chinaClock(at);
  if (closedOn && closedOn <= clock.date) return false;
  if (!hours) return null;
  const day = hours.days.find((d) => d.weekday === clock.weekday);
  return !!day?.intervals.some((i) => minutes(i.opens) <= clock.minute && clock.minute < minutes(i.closes));
}

const DAY_NAMES: Record<Weekday, string> = {
  MONDAY: '周一',
  TUESDAY: '周二',
  WEDNESDAY: '周三',
  THURSDAY: '周四',
  FRIDAY: '周五',
  SATURDAY: '周六',
  SUNDAY: '周日',
};

const intervalsText = (intervals: TimeInterval[]) =>
  intervals.length === 1 && intervals[0].opens === '00:00' && intervals[0].closes === '24:00'
    ? '24小时'
    : intervals.map((i) => `${i.opens}-${i.closes}`).join('、');

/**
 * The hours as a notice on the door reads them: consecutive weekdays with the same intervals
 * grouped, e.g. "周一至周五 08:30-11:30、14:30-17:30；周六 09:00-12:00（节假日另行通知）".
 */
export function openingHoursText(hours: OpeningHours | null | undefined): string | null {
  if (!hours) return null;
  const groups: { from: Weekday; to: Weekday; text: string; count: number }[] = [];
  for (const day of hours.days) {
    const text = intervalsText(day.intervals);
    const last = groups.at(-1);
    const adjacent = last && WEEKDAYS.indexOf(day.weekday) === WEEKDAYS.indexOf(last.to) + 1;
    if (last && adjacent && last.text === text) {
      last.to = day.weekday;
      last.count += 1;
    } else {
      groups.push({ from: day.weekday, to: day.weekday, text, count: 1 });
    }
  }
  const parts = groups.map((g) => {
    if (g.count === 7) return `每天 ${g.text}`;
    const days =
      g.count === 1
        ? DAY_NAMES[g.from]
        : g.count === 2
          ? `${DAY_NAMES[g.from]}、${DAY_NAMES[g.to]}`
          : `${DAY_NAMES[g.from]}至${DAY_NAMES[g.to]}`;
    return `${days} ${g.text}`;
  });
  const body = parts.length > 0 ? parts.join('；') : '暂不开放';
  return hours.notes ? `${body}（${hours.notes}）` : body;
}
