import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { badInput, notFound } from '../../core/errors/domain-error';
import { fromGlobalId } from '../../core/graphql/global-id';
import { HouseholdFile } from './household-file.entity';
import type { HouseholdEvent } from './household-event.entity';
import { HouseholdObjection } from './household-objection.entity';
import { HouseholdAction, HouseholdStatus, ObjectionStatus, ReviewDecision } from './household.enums';
import { notNow } from './household.errors';
import type { HouseholdReviewInput, HouseholdStepInput } from './household.inputs';
import { actingRole, principalOf, readableFiles } from './household.policy';
import { actorOf, applyHouseholdTransition, lockHousehold, scheduleNoticeEnd } from './household-transition';

export interface StepResult {
  household: HouseholdFile;
  event: HouseholdEvent;
}

const DAY_MS = 24 * 3600 * 1000;
const MAX_NOTICE_DAYS = 30;

/** The file, locked, among those the caller reads; NOT_FOUND otherwise (ids cannot be probed). */
export async function lockForStep(
  ctx: RequestContext,
  globalId: string,
  field = 'id',
): Promise<HouseholdFile> {
  const id = fromGlobalId(globalId, 'HouseholdFile', field);
  const file = await lockHousehold(ctx.em, id, readableFiles(principalOf(ctx)));
  if (!file) throw notFound('HouseholdFile', globalId);
  return file;
}

/** Whether any objection against the file is still waiting for an answer. */
export async function hasOpenObjection(em: EntityManager, file: HouseholdFile): Promise<boolean> {
  return (await em.count(HouseholdObjection, { household: file.id, status: ObjectionStatus.OPEN })) > 0;
}

/** One step by the caller: lock, check role for this file and the table, record, flush. */
async function step(
  ctx: RequestContext,
  input: HouseholdStepInput,
  action: HouseholdAction,
  before?: (file: HouseholdFile) => Promise<void>,
): Promise<StepResult> {
  const file = await lockForStep(ctx, input.id);
  const role = actingRole(ctx, file, action);
  await before?.(file);
  const event = applyHouseholdTransition(
    ctx.em,
    file,
    action,
    actorOf(ctx, role),
    input.note?.trim() || undefined,
  );
  await ctx.em.flush();
  return { household: file, event };
}

export const householdSubmit = (ctx: RequestContext, input: HouseholdStepInput) =>
  step(ctx, input, HouseholdAction.SUBMIT);

export const householdClose = (ctx: RequestContext, input: HouseholdStepInput) =>
  step(ctx, input, HouseholdAction.CLOSE);

/**
 * When the notice ends: an exact time, a number of days, or HOUSEHOLD_NOTICE_DAYS. (A per-community
 * default would sit between the last two; the community settings do not hold one yet.)
 */
function noticeEnd(ctx: RequestContext, input: HouseholdReviewInput, now: Date): Date {
  if (input.noticeEndsAt && input.noticeDays) {
    throw badInput('noticeEndsAt', 'Give noticeDays or noticeEndsAt, not both.');
  }
  if (input.noticeEndsAt) {
    const at = input.noticeEndsAt.getTime();
    if (at <= now.getTime()) throw badInput('noticeEndsAt', 'noticeEndsAt must be in the future.');
    if (at > now.getTime() + MAX_NOTICE_DAYS * DAY_MS) {
      throw badInput('noticeEndsAt', `The notice period may last at most ${MAX_NOTICE_DAYS} days.`);
    }
    return input.noticeEndsAt;
  }
  return new Date(now.getTime() + (input.noticeDays ?? ctx.config.householdNoticeDays) * DAY_MS);
}

/**
 * The community's review (审核). APPROVE starts the public notice and, in the same transaction,
 * schedules its end (the job publishes the file then, unless an objection is open); REJECT sends
 * the file back with a note.
 */
export async function householdReview(ctx: RequestContext, input: HouseholdReviewInput): Promise<StepResult> {
  if (input.decision === ReviewDecision.REJECT) {
    if (!input.note?.trim()) throw badInput('note', 'A rejection needs a note saying what to correct.');
    return step(ctx, input, HouseholdAction.REJECT);
  }
  const endsAt = noticeEnd(ctx, input, new Date());
  const result = await step(ctx, input, HouseholdAction.APPROVE);
  result.household.noticeEndsAt = endsAt;
  await scheduleNoticeEnd(ctx.em, result.household, endsAt);
  await ctx.em.flush();
  return result;
}

/**
 * Publication by hand (the job does it by itself at the end of the notice): only once the notice
 * period is over and no objection is open, so the admin cannot cut the residents' say short.
 */
export const householdPublish = (ctx: RequestContext, input: HouseholdStepInput) =>
  step(ctx, input, HouseholdAction.PUBLISH, async (file) => {
    if (file.status !== HouseholdStatus.PUBLIC_NOTICE) return; // the table answers
    if (file.noticeEndsAt && file.noticeEndsAt.getTime() > Date.now()) {
      throw notNow(
        file.status,
        'PUBLISH',
        `the notice period runs until ${file.noticeEndsAt.toISOString()}.`,
      );
    }
    if (await hasOpenObjection(ctx.em, file)) {
      throw notNow(
        file.status,
        'PUBLISH',
        'an objection is open; answer it first (householdObjectionAnswer).',
      );
    }
  });
