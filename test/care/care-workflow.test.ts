import { CareAlertAction, CareAlertStatus } from '../../api/modules/care/care.enums';
import {
  addDays,
  chinaDay,
  dueAt,
  escalationDue,
  firstDueDay,
  isActiveOn,
  nextAlertStatus,
  staffActionsFrom,
} from '../../api/modules/care/care.workflow';

describe('the care alert workflow', () => {
  it('goes RAISED → ESCALATED → ACKNOWLEDGED → CLOSED, and closes from any open state', () => {
    expect(nextAlertStatus(CareAlertStatus.RAISED, CareAlertAction.ESCALATE)).toBe(CareAlertStatus.ESCALATED);
    expect(nextAlertStatus(CareAlertStatus.ESCALATED, CareAlertAction.ACKNOWLEDGE)).toBe(
      CareAlertStatus.ACKNOWLEDGED,
    );
    expect(nextAlertStatus(CareAlertStatus.RAISED, CareAlertAction.ACKNOWLEDGE)).toBe(
      CareAlertStatus.ACKNOWLEDGED,
    );
    for (const from of [CareAlertStatus.RAISED, CareAlertStatus.ESCALATED, CareAlertStatus.ACKNOWLEDGED]) {
      expect(nextAlertStatus(from, CareAlertAction.CLOSE)).toBe(CareAlertStatus.CLOSED);
    }
  });

  it('refuses steps out of order', () => {
    expect(nextAlertStatus(CareAlertStatus.ACKNOWLEDGED, CareAlertAction.ESCALATE)).toBeNull();
    expect(nextAlertStatus(CareAlertStatus.ACKNOWLEDGED, CareAlertAction.ACKNOWLEDGE)).toBeNull();
    expect(nextAlertStatus(CareAlertStatus.CLOSED, CareAlertAction.CLOSE)).toBeNull();
    expect(nextAlertStatus(CareAlertStatus.RAISED, CareAlertAction.RAISE)).toBeNull();
    expect(staffActionsFrom(CareAlertStatus.CLOSED)).toEqual([]);
    expect(staffActionsFrom(CareAlertStatus.ESCALATED)).toEqual([
      CareAlertAction.ACKNOWLEDGE,
      CareAlertAction.CLOSE,
    ]);
  });
});

describe('the daily greeting dates (China time)', () => {
  it('puts a day’s check-in time in China time', () => {
    expect(dueAt('2026-12-01', '10:00').toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(dueAt('2026-12-01', '07:30').toISOString()).toBe('2026-11-30T23:30:00.000Z');
    expect(() => dueAt('2026-12-01', '25:00')).toThrow(RangeError);
    expect(chinaDay(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(escalationDue(new Date('2026-12-01T02:00:00Z'), 90).toISOString()).toBe(
      '2026-12-01T03:30:00.000Z',
    );
  });

  it('starts today while the time is ahead, else tomorrow, never outside the period', () => {
    const p = { checkInBy: '10:00', activeFrom: '2026-12-01' };
    expect(firstDueDay(p, new Date('2026-12-01T01:59:00Z'))).toBe('2026-12-01');
    expect(firstDueDay(p, new Date('2026-12-01T02:00:00Z'))).toBe('2026-12-02');
    expect(firstDueDay(p, new Date('2026-11-20T05:00:00Z'))).toBe('2026-12-01');
    expect(firstDueDay({ ...p, activeUntil: '2026-12-01' }, new Date('2026-12-01T03:00:00Z'))).toBeNull();
    expect(isActiveOn({ ...p, activeUntil: '2026-12-03' }, '2026-12-03')).toBe(true);
    expect(isActiveOn({ ...p, activeUntil: '2026-12-03' }, '2026-12-04')).toBe(false);
  });
});
