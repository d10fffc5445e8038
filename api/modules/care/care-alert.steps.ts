import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Clock } from '../../core/clock';
import { invalidTransition } from '../../core/errors/domain-error';
import { enqueueInTransaction } from '../../core/jobs';
import { Person } from '../organisation/person.entity';
import {
  CareSettings,
  CareSubject,
  DEFAULT_ACK_WINDOW_MINUTES,
  DEFAULT_CHECK_IN_BY,
} from './care-subject.entity';
import { CareAlert, CareAlertEvent, CareCheckIn } from './care-alert.entity';
import { CareAlertAction, CareAlertStatus } from './care.enums';
import { type CareAlertNoticePayload, noticeOf } from './care-events';
import { type CareActor, SYSTEM } from './care.policy';
import { addDays, chinaDay, dueAt, escalationDue, isActiveOn, nextAlertStatus } from './care.workflow';

/*
 * The steps shared by requests and jobs: scheduling the daily chain, raising and escalating
 * alerts, and any step on a locked alert with its history row. Each works on the caller's
 * EntityManager inside its transaction (a request's, or a job's on the owner connection scoped
 * to one tenant) and returns the notices to publish once that transaction has committed.
 */

export const MISSED_CHECK_IN_QUEUE = 'care-missed-check-in';
export const ESCALATION_QUEUE = 'care-alert-escalation';
export const SWEEP_QUEUE = 'care-sweep';

export interface MissedCheckInJob {
  tenantId: string;
  subjectId: string;
  day: string;
}
export interface EscalationJob {
  tenantId: string;
  alertId: string;
}
export interface SweepJob {
  tenantId: string;
}

/** Never sooner than this after "not yet": a job whose moment has not come never spins. */
const MIN_DELAY_MS = 1_000;
/** A day's check-in missed longer ago than this (the API was down) is not alerted any more. */
const STALE_AFTER_MS = 24 * 3600 * 1000;

/**
 * pg-boss starts jobs by the database's real time while rules read `clock` (a ManualClock in
 * tests): the job starts after the time the clock says is left, in real time, at least a second
 * from now. The handler then re-checks by the clock and re-enqueues if it is still early.
 */
export function realStartAfter(clock: Clock, due: Date): Date {
  return new Date(Date.now() + Math.max(due.getTime() - clock.now().getTime(), MIN_DELAY_MS));
}

export interface EffectiveSettings {
  defaultCheckInBy: string;
  ackWindowMinutes: number;
}

export async function settingsOf(em: EntityManager, tenantId: string): Promise<EffectiveSettings> {
  const row = await em.findOne(CareSettings, { tenant: tenantId });
  return {
    defaultCheckInBy: row?.defaultCheckInBy ?? DEFAULT_CHECK_IN_BY,
    ackWindowMinutes: row?.ackWindowMinutes ?? DEFAULT_ACK_WINDOW_MINUTES,
  };
}

/** Enqueues the missed-check-in job for the subject's `nextDueDay`, in the caller's transaction. */
export async function scheduleMissedCheckIn(
  em: EntityManager,
  clock: Clock,
  subject: CareSubject,
): Promise<void> {
  if (!subject.nextDueDay) return;
  const data: MissedCheckInJob = {
    tenantId: subject.tenant.id,
    subjectId: subject.id,
    day: subject.nextDueDay,
  };
  await enqueueInTransaction(em, MISSED_CHECK_IN_QUEUE, data, {
    startAfter: realStartAfter(clock, dueAt(subject.nextDueDay, subject.checkInBy)),
    singletonKey: `${subject.id}:${subject.nextDueDay}`,
  });
}

async function scheduleEscalation(em: EntityManager, clock: Clock, alert: CareAlert): Promise<void> {
  const data: EscalationJob = { tenantId: alert.tenant.id, alertId: alert.id };
  await enqueueInTransaction(em, ESCALATION_QUEUE, data, {
    startAfter: realStartAfter(clock, alert.escalateAt),
    singletonKey: alert.id,
  });
}

export const lockSubject = (em: EntityManager, where: FilterQuery<CareSubject>) =>
  em.findOne(CareSubject, where, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });

export const lockAlert = (em: EntityManager, where: FilterQuery<CareAlert>) =>
  em.findOne(CareAlert, where, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });

async function subjectName(em: EntityManager, subject: { person: { id: string } }): Promise<string> {
  return (await em.findOne(Person, subject.person.id))?.name ?? '';
}

/**
 * One step on a LOCKED alert: checked against the workflow (INVALID_TRANSITION naming the state),
 * the state changed and the history row appended, flushed by the caller.
 */
export function applyAlertStep(
  em: EntityManager,
  alert: CareAlert,
  action: CareAlertAction,
  actor: CareActor,
  at: Date,
  note?: string | null,
): CareAlertEvent {
  const to = nextAlertStatus(alert.status, action);
  if (!to) throw invalidTransition('CareAlert', alert.status, action);
  const event = em.create(CareAlertEvent, {
    tenant: alert.tenant,
    alert,
    action,
    fromStatus: alert.status,
    toStatus: to,
    note: note ?? undefined,
    actorKind: actor.kind,
    actorId: actor.id ?? undefined,
    actorName: actor.name,
    actorRole: actor.role,
    actorPerson: actor.personId ? em.getReference(Person, actor.personId) : undefined,
    occurredAt: at,
  });
  alert.status = to;
  if (action === CareAlertAction.ESCALATE) alert.escalatedAt = at;
  if (action === CareAlertAction.ACKNOWLEDGE) {
    alert.acknowledgedAt = at;
    alert.acknowledgedByName = actor.name;
  }
  if (action === CareAlertAction.CLOSE) {
    alert.closedAt = at;
    alert.closedByName = actor.name;
  }
  return event;
}

export async function noticeFor(
  em: EntityManager,
  alert: CareAlert,
  action: CareAlertAction,
  at: Date,
): Promise<CareAlertNoticePayload> {
  const subject = await em.findOneOrFail(CareSubject, alert.subject.id);
  return noticeOf(alert, action, await subjectName(em, subject), at);
}

/**
 * The missed-check-in step for a subject's pending day, under the subject's lock: by the clock
 * not yet due → the job again, later; due → an alert unless the day has a check-in (or already
 * an alert: unique per subject and day), and the next day's job. A job for any other day than
 * `nextDueDay` is stale (retried, or superseded by a change of time) and does nothing, so each
 * day is processed once however many runners and retries there are.
 */
export async function processMissedCheckIn(
  em: EntityManager,
  clock: Clock,
  subjectId: string,
  day: string,
): Promise<CareAlertNoticePayload[]> {
  const subject = await lockSubject(em, { id: subjectId });
  if (!subject?.nextDueDay || day !== subject.nextDueDay) return [];
  const due = dueAt(subject.nextDueDay, subject.checkInBy);
  const now = clock.now();
  if (now < due) {
    await scheduleMissedCheckIn(em, clock, subject);
    await em.flush();
    return [];
  }
  const notices: CareAlertNoticePayload[] = [];
  const current = subject.nextDueDay;
  const fresh = now.getTime() - due.getTime() < STALE_AFTER_MS;
  if (fresh && isActiveOn(subject, current)) {
    const checkedIn = await em.count(CareCheckIn, { subject: subject.id, day: current });
    const existing = await em.count(CareAlert, { subject: subject.id, day: current });
    if (checkedIn === 0 && existing === 0) {
      const settings = await settingsOf(em, subject.tenant.id);
      const window = subject.ackWindowMinutes ?? settings.ackWindowMinutes;
      const alert = em.create(CareAlert, {
        tenant: subject.tenant,
        subject,
        grid: subject.grid,
        assignedWorker: subject.responsibleWorker,
        day: current,
        raisedAt: now,
        escalateAt: escalationDue(now, window),
      });
      em.create(CareAlertEvent, {
        tenant: alert.tenant,
        alert,
        action: CareAlertAction.RAISE,
        toStatus: CareAlertStatus.RAISED,
        note: `No check-in by ${subject.checkInBy} on ${current} (未按时问候).`,
        actorKind: SYSTEM.kind,
        actorName: SYSTEM.name,
        actorRole: SYSTEM.role,
        occurredAt: now,
      });
      await scheduleEscalation(em, clock, alert);
      notices.push(noticeOf(alert, CareAlertAction.RAISE, await subjectName(em, subject), now));
    }
  }
  const next = addDays(current, 1);
  subject.nextDueDay = isActiveOn(subject, next) ? next : undefined;
  await scheduleMissedCheckIn(em, clock, subject);
  await em.flush();
  return notices;
}

/** Escalation of a LOCKED-on-load alert still RAISED at its deadline by the clock. */
export async function processEscalation(
  em: EntityManager,
  clock: Clock,
  alertId: string,
): Promise<CareAlertNoticePayload[]> {
  const alert = await lockAlert(em, { id: alertId });
  if (!alert || alert.status !== CareAlertStatus.RAISED) return [];
  const now = clock.now();
  if (now < alert.escalateAt) {
    await scheduleEscalation(em, clock, alert);
    return [];
  }
  applyAlertStep(em, alert, CareAlertAction.ESCALATE, SYSTEM, now, 'Not acknowledged in time (超时未响应).');
  await em.flush();
  return [await noticeFor(em, alert, CareAlertAction.ESCALATE, now)];
}

/**
 * Everything due by the clock in one tenant: each subject's pending days up to now (a bounded
 * catch-up) and each RAISED alert past its deadline. The same steps as the timed jobs, so the
 * two never do anything twice; a test with a ManualClock advances the clock and sweeps.
 */
export async function sweepTenant(em: EntityManager, clock: Clock): Promise<CareAlertNoticePayload[]> {
  const now = clock.now();
  const notices: CareAlertNoticePayload[] = [];
  const subjects = await em.find(CareSubject, { nextDueDay: { $lte: chinaDay(now) } }, { fields: ['id'] });
  for (const { id } of subjects) {
    for (let i = 0; i < 3; i++) {
      const subject = await em.findOne(CareSubject, id, { refresh: true });
      if (!subject?.nextDueDay || dueAt(subject.nextDueDay, subject.checkInBy) > now) break;
      notices.push(...(await processMissedCheckIn(em, clock, id, subject.nextDueDay)));
    }
  }
  const due = await em.find(
    CareAlert,
    { status: CareAlertStatus.RAISED, escalateAt: { $lte: now } },
    { fields: ['id'] },
  );
  for (const { id } of due) notices.push(...(await processEscalation(em, clock, id)));
  return notices;
}
