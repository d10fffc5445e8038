import { defineJob, inTenantTransaction } from '../../core/jobs';
import { HouseholdAction, HouseholdStatus } from './household.enums';
import {
  applyHouseholdTransition,
  lockHousehold,
  NOTICE_END_QUEUE,
  type NoticeEndJob,
  scheduleNoticeEnd,
  SYSTEM,
} from './household-transition';
import { hasOpenObjection } from './household-workflow.service';

/**
 * The end of a notice period (公示期满): publishes the file by itself unless an objection is open.
 * Runs on the owner connection, scoped to the file's community (RLS is forced for the owner too),
 * and re-checks everything under the file's lock, so it is idempotent: a job that is retried,
 * or that comes for a file already published, withdrawn or re-scheduled, changes nothing.
 */
export const noticeEndJob = defineJob<NoticeEndJob>(NOTICE_END_QUEUE, async (data, { db }) => {
  await inTenantTransaction(db.owner, data.tenantId, async (em) => {
    const file = await lockHousehold(em, data.householdId, { tenant: data.tenantId });
    if (!file || file.status !== HouseholdStatus.PUBLIC_NOTICE || !file.noticeEndsAt) return;
    // Early (clock skew between hosts, or a notice lengthened since): the file keeps a job.
    const [{ due }] = await em
      .getConnection()
      .execute<{ due: boolean }[]>(
        'select ?::timestamptz <= clock_timestamp() as due',
        [file.noticeEndsAt],
        'all',
        em.getTransactionContext(),
      );
    if (!due) {
      await scheduleNoticeEnd(em, file, file.noticeEndsAt);
      return;
    }
    // Blocked: answering the last open objection schedules the publication again.
    if (await hasOpenObjection(em, file)) return;
    applyHouseholdTransition(
      em,
      file,
      HouseholdAction.PUBLISH,
      SYSTEM,
      'The notice period ended with no open objection (公示期满无异议).',
    );
    await em.flush();
  });
});
