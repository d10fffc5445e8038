import type { EntityManager } from '@mikro-orm/postgresql';
import { defineJob, enqueueInTransaction, inTenantTransaction } from '../../core/jobs';
import { publishFromJob } from './care-events';
import {
  ESCALATION_QUEUE,
  type EscalationJob,
  MISSED_CHECK_IN_QUEUE,
  type MissedCheckInJob,
  processEscalation,
  processMissedCheckIn,
  SWEEP_QUEUE,
  type SweepJob,
  sweepTenant,
} from './care-alert.steps';

/*
 * The daily greeting's jobs (pg-boss, durable: rows in PostgreSQL, run once across instances by
 * `skip locked`, retried after a crash). Each handler works as the owner scoped to the row's
 * community (RLS is forced for the owner too), re-checks under a row lock by the configured
 * clock, and publishes its notices after its transaction has committed.
 */

/** A subject's check-in for one day is due (每日一问候): raise an alert if there was none. */
export const missedCheckInJob = defineJob<MissedCheckInJob>(MISSED_CHECK_IN_QUEUE, async (data, context) => {
  const { db, config } = context;
  const notices = await inTenantTransaction(db.owner, data.tenantId, (em) =>
    processMissedCheckIn(em, config.clock, data.subjectId, data.day),
  );
  await publishFromJob(context, notices);
});

/** An alert's acknowledgement window is over: escalate it to the community admin if still RAISED. */
export const escalationJob = defineJob<EscalationJob>(ESCALATION_QUEUE, async (data, context) => {
  const { db, config } = context;
  const notices = await inTenantTransaction(db.owner, data.tenantId, (em) =>
    processEscalation(em, config.clock, data.alertId),
  );
  await publishFromJob(context, notices);
});

/** Everything due by the clock in one community (operators after an outage; tests with a ManualClock). */
export const sweepJob = defineJob<SweepJob>(SWEEP_QUEUE, async (data, context) => {
  const { db, config } = context;
  const notices = await inTenantTransaction(db.owner, data.tenantId, (em) => sweepTenant(em, config.clock));
  await publishFromJob(context, notices);
});

/** Asks the runners to sweep a community, in the caller's transaction. */
export const requestCareSweep = (em: EntityManager, tenantId: string) =>
  enqueueInTransaction(em, SWEEP_QUEUE, { tenantId } satisfies SweepJob, { singletonKey: tenantId });
