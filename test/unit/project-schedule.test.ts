import {
  assertServiceRange,
  dayNumber,
  ScheduleFrequency,
  serviceDates,
  weekdayOf,
  type ScheduleRule,
} from '../../api/modules/projects/schedule';
import { canTransition, ProjectStatus } from '../../api/modules/projects/project-status';

/** 移动之家: five service fields, one each week, on Saturdays. */
const FIELDS = ['理发', '义诊', '家电维修', '法律咨询', '心理疏导'];
const weekly: ScheduleRule = {
  frequency: ScheduleFrequency.WEEKLY,
  weekday: 6,
  startsOn: '2024-01-01',
  serviceFields: FIELDS,
};

const codeOf = (err: unknown) => (err as { extensions: { code: string; field: string } }).extensions;

describe('schedule date arithmetic', () => {
  it('knows weekdays (ISO: 1 = Monday)', () => {
    expect(weekdayOf(dayNumber('2024-01-01'))).toBe(1);
    expect(weekdayOf(dayNumber('1970-01-01'))).toBe(4);
    expect(weekdayOf(dayNumber('2024-02-29'))).toBe(4);
    expect(weekdayOf(dayNumber('1969-12-28'))).toBe(7);
  });

  it('serves every Saturday from the first on or after startsOn, rotating the fields one per week', () => {
    expect(serviceDates(weekly, '2024-01-01', '2024-02-10')).toEqual([
      { date: '2024-01-06', field: '理发' },
      { date: '2024-01-13', field: '义诊' },
      { date: '2024-01-20', field: '家电维修' },
      { date: '2024-01-27', field: '法律咨询' },
      { date: '2024-02-03', field: '心理疏导' },
      { date: '2024-02-10', field: '理发' },
    ]);
  });

  it('counts the rotation from the schedule’s first date, whatever range is asked', () => {
    expect(serviceDates(weekly, '2024-01-20', '2024-02-10').map((d) => d.field)).toEqual([
      '家电维修',
      '法律咨询',
      '心理疏导',
      '理发',
    ]);
    // A year later: 52 weeks after 2024-01-06 is occurrence 52, 52 mod 5 = 2.
    expect(serviceDates(weekly, '2025-01-04', '2025-01-04')).toEqual([
      { date: '2025-01-04', field: '家电维修' },
    ]);
  });

  it('returns nothing before startsOn or after endsOn, and nothing on an empty intersection', () => {
    const bounded = { ...weekly, endsOn: '2024-01-20' };
    expect(serviceDates(bounded, '2023-12-01', '2024-12-31').map((d) => d.date)).toEqual([
      '2024-01-06',
      '2024-01-13',
      '2024-01-20',
    ]);
    expect(serviceDates(bounded, '2024-02-01', '2024-03-01')).toEqual([]);
    expect(serviceDates(weekly, '2023-01-01', '2023-12-31')).toEqual([]);
    expect(serviceDates(weekly, '2024-01-07', '2024-01-12')).toEqual([]);
  });

  it('serves every other week (BIWEEKLY) from the first date', () => {
    const rule = { ...weekly, frequency: ScheduleFrequency.BIWEEKLY, serviceFields: ['A', 'B'] };
    expect(serviceDates(rule, '2024-01-01', '2024-02-29')).toEqual([
      { date: '2024-01-06', field: 'A' },
      { date: '2024-01-20', field: 'B' },
      { date: '2024-02-03', field: 'A' },
      { date: '2024-02-17', field: 'B' },
    ]);
    expect(serviceDates(rule, '2024-01-07', '2024-01-20')).toEqual([{ date: '2024-01-20', field: 'B' }]);
  });

  it('serves the first weekday of each month (MONTHLY), skipping a month whose one is before startsOn', () => {
    const rule = { ...weekly, frequency: ScheduleFrequency.MONTHLY, weekday: 1, startsOn: '2024-01-02' };
    const dates = serviceDates({ ...rule, serviceFields: ['A', 'B'] }, '2024-01-01', '2024-05-31');
    expect(dates).toEqual([
      { date: '2024-02-05', field: 'A' },
      { date: '2024-03-04', field: 'B' },
      { date: '2024-04-01', field: 'A' },
      { date: '2024-05-06', field: 'B' },
    ]);
    expect(serviceDates({ ...rule, serviceFields: ['A', 'B'] }, '2024-03-05', '2024-04-30')).toEqual([
      { date: '2024-04-01', field: 'A' },
    ]);
  });

  it('crosses a leap day and a year end without losing a week', () => {
    const dates = serviceDates({ ...weekly, weekday: 4 }, '2024-02-20', '2024-03-10').map((d) => d.date);
    expect(dates).toEqual(['2024-02-22', '2024-02-29', '2024-03-07']);
    const yearEnd = serviceDates({ ...weekly, weekday: 2 }, '2024-12-20', '2025-01-10').map((d) => d.date);
    expect(yearEnd).toEqual(['2024-12-24', '2024-12-31', '2025-01-07']);
  });

  it('answers a range of at most 366 days; longer or reversed is BAD_USER_INPUT on `to`', () => {
    expect(() => assertServiceRange('2024-01-01', '2025-01-01')).not.toThrow();
    expect(serviceDates(weekly, '2024-01-01', '2025-01-01')).toHaveLength(52);
    for (const [from, to] of [
      ['2024-01-01', '2025-01-02'],
      ['2024-03-01', '2024-02-28'],
    ]) {
      let caught: unknown;
      try {
        assertServiceRange(from, to);
      } catch (err) {
        caught = err;
      }
      expect(codeOf(caught)).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    }
  });
});

describe('sub-project status transitions', () => {
  it.each([
    [ProjectStatus.PLANNED, ProjectStatus.ACTIVE, true],
    [ProjectStatus.ACTIVE, ProjectStatus.SUSPENDED, true],
    [ProjectStatus.SUSPENDED, ProjectStatus.ACTIVE, true],
    [ProjectStatus.ACTIVE, ProjectStatus.COMPLETED, true],
    [ProjectStatus.SUSPENDED, ProjectStatus.COMPLETED, true],
    [ProjectStatus.ACTIVE, ProjectStatus.ACTIVE, true],
    [ProjectStatus.PLANNED, ProjectStatus.COMPLETED, false],
    [ProjectStatus.COMPLETED, ProjectStatus.ACTIVE, false],
    [ProjectStatus.ACTIVE, ProjectStatus.PLANNED, false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });
});
