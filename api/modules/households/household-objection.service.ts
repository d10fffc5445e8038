import type { RequestContext } from '../../app/context';
import { invalidTransition, notFound } from '../../core/errors/domain-error';
import { fromGlobalId, toGlobalId } from '../../core/graphql/global-id';
import { HouseholdObjection } from './household-objection.entity';
import { HouseholdAction, HouseholdStatus, ObjectionDecision, ObjectionStatus } from './household.enums';
import { notNow } from './household.errors';
import type { HouseholdObjectionAnswerInput, HouseholdObjectionRaiseInput } from './household.inputs';
import { actingRole, OBJECTORS, principalOf } from './household.policy';
import { actorOf, applyHouseholdTransition, lockHousehold, scheduleNoticeEnd } from './household-transition';
import { hasOpenObjection, lockForStep } from './household-workflow.service';

/**
 * An objection (异议) from a resident of the file's community, or its staff, during the notice.
 * The file is locked, so an objection and the end-of-notice job cannot cross: either the
 * objection is in before the job looks (and blocks it) or the file is published and the
 * objection refused. After the period (or outside PUBLIC_NOTICE) it is INVALID_TRANSITION naming
 * the state: the moment has passed, nothing is wrong with the text itself.
 */
export async function householdObjectionRaise(
  ctx: RequestContext,
  input: HouseholdObjectionRaiseInput,
): Promise<HouseholdObjection> {
  const principal = principalOf(ctx);
  const ownCommunities = principal.grants
    .filter((g) => g.tenantId && OBJECTORS.includes(g.role))
    .map((g) => g.tenantId as string);
  const id = fromGlobalId(input.householdId, 'HouseholdFile', 'householdId');
  const file = await lockHousehold(ctx.em, id, { tenant: { $in: ownCommunities } });
  if (!file) throw notFound('HouseholdFile', input.householdId);
  if (file.status !== HouseholdStatus.PUBLIC_NOTICE) {
    throw notNow(file.status, 'OBJECT', 'objections are taken only during the public notice (公示期).');
  }
  if (!file.noticeEndsAt || file.noticeEndsAt.getTime() <= Date.now()) {
    throw notNow(file.status, 'OBJECT', `the notice period ended at ${file.noticeEndsAt?.toISOString()}.`);
  }
  const objection = ctx.em.create(HouseholdObjection, {
    tenant: file.tenant,
    household: file,
    text: input.text.trim(),
    objectorKind: principal.kind,
    objectorId: principal.id,
    objectorName: principal.name,
    objectorPersonId: principal.personId ?? undefined,
  });
  await ctx.em.flush();
  return objection;
}

/**
 * The community's answer. UPHOLD withdraws the file (WITHDRAWN, final) in the same transaction;
 * DISMISS, once no other objection is open and the notice is over, schedules the publication at
 * once (the job publishes as it would have at the end of the notice).
 */
export async function householdObjectionAnswer(
  ctx: RequestContext,
  input: HouseholdObjectionAnswerInput,
): Promise<HouseholdObjection> {
  const id = fromGlobalId(input.objectionId, 'HouseholdObjection', 'objectionId');
  const scope = principalOf(ctx).tenantIds;
  const found = await ctx.em.findOne(HouseholdObjection, { id, tenant: { $in: scope } });
  if (!found) throw notFound('HouseholdObjection', input.objectionId);
  const file = await lockForStep(ctx, toGlobalId('HouseholdFile', found.household.id), 'objectionId');
  const role = actingRole(ctx, file, HouseholdAction.WITHDRAW);
  // Read again under the file's lock: two answers to one objection are serialised.
  const objection = (await ctx.em.findOne(HouseholdObjection, { id }, { refresh: true }))!;
  if (objection.status !== ObjectionStatus.OPEN) {
    throw invalidTransition('The objection', objection.status, input.decision);
  }
  objection.status =
    input.decision === ObjectionDecision.UPHOLD ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
  objection.answer = input.answer.trim();
  objection.answeredAt = new Date();
  objection.answeredByName = principalOf(ctx).name;
  if (file.status === HouseholdStatus.PUBLIC_NOTICE) {
    if (objection.status === ObjectionStatus.UPHELD) {
      applyHouseholdTransition(ctx.em, file, HouseholdAction.WITHDRAW, actorOf(ctx, role), objection.answer);
    } else {
      await ctx.em.flush();
      const over = !file.noticeEndsAt || file.noticeEndsAt.getTime() <= Date.now();
      if (over && !(await hasOpenObjection(ctx.em, file))) await scheduleNoticeEnd(ctx.em, file, new Date());
    }
  }
  await ctx.em.flush();
  return objection;
}
