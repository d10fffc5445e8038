import PgBoss from 'pg-boss';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Client } from 'pg';
import { JOB_SCHEMA } from './job-schema';

/**
 * pg-boss builds the job insert (queue defaults, retry and retention settings); this instance is
 * never started and has no connection of its own: every `send` gets the caller's transaction as
 * its executor (`db` option), so the job row commits or rolls back with the change that needs it.
 */
const sender = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => Promise.reject(new Error('jobs are only sent inside a transaction')),
  },
});

export interface EnqueueOptions {
  /** Not before this moment (pg-boss `startAfter`); now when absent. */
  startAfter?: Date;
  /** A key naming what the job is about (e.g. the row id), for tracing and queries. */
  singletonKey?: string;
}

/**
 * The pg client of the EntityManager's open transaction. pg-boss sends `$1` placeholders, which
 * the ORM's raw `execute` (it inlines `?` parameters) does not take, so the job insert goes to the
 * transaction's own connection (knex's transaction client hands it out) with real parameters.
 */
async function transactionClient(em: EntityManager): Promise<Client> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx) throw new Error('A job can only be enqueued inside a transaction.');
  const client = trx.client as unknown as { acquireConnection(): Promise<Client> };
  return client.acquireConnection();
}

/**
 * Enqueues a job in the EntityManager's current transaction: a rollback removes it with
 * everything else, and a commit makes it visible to the runners together with the change it
 * belongs to (never a job for a step that did not happen, never a step without its job).
 * The queue must exist (its module's migration creates it); otherwise this throws.
 */
export async function enqueueInTransaction(
  em: EntityManager,
  queue: string,
  data: object,
  options: EnqueueOptions = {},
): Promise<string> {
  const client = await transactionClient(em);
  const db: PgBoss.Db = {
    executeSql: (text: string, values: unknown[]) => client.query(text, values),
  };
  const id = await sender.send(queue, data, {
    db,
    startAfter: options.startAfter,
    singletonKey: options.singletonKey,
  });
  if (!id) throw new Error(`Job queue "${queue}" does not exist (its migration creates it).`);
  return id;
}
