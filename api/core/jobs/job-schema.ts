/** The PostgreSQL schema pg-boss keeps its queues and jobs in (created by a migration). */
export const JOB_SCHEMA = 'pgboss';

/**
 * What the API role needs to enqueue a job inside a request's transaction, and no more: read the
 * queue's settings (the insert joins them) and insert a job, reading back only its id. Working,
 * completing and maintaining jobs happen on the owner connection (the runner). Granted at start
 * with the rest of the API role's privileges (api/db/roles.ts).
 */
export function jobQueueGrants(role: string): string[] {
  return [
    `grant usage on schema ${JOB_SCHEMA} to ${role}`,
    `grant select on ${JOB_SCHEMA}.queue to ${role}`,
    `grant select (id), insert on ${JOB_SCHEMA}.job to ${role}`,
  ];
}
