import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineJob, enqueueInTransaction, inTenantTransaction, type JobContext } from '../../core/jobs';
import { Case } from './case.entity';
import { CaseLevel, nextLevel, OPEN_CASE_STATUSES } from './case.enums';
import { escalateLocked } from './case-escalation';
import { escalationOf, publishEscalationFromJob } from './case-escalation.subscription';
import {
  DEADLINE_SWEEP_QUEUE,
  LEVEL_DEADLINE_QUEUE,
  type LevelDeadlineJob,
  lockCase,
  scheduleLevelDeadline,
  SYSTEM_ACTOR,
} from './case-timeline';

/**
 * How long to wait before asking again when the platform clock says "not yet" although the job's
 * start time has come (a clock behind the host's, e.g. a test's ManualClock): never less, so a
 * job never spins.
 */
const RECHECK_MS = 5 * 60_000;

const isDue = (c: Case, now: Date) =>
  OPEN_CASE_STATUSES.includes(c.status) && c.level !== CaseLevel.DISTRICT && now >= c.deadlineAt;

/**
 * The deadline of one level entry (办理时限届满): runs on the owner connection scoped to the case's
 * community and re-checks everything under the case's row lock, so it is idempotent and has
 * its effect once however many runners there are or however often it is retried: a case that
 * moved on (resolved, escalated by hand, reopened: a different level entry) is left alone.
 * At DISTRICT there is nothing above: the case simply shows as overdue.
 */
export const levelDeadlineJob = defineJob<LevelDeadlineJob>(LEVEL_DEADLINE_QUEUE, async (data, context) => {
  const { db, config } = context;
  const escalated = await inTenantTransaction(db.owner, data.tenantId, async (em) => {
    const c = await lockCase(em, data.caseId, { tenant: data.tenantId });
    if (
      !c ||
      c.levelEntry !== data.levelEntry ||
      !OPEN_CASE_STATUSES.includes(c.status) ||
      !nextLevel(c.level)
    ) {
      return null;
    }
    const now = config.clock.now();
    if (now < c.deadlineAt) {
      // Early by the platform clock: ask again at the deadline, and never sooner than RECHECK_MS.
      const at = new Date(Math.max(c.deadlineAt.getTime(), Date.now() + RECHECK_MS));
      await scheduleLevelDeadline(em, c, at);
      return null;
    }
    await escalateLocked(em, c, SYSTEM_ACTOR, now, { automatic: true });
    return escalationOf(c, true, now);
  });
  await publishEscalationFromJob(context, escalated);
});

/** Overdue open cases below DISTRICT across every tenant (the owner, scoped to all tenants). */
async function overdueCandidates(context: JobContext, now: Date, limit: number) {
  const em = context.db.owner.em.fork({ clear: true, useContext: false });
  return em.transactional(async (tx) => {
    const trx = tx.getTransactionContext();
    const conn = tx.getConnection();
    await conn.execute(
      "select set_config('app.tenant_ids', coalesce((select string_agg(id::text, ',') from tenant), ''), true)",
      [],
      'all',
      trx,
    );
    return conn.execute<{ tenant_id: string; id: string }[]>(
      `select tenant_id, id from governance_case
        where status = any(?::case_status[]) and level <> 'DISTRICT' and deadline_at <= ?
        order by deadline_at, id limit ?`,
      [`{${OPEN_CASE_STATUSES.join(',')}}`, now, limit],
      'all',
      trx,
    );
  });
}

const SWEEP_BATCH = 500;

/**
 * The sweep (超期巡检): escalates every open case whose deadline has passed by the platform
 * clock, one case per transaction under its row lock with SKIP LOCKED (a case another runner or
 * a person is working on right now is left to them; the next sweep or its own job sees it).
 * It backs the per-entry jobs up: after a clock correction, a restored database, or in tests
 * with a ManualClock. It re-checks like the per-entry job, so running it twice changes nothing.
 */
export const deadlineSweepJob = defineJob<{ requestedAt?: string }>(
  DEADLINE_SWEEP_QUEUE,
  async (_data, context) => {
    const now = context.config.clock.now();
    const candidates = await overdueCandidates(context, now, SWEEP_BATCH);
    for (const { tenant_id: tenantId, id } of candidates) {
      const escalated = await inTenantTransaction(context.db.owner, tenantId, async (em) => {
        const c = await em.findOne(
          Case,
          { id, tenant: tenantId },
          { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, refresh: true },
        );
        const now = context.config.clock.now();
        if (!c || !isDue(c, now)) return null;
        await escalateLocked(em, c, SYSTEM_ACTOR, now, { automatic: true });
        return escalationOf(c, true, now);
      });
      await publishEscalationFromJob(context, escalated);
    }
  },
);

/** Asks the runners for a sweep, in the EntityManager's transaction (tests; an operator's script). */
export async function requestDeadlineSweep(em: EntityManager): Promise<void> {
  await enqueueInTransaction(em, DEADLINE_SWEEP_QUEUE, { requestedAt: new Date().toISOString() });
}
