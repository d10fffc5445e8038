import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { EventBus } from '../events';

/** What a job handler gets: the database (it works on the owner connection) and the config. */
export interface JobContext {
  db: Database;
  config: Config;
  /** The instance's event bus: publish (after the job's transaction committed) to subscribers. */
  events: EventBus;
  /** pg-boss's id of the job being run (for logs). */
  jobId: string;
}

export type JobHandler<T> = (data: T, context: JobContext) => Promise<void>;

export interface JobDefinition<T extends object> {
  /** pg-boss queue name (letters, digits, hyphens). Its migration creates the queue. */
  queue: string;
  handle: JobHandler<T>;
}

const registry = new Map<string, JobDefinition<object>>();

/**
 * Declares a kind of job, usually at a module's import: the runner works every declared queue.
 * Handlers must be idempotent (re-check the state under a row lock): pg-boss runs a job once
 * across instances, but a job whose worker crashed mid-way is retried.
 */
export function defineJob<T extends object>(queue: string, handle: JobHandler<T>): JobDefinition<T> {
  const definition: JobDefinition<T> = { queue, handle };
  registry.set(queue, definition as unknown as JobDefinition<object>);
  return definition;
}

export const registeredJobs = (): JobDefinition<object>[] => [...registry.values()];
