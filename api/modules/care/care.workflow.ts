import { Role } from '../../core/auth/role.enum';
import { CareAlertAction, CareAlertStatus } from './care.enums';

/*
 * The care alert's state machine and the daily greeting's date arithmetic: pure, no I/O
 * (unit-tested in test/care/care-workflow.test.ts). Services lock the row, apply a step from the
 * table and append the event in the same transaction.
 */

export const SYSTEM_ACTOR = 'SYSTEM';
export type AlertActor = Role | typeof SYSTEM_ACTOR;

export interface AlertStep {
  from: CareAlertStatus[];
  to: CareAlertStatus;
  actors: AlertActor[];
}

const STAFF: AlertActor[] = [Role.GRID_WORKER, Role.COMMUNITY_ADMIN];
const OPEN: CareAlertStatus[] = [CareAlertStatus.RAISED, CareAlertStatus.ESCALATED];

/**
 * RAISE and ESCALATE are the platform's (jobs); staff acknowledge an open alert and close it,
 * from any state before CLOSED: someone who went straight round and found the person well need
 * not acknowledge first. An escalated alert keeps `escalatedAt` after it is acknowledged.
 */
export const ALERT_WORKFLOW: Record<CareAlertAction, AlertStep> = {
  [CareAlertAction.RAISE]: { from: [], to: CareAlertStatus.RAISED, actors: [SYSTEM_ACTOR] },
  [CareAlertAction.ESCALATE]: {
    from: [CareAlertStatus.RAISED],
    to: CareAlertStatus.ESCALATED,
    actors: [SYSTEM_ACTOR],
  },
  [CareAlertAction.ACKNOWLEDGE]: { from: OPEN, to: CareAlertStatus.ACKNOWLEDGED, actors: STAFF },
  [CareAlertAction.CLOSE]: {
    from: [...OPEN, CareAlertStatus.ACKNOWLEDGED],
    to: CareAlertStatus.CLOSED,
    actors: STAFF,
  },
};

/** The next state, or null when `action` is not allowed from `status`. */
export function nextAlertStatus(status: CareAlertStatus, action: CareAlertAction): CareAlertStatus | null {
  const step = ALERT_WORKFLOW[action];
  return step.from.includes(status) ? step.to : null;
}

/** Steps a staff member may take on an alert in `status`. */
export const staffActionsFrom = (status: CareAlertStatus): CareAlertAction[] =>
  (Object.keys(ALERT_WORKFLOW) as CareAlertAction[]).filter(
    (a) => ALERT_WORKFLOW[a].actors.includes(Role.GRID_WORKER) && ALERT_WORKFLOW[a].from.includes(status),
  );

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The China calendar date (YYYY-MM-DD) of a moment. */
export const chinaDay = (at: Date): string =>
  new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The moment `HH:MM` China time on `day`: when that day's check-in is due. */
export function dueAt(day: string, checkInBy: string): Date {
  if (!TIME_OF_DAY.test(checkInBy)) throw new RangeError(`not a time of day HH:MM: ${checkInBy}`);
  const [h, m] = checkInBy.split(':').map(Number);
  return new Date(Date.parse(`${day}T00:00:00Z`) + (h * 60 + m) * 60_000 - CHINA_OFFSET_MS);
}

export interface GreetingPeriod {
  checkInBy: string;
  activeFrom: string;
  activeUntil?: string | null;
}

export const isActiveOn = (p: GreetingPeriod, day: string) =>
  day >= p.activeFrom && (!p.activeUntil || day <= p.activeUntil);

/**
 * The first day whose check-in is still ahead at `now`: today when its time has not passed yet,
 * else tomorrow, never before the period starts; null when the period is over by then. Enrolling
 * someone at 11:00 with check-ins by 10:00 does not raise an alert for a morning already gone.
 */
export function firstDueDay(p: GreetingPeriod, now: Date): string | null {
  const today = chinaDay(now);
  let day = today < p.activeFrom ? p.activeFrom : today;
  if (dueAt(day, p.checkInBy) <= now) day = addDays(day, 1);
  return isActiveOn(p, day) ? day : null;
}

/** Escalation deadline of an alert raised at `raisedAt` with an acknowledgement window. */
export const escalationDue = (raisedAt: Date, ackWindowMinutes: number): Date =>
  new Date(raisedAt.getTime() + ackWindowMinutes * 60_000);
