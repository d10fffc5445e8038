import { PledgeKind } from './adoption.enums';
import { dueDates, instalmentsCovered, overdueDates, type ScheduleFrequency } from './pledge-schedule';

/*
 * Pledged against delivered (认捐 vs 落实), pure: from one row of facts per pledge (the pledge,
 * its adoption, and its deliveries summed by the database), for any grouping (a household, a
 * partner unit, a community). Definitions:
 * - pledged total: money of every due date of the schedule (ended adoptions: up to the end);
 *   pledged to date: money of the due dates up to today;
 * - delivered: money of deliveries the household confirmed (RECEIVED or RECEIVED_WITH_ISSUES);
 *   recorded: money of every delivery recorded, confirmed or not;
 * - overdue: due dates before today not covered by confirmed deliveries (pledge-schedule.ts).
 */

export interface PledgeFacts {
  pledgeId: string;
  adoptionId: string;
  householdId: string;
  tenantId: string;
  partnerUnitId: string;
  kind: PledgeKind;
  amountFen: number | null;
  frequency: ScheduleFrequency | null;
  startsOn: string;
  endsOn: string | null;
  dueOn: string | null;
  /** The day the adoption ended (China time), null while it lasts: no due date after it counts. */
  endedOn: string | null;
  recordedFen: number;
  confirmedFen: number;
  confirmedCount: number;
  unconfirmedCount: number;
  disputedCount: number;
}

export interface OverdueShape {
  pledgeId: string;
  dueOn: string;
}

export interface SummaryShape {
  pledgeCount: number;
  pledgedTotalFen: number;
  pledgedToDateFen: number;
  recordedFen: number;
  deliveredFen: number;
  dueToDateCount: number;
  overdue: OverdueShape[];
  unconfirmedCount: number;
  disputedCount: number;
}

export const emptySummary = (): SummaryShape => ({
  pledgeCount: 0,
  pledgedTotalFen: 0,
  pledgedToDateFen: 0,
  recordedFen: 0,
  deliveredFen: 0,
  dueToDateCount: 0,
  overdue: [],
  unconfirmedCount: 0,
  disputedCount: 0,
});

/** The due dates of one pledge as they count (cut at the end of an ended adoption). */
export function scheduleOf(f: PledgeFacts, today: string): string[] {
  const dates =
    f.kind === PledgeKind.ONE_OFF_IN_KIND
      ? [f.dueOn ?? f.startsOn]
      : dueDates(f.startsOn, f.frequency ?? 'MONTHLY', f.endsOn, today);
  return f.endedOn ? dates.filter((d) => d <= f.endedOn!) : dates;
}

/** Adds one pledge to a summary (in place). */
export function addPledge(s: SummaryShape, f: PledgeFacts, today: string): SummaryShape {
  const dates = scheduleOf(f, today);
  const toDate = dates.filter((d) => d <= today).length;
  const money = f.kind === PledgeKind.RECURRING_MONEY && f.amountFen ? f.amountFen : 0;
  const covered = money ? instalmentsCovered(f.confirmedFen, money) : f.confirmedCount;
  s.pledgeCount += 1;
  s.pledgedTotalFen += money * dates.length;
  s.pledgedToDateFen += money * toDate;
  s.recordedFen += f.recordedFen;
  s.deliveredFen += f.confirmedFen;
  s.dueToDateCount += toDate;
  s.unconfirmedCount += f.unconfirmedCount;
  s.disputedCount += f.disputedCount;
  for (const dueOn of overdueDates(dates, covered, today)) s.overdue.push({ pledgeId: f.pledgeId, dueOn });
  return s;
}

/** One summary per key, in key order (keys without pledges get an empty summary). */
export function summariseBy(
  keys: readonly string[],
  facts: PledgeFacts[],
  keyOf: (f: PledgeFacts) => string,
  today: string,
): SummaryShape[] {
  const byKey = new Map(keys.map((k) => [k, emptySummary()]));
  for (const f of facts) {
    const s = byKey.get(keyOf(f));
    if (s) addPledge(s, f, today);
  }
  return keys.map((k) => byKey.get(k)!);
}
