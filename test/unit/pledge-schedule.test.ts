import {
  addMonths,
  dueDates,
  eighteenthBirthday,
  instalmentsCovered,
  lastDayBefore18,
  overdueDates,
  planRecurring,
} from '../../api/modules/adoption/pledge-schedule';
import { addPledge, emptySummary, type PledgeFacts } from '../../api/modules/adoption/support-summary';
import { PledgeKind } from '../../api/modules/adoption/adoption.enums';

describe('pledge schedule (pure)', () => {
  it('adds months clamping the day to shorter months, never drifting', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 2)).toBe('2025-03-31');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(dueDates('2025-01-31', 'MONTHLY', '2025-04-30')).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
    ]);
  });

  it('computes the 18th birthday and the last day before it (29 February → 28 February)', () => {
    expect(eighteenthBirthday('2015-09-01')).toBe('2033-09-01');
    expect(lastDayBefore18('2015-09-01')).toBe('2033-08-31');
    expect(eighteenthBirthday('2008-02-29')).toBe('2026-02-28');
  });

  it('plans ¥10,000 a year until the child turns 18: due every 1 September to 2032, ends 2033-08-31', () => {
    const plan = planRecurring(
      { startsOn: '2025-09-01', frequency: 'YEARLY', childBirthDate: '2015-09-01', requiresEnd: true },
      '2025-11-24',
    );
    expect(plan).toEqual({
      ok: true,
      endsOn: '2033-08-31',
      dueDates: ['2025', '2026', '2027', '2028', '2029', '2030', '2031', '2032'].map((y) => `${y}-09-01`),
    });
  });

  it('refuses an end past the 18th birthday, a start after it, an end before the start, money without end', () => {
    const base = { startsOn: '2025-09-01', frequency: 'YEARLY' as const, requiresEnd: true };
    const past = planRecurring({ ...base, childBirthDate: '2015-09-01', endsOn: '2033-09-01' }, '2025-11-24');
    expect(past).toMatchObject({ ok: false, problem: { field: 'endsOn' } });
    expect(
      planRecurring({ ...base, childBirthDate: '2015-09-01', endsOn: '2033-08-31' }, '2025-11-24').ok,
    ).toBe(true);
    const adult = planRecurring({ ...base, childBirthDate: '2005-01-01' }, '2025-11-24');
    expect(adult).toMatchObject({ ok: false, problem: { field: 'untilMemberId' } });
    const backwards = planRecurring({ ...base, endsOn: '2025-01-01' }, '2025-11-24');
    expect(backwards).toMatchObject({ ok: false, problem: { field: 'endsOn' } });
    expect(planRecurring(base, '2025-11-24')).toMatchObject({ ok: false, problem: { field: 'endsOn' } });
    // A service may be open-ended: its due dates run up to today.
    const service = planRecurring({ ...base, frequency: 'MONTHLY', requiresEnd: false }, '2025-11-24');
    expect(service).toMatchObject({ ok: true, endsOn: null });
    expect(service.ok && service.dueDates.at(-1)).toBe('2025-11-01');
  });

  it('counts overdue dates: past due dates not covered, oldest covered first; today is not overdue', () => {
    const dates = ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01'];
    expect(overdueDates(dates, 0, '2025-03-01')).toEqual(['2025-01-01', '2025-02-01']);
    expect(overdueDates(dates, 1, '2025-03-01')).toEqual(['2025-02-01']);
    expect(overdueDates(dates, 5, '2025-12-01')).toEqual([]);
    expect(instalmentsCovered(1_999_999, 1_000_000)).toBe(1);
    expect(instalmentsCovered(2_000_000, 1_000_000)).toBe(2);
  });

  it('summarises pledged against delivered in integer fen', () => {
    const facts: PledgeFacts = {
      pledgeId: 'p',
      adoptionId: 'a',
      householdId: 'h',
      tenantId: 't',
      partnerUnitId: 'u',
      kind: PledgeKind.RECURRING_MONEY,
      amountFen: 1_000_000,
      frequency: 'YEARLY',
      startsOn: '2023-09-01',
      endsOn: '2033-08-31',
      dueOn: null,
      endedOn: null,
      recordedFen: 2_000_000,
      confirmedFen: 1_000_000,
      confirmedCount: 1,
      unconfirmedCount: 1,
      disputedCount: 0,
    };
    const s = addPledge(emptySummary(), facts, '2025-11-24');
    expect(s).toMatchObject({
      pledgedTotalFen: 10_000_000,
      pledgedToDateFen: 3_000_000,
      recordedFen: 2_000_000,
      deliveredFen: 1_000_000,
      dueToDateCount: 3,
      overdue: [
        { pledgeId: 'p', dueOn: '2024-09-01' },
        { pledgeId: 'p', dueOn: '2025-09-01' },
      ],
    });
    // An ended adoption counts only up to its end.
    const ended = addPledge(emptySummary(), { ...facts, endedOn: '2024-12-31' }, '2025-11-24');
    expect(ended.pledgedTotalFen).toBe(2_000_000);
    expect(ended.overdue).toEqual([{ pledgeId: 'p', dueOn: '2024-09-01' }]);
  });
});
