import {
  addWorkingDays,
  chinaDate,
  endOfChinaDay,
  WorkingCalendar,
  workingDaysBetween,
} from '../../api/modules/calendar/working-days';
import { OFFICIAL_CALENDARS } from '../../api/modules/calendar/official-calendars';

const official = new WorkingCalendar(OFFICIAL_CALENDARS);
const weekdaysOnly = new WorkingCalendar();

describe('working days on the official calendar', () => {
  it('counts Monday–Friday in a plain week, the start day excluded', () => {
    // 2025-03-07 is a Friday: Mon 10, Tue 11, Wed 12.
    expect(addWorkingDays('2025-03-07', 3, official)).toBe('2025-03-12');
    expect(addWorkingDays('2025-03-07', 0, official)).toBe('2025-03-07');
    expect(workingDaysBetween('2025-03-07', '2025-03-12', official)).toBe(3);
  });

  it('skips the Spring Festival 2025 and counts its swapped Saturday and Sunday (调休)', () => {
    // 1/26 (Sun) is a working day; 1/28–2/4 off; 2/8 (Sat) a working day.
    expect(official.isWorkingDay('2025-01-26')).toBe(true);
    expect(official.isWorkingDay('2025-01-28')).toBe(false);
    expect(official.isWorkingDay('2025-02-03')).toBe(false);
    expect(official.isWorkingDay('2025-02-08')).toBe(true);
    // From Fri 1/24: Sun 1/26, Mon 1/27, then Wed 2/5, Thu 2/6, Fri 2/7, Sat 2/8.
    expect(addWorkingDays('2025-01-24', 2, official)).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-24', 3, official)).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-24', 6, official)).toBe('2025-02-08');
    expect(workingDaysBetween('2025-01-24', '2025-02-08', official)).toBe(6);
  });

  it('knows the National Day week of each year and its swaps', () => {
    // 2024: 10/1–10/7 off, 9/29 (Sun) and 10/12 (Sat) work.
    expect(addWorkingDays('2024-09-27', 1, official)).toBe('2024-09-29');
    expect(addWorkingDays('2024-09-29', 1, official)).toBe('2024-09-30');
    expect(addWorkingDays('2024-09-30', 1, official)).toBe('2024-10-08');
    expect(official.isWorkingDay('2024-10-12')).toBe(true);
    // 2025: 10/1–10/8 off (with 中秋), 9/28 (Sun) and 10/11 (Sat) work.
    expect(addWorkingDays('2025-09-30', 1, official)).toBe('2025-10-09');
    expect(official.isWorkingDay('2025-10-11')).toBe(true);
    // 2026: 10/1–10/7 off, 9/20 (Sun) and 10/10 (Sat) work.
    expect(official.isWorkingDay('2026-09-20')).toBe(true);
    expect(addWorkingDays('2026-09-30', 1, official)).toBe('2026-10-08');
  });

  it('crosses a year boundary (2025 → 2026: 元旦 1/1–1/3 off, 1/4 Sunday works)', () => {
    expect(addWorkingDays('2025-12-31', 1, official)).toBe('2026-01-04');
    expect(workingDaysBetween('2025-12-30', '2026-01-05', official)).toBe(3);
  });

  it('falls back to Monday–Friday for a year with no calendar', () => {
    expect(official.hasYear(2027)).toBe(false);
    // 2027-01-01 is a Friday (元旦 in practice, but nothing is published yet).
    expect(addWorkingDays('2026-12-31', 1, official)).toBe('2027-01-01');
    expect(addWorkingDays('2025-01-24', 3, weekdaysOnly)).toBe('2025-01-29');
  });

  it('gives 0 between a day and itself or an earlier day, and refuses bad input', () => {
    expect(workingDaysBetween('2025-03-12', '2025-03-12', official)).toBe(0);
    expect(workingDaysBetween('2025-03-12', '2025-03-01', official)).toBe(0);
    expect(() => addWorkingDays('2025-13-01', 1, official)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-01', -1, official)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-01', 1.5, official)).toThrow(RangeError);
  });

  it('reads dates in China time: 23:30 UTC is the next morning in Beijing, and a day ends at 16:00 UTC', () => {
    expect(chinaDate(new Date('2025-03-06T23:30:00Z'))).toBe('2025-03-07');
    expect(endOfChinaDay('2025-03-12').toISOString()).toBe('2025-03-12T16:00:00.000Z');
  });
});
