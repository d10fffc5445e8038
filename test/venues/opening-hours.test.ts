import {
  chinaClock,
  isOpenAt,
  normaliseOpeningHours,
  openingHoursText,
} from '../../api/modules/venues/opening-hours';
import { Weekday } from '../../api/modules/venues/venue.enums';
import { ALWAYS_OPEN, OFFICE_HOURS } from '../factories/venues';

/** The pure rules of opening hours (the HTTP tests cover the same through the API). */
describe('opening hours', () => {
  it('reads instants in China time, whatever the server’s zone', () => {
    expect(chinaClock(new Date('2026-01-04T16:30:00Z'))).toEqual({
      date: '2026-01-05',
      weekday: Weekday.MONDAY,
      minute: 30,
    });
  });

  it('sorts days Monday first and intervals by opening time, keeping touching intervals', () => {
    const hours = normaliseOpeningHours({
      days: [
        { weekday: Weekday.SUNDAY, intervals: [{ opens: '09:00', closes: '12:00' }] },
        {
          weekday: Weekday.MONDAY,
          intervals: [
            { opens: '12:00', closes: '18:00' },
            { opens: '08:00', closes: '12:00' },
          ],
        },
      ],
    });
    expect(hours.days.map((d) => d.weekday)).toEqual([Weekday.MONDAY, Weekday.SUNDAY]);
    expect(hours.days[0].intervals[0]).toEqual({ opens: '08:00', closes: '12:00' });
    expect(isOpenAt(hours, null, new Date('2026-01-05T12:00:00+08:00'))).toBe(true);
  });

  it('names the later-starting interval of an overlap by its input position', () => {
    expect(() =>
      normaliseOpeningHours({
        days: [
          {
            weekday: Weekday.MONDAY,
            intervals: [
              { opens: '10:00', closes: '11:00' },
              { opens: '08:00', closes: '10:30' },
            ],
          },
        ],
      }),
    ).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ field: 'openingHours.days.0.intervals.0' }),
      }),
    );
  });

  it('renders hours as a door notice reads them', () => {
    expect(openingHoursText(OFFICE_HOURS)).toBe('周一至周五 08:30-11:30、14:30-17:30');
    expect(openingHoursText(ALWAYS_OPEN)).toBe('每天 24小时');
    const weekend = normaliseOpeningHours({
      days: [
        { weekday: Weekday.MONDAY, intervals: [{ opens: '09:00', closes: '17:00' }] },
        { weekday: Weekday.WEDNESDAY, intervals: [{ opens: '09:00', closes: '17:00' }] },
        { weekday: Weekday.SATURDAY, intervals: [{ opens: '10:00', closes: '16:00' }] },
        { weekday: Weekday.SUNDAY, intervals: [{ opens: '10:00', closes: '16:00' }] },
      ],
      notes: '法定节假日休息',
    });
    expect(openingHoursText(weekend)).toBe(
      '周一 09:00-17:00；周三 09:00-17:00；周六、周日 10:00-16:00（法定节假日休息）',
    );
    expect(openingHoursText({ days: [], notes: null })).toBe('暂不开放');
    expect(openingHoursText(null)).toBeNull();
  });
});
