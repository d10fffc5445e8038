export {
  defineJob,
  registeredJobs,
  type JobContext,
  type JobDefinition,
  type JobHandler,
} from './job-registry';
export { enqueueInTransaction, type EnqueueOptions } from './enqueue';
export { inTenantTransaction } from './tenant-transaction';
export { JobRunner, startJobRunner } from './job-runner';
export { JOB_SCHEMA, jobQueueGrants } from './job-schema';
