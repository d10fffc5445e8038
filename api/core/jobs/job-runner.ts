import PgBoss from 'pg-boss';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { EventBus } from '../events';
import { logger } from '../logger';
import { registeredJobs, type JobDefinition } from './job-registry';
import { JOB_SCHEMA } from './job-schema';

/**
 * Works the declared job queues with pg-boss on the owner connection. Jobs are rows in
 * PostgreSQL (schema `pgboss`, created by a migration), so they survive a restart; each is
 * fetched with `for update skip locked`, so several API instances run each job once. A crashed
 * worker's job expires and is retried, which is why handlers re-check under a row lock.
 *
 * Design: jobs are enqueued by the request's own transaction (enqueue.ts), never by the
 * runner, so an instance with JOBS_ENABLED=false still schedules work for the others.
 */
export class JobRunner {
  private boss: PgBoss | null = null;

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly events: EventBus,
  ) {}

  private stopping = false;

  get running(): boolean {
    return this.boss !== null;
  }

  async start(): Promise<void> {
    if (this.boss) return;
    const boss = new PgBoss({
      connectionString: this.db.ownerUrl,
      schema: JOB_SCHEMA,
      max: 2,
      application_name: 'grid-jobs',
      // Cron schedules are not used; maintenance (expiry, archiving) and pg-boss's own schema
      // migrations on an upgrade of the package are.
      schedule: false,
      supervise: true,
      migrate: true,
    });
    // On Ctrl-C the embedded PostgreSQL (same process group) gets the signal too and drops pg-boss's
    // connections while it stops: expected then, an error otherwise.
    boss.on('error', (error: unknown) => {
      if (this.stopping) logger.debug({ err: error }, 'job runner connection closed while stopping');
      else logger.error({ err: error }, 'job runner error');
    });
    await boss.start();
    try {
      for (const job of registeredJobs()) await this.work(boss, job);
    } catch (error) {
      await boss.stop({ graceful: false, wait: true });
      throw error;
    }
    this.boss = boss;
  }

  private async work(boss: PgBoss, job: JobDefinition<object>): Promise<void> {
    // Idempotent: the migration of the job's module created it already.
    await boss.createQueue(job.queue);
    await boss.work<object>(
      job.queue,
      { pollingIntervalSeconds: this.config.jobs.pollingIntervalMs / 1000, batchSize: 1 },
      async (jobs) => {
        for (const { id, data } of jobs) {
          try {
            await job.handle(data, { db: this.db, config: this.config, events: this.events, jobId: id });
          } catch (error) {
            logger.error({ err: error, queue: job.queue, jobId: id }, 'job failed; pg-boss retries it');
            throw error;
          }
        }
      },
    );
  }

  /** Stops fetching, waits for running jobs (up to 10 s) and closes pg-boss's pool. */
  async stop(): Promise<void> {
    this.stopping = true;
    const boss = this.boss;
    this.boss = null;
    if (!boss) return;
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    // pg-boss forgets its stopped workers from a timer of its own that re-checks every second,
    // after stop() has resolved; waiting it out makes "stopped" mean that nothing of pg-boss runs
    // any more (a later timer would fire in a torn-down test environment, or after shutdown). Two
    // re-checks: a worker still finishing its last fetch on a loaded machine misses the first one.
    await new Promise((resolve) => setTimeout(resolve, PG_BOSS_SETTLE_MS));
  }
}

/** Longer than two of pg-boss's one-second re-checks of stopped workers (see stop()). */
const PG_BOSS_SETTLE_MS = 2_100;

/** The runner of this process, started unless JOBS_ENABLED=false. */
export async function startJobRunner(
  db: Database,
  config: Config,
  events: EventBus,
): Promise<JobRunner | null> {
  if (!config.jobs.enabled) return null;
  const runner = new JobRunner(db, config, events);
  await runner.start();
  return runner;
}
