import { ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { badInput, conflict, forbidden, notFound } from '../../core/errors/domain-error';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { Tenant } from '../tenants/tenant.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { communityFilter, ownCommunityId } from '../organisation/organisation.policy';
import { loadInScope, loadReferenced } from '../organisation/organisation.service';
import { HouseholdFile } from '../households/household-file.entity';
import { CareSettings, CareSubject } from './care-subject.entity';
import { CareAlert, type CareAlertEvent, CareCheckIn } from './care-alert.entity';
import { CareAlertAction, CareAlertOutcome, CareAlertStatus, CheckInChannel } from './care.enums';
import type {
  CareAlertAcknowledgeInput,
  CareAlertCloseInput,
  CareAlertListArgs,
  CareCheckInListArgs,
  CareCheckInRecordInput,
  CareSettingsUpdateInput,
  CareSubjectEnrolInput,
  CareSubjectListArgs,
  CareSubjectUpdateInput,
} from './care.inputs';
import {
  actorOf,
  assertStaffOf,
  deviceCommunityOf,
  isDevice,
  principalOf,
  readableByGrid,
} from './care.policy';
import {
  applyAlertStep,
  lockAlert,
  lockSubject,
  noticeFor,
  scheduleMissedCheckIn,
  settingsOf,
} from './care-alert.steps';
import { publishAfterCommit } from './care-events';
import { chinaDay, firstDueDay, isActiveOn } from './care.workflow';

const readableSubjects = (ctx: RequestContext) => readableByGrid<CareSubject>(principalOf(ctx));
const readableAlerts = (ctx: RequestContext) => readableByGrid<CareAlert>(principalOf(ctx));

// ---- enrolled people ---------------------------------------------------------------------------

export async function listSubjects(ctx: RequestContext, args: CareSubjectListArgs) {
  const where: FilterQuery<CareSubject>[] = [readableSubjects(ctx)];
  const community = communityFilter(ctx, args.communityId);
  if (community) where.push({ tenant: community });
  if (args.gridId) where.push({ grid: fromGlobalId(args.gridId, 'Grid', 'gridId') });
  if (args.activeOn) {
    where.push({ activeFrom: { $lte: args.activeOn } });
    where.push({ $or: [{ activeUntil: null }, { activeUntil: { $gte: args.activeOn } }] });
  }
  return paginate(ctx.em, CareSubject, { $and: where }, args, ctx.config.limits);
}

export const findReadableSubject = (ctx: RequestContext, id: string) =>
  ctx.em.findOne(CareSubject, { $and: [{ id }, readableSubjects(ctx)] });

export async function getSubject(ctx: RequestContext, globalId: string): Promise<CareSubject> {
  const subject = await findReadableSubject(ctx, fromGlobalId(globalId, 'CareSubject'));
  if (!subject) throw notFound('CareSubject', globalId);
  return subject;
}

function assertPeriod(from: string, until: string | null | undefined) {
  if (until && until < from) throw badInput('activeUntil', 'activeUntil must not be before activeFrom.');
}

/** Enrols a person of the community in a micro-grid of the caller's grids, and schedules day one. */
export async function careSubjectEnrol(
  ctx: RequestContext,
  input: CareSubjectEnrolInput,
): Promise<CareSubject> {
  const microGrid = await loadInScope(ctx, MicroGrid, input.microGridId, 'microGridId');
  assertStaffOf(ctx, microGrid, 'enrol people in this micro-grid');
  const communityId = microGrid.tenant.id;
  const person = await loadReferenced(ctx, Person, input.personId, 'personId', communityId);
  const worker = await loadReferenced(
    ctx,
    Person,
    input.responsibleWorkerId,
    'responsibleWorkerId',
    communityId,
  );
  let household: HouseholdFile | undefined;
  if (input.householdId) {
    household = await loadReferenced(ctx, HouseholdFile, input.householdId, 'householdId', communityId);
    if (household.microGrid.id !== microGrid.id) {
      throw badInput('householdId', 'The household file belongs to another micro-grid.');
    }
  }
  if ((await ctx.em.count(CareSubject, { tenant: communityId, person: person.id })) > 0) {
    throw conflict('This person is already enrolled in the daily greeting; change the enrolment instead.');
  }
  const now = ctx.config.clock.now();
  const settings = await settingsOf(ctx.em, communityId);
  const activeFrom = input.activeFrom ?? chinaDay(now);
  assertPeriod(activeFrom, input.activeUntil);
  const subject = ctx.em.create(CareSubject, {
    tenant: ref(Tenant, communityId),
    person,
    grid: microGrid.grid,
    microGrid,
    household,
    responsibleWorker: worker,
    checkInBy: input.checkInBy ?? settings.defaultCheckInBy,
    ackWindowMinutes: input.ackWindowMinutes ?? undefined,
    activeFrom,
    activeUntil: input.activeUntil ?? undefined,
    note: input.note?.trim() || undefined,
  });
  subject.nextDueDay = firstDueDay(subject, now) ?? undefined;
  await scheduleMissedCheckIn(ctx.em, ctx.config.clock, subject);
  await ctx.em.flush();
  return subject;
}

/**
 * Changes an enrolment under its lock. A new time applies from the pending day: a job is queued
 * for the new moment, and the one for the old moment then finds the day already done, or early.
 */
export async function careSubjectUpdate(
  ctx: RequestContext,
  input: CareSubjectUpdateInput,
): Promise<CareSubject> {
  const id = fromGlobalId(input.id, 'CareSubject');
  const subject = await lockSubject(ctx.em, { $and: [{ id }, readableSubjects(ctx)] });
  if (!subject) throw notFound('CareSubject', input.id);
  assertStaffOf(ctx, subject, 'change this enrolment');
  const communityId = subject.tenant.id;
  if (input.responsibleWorkerId) {
    subject.responsibleWorker = ref(
      await loadReferenced(ctx, Person, input.responsibleWorkerId, 'responsibleWorkerId', communityId),
    );
  }
  if (input.ackWindowMinutes !== undefined) subject.ackWindowMinutes = input.ackWindowMinutes ?? undefined;
  if (input.note !== undefined) subject.note = input.note?.trim() || undefined;
  let reschedule = false;
  if (input.checkInBy && input.checkInBy !== subject.checkInBy) {
    subject.checkInBy = input.checkInBy;
    reschedule = true;
  }
  if (input.activeUntil !== undefined) {
    assertPeriod(subject.activeFrom, input.activeUntil);
    subject.activeUntil = input.activeUntil ?? undefined;
    reschedule = true;
  }
  if (reschedule) {
    const now = ctx.config.clock.now();
    const pending = subject.nextDueDay;
    if (!pending || !isActiveOn(subject, pending))
      subject.nextDueDay = firstDueDay(subject, now) ?? undefined;
    await scheduleMissedCheckIn(ctx.em, ctx.config.clock, subject);
  }
  await ctx.em.flush();
  return subject;
}

// ---- settings --------------------------------------------------------------------------------

export async function getSettings(ctx: RequestContext, communityId?: string): Promise<CareSettings> {
  const id = communityFilter(ctx, communityId) ?? ownCommunityOrStaff(ctx);
  const row = await ctx.em.findOne(CareSettings, { tenant: id });
  return row ?? ctx.em.create(CareSettings, { tenant: ref(Tenant, id) }, { persist: false });
}

function ownCommunityOrStaff(ctx: RequestContext): string {
  const grant = principalOf(ctx).grants.find(
    (g) => g.tenantId && (g.role === Role.COMMUNITY_ADMIN || g.role === Role.GRID_WORKER),
  );
  if (!grant)
    throw badInput('communityId', 'communityId is required for a reader without a community of its own.');
  return grant.tenantId as string;
}

export async function careSettingsUpdate(
  ctx: RequestContext,
  input: CareSettingsUpdateInput,
): Promise<CareSettings> {
  const communityId = ownCommunityId(ctx);
  const row =
    (await ctx.em.findOne(CareSettings, { tenant: communityId })) ??
    ctx.em.create(CareSettings, { tenant: ref(Tenant, communityId) });
  if (input.defaultCheckInBy) row.defaultCheckInBy = input.defaultCheckInBy;
  if (input.ackWindowMinutes) row.ackWindowMinutes = input.ackWindowMinutes;
  await ctx.em.flush();
  return row;
}

// ---- check-ins -------------------------------------------------------------------------------

/**
 * A check-in for today (China date, by the clock). A device records DOORBELL for subjects of its
 * own community (anything else in its scope is not there: NOT_FOUND, nothing stored); staff of the
 * subject's grid record PHONE or VISIT. The subject row is locked, so a check-in and the day's
 * missed-check-in job are serialised: the job sees the check-in, or the check-in sees the alert.
 *
 * A staff check-in on a day with an open alert closes it as SAFE (someone spoke to or saw the
 * person: that is the follow-up). A doorbell press does not: it shows that the button was pressed,
 * not who pressed it, so a person still confirms and closes the alert.
 */
export async function careCheckInRecord(ctx: RequestContext, input: CareCheckInRecordInput) {
  const principal = principalOf(ctx);
  const id = fromGlobalId(input.subjectId, 'CareSubject', 'subjectId');
  const device = isDevice(principal);
  const where: FilterQuery<CareSubject> = device
    ? { id, tenant: deviceCommunityOf(principal) ?? { $in: [] } }
    : { $and: [{ id }, readableSubjects(ctx)] };
  const subject = await lockSubject(ctx.em, where);
  if (!subject) throw notFound('CareSubject', input.subjectId);
  let role: Role = Role.DEVICE;
  if (device) {
    if (input.channel !== CheckInChannel.DOORBELL) {
      throw badInput('channel', 'A device records DOORBELL check-ins only.');
    }
  } else {
    role = assertStaffOf(ctx, subject, 'record check-ins for this person');
    if (input.channel === CheckInChannel.DOORBELL) {
      throw badInput(
        'channel',
        'DOORBELL check-ins are recorded by the doorbell itself; record PHONE or VISIT.',
      );
    }
  }
  const now = ctx.config.clock.now();
  const day = chinaDay(now);
  if (!isActiveOn(subject, day)) throw badInput('subjectId', `This person is not enrolled on ${day}.`);
  const actor = actorOf(ctx, role);
  const checkIn = ctx.em.create(CareCheckIn, {
    tenant: subject.tenant,
    subject,
    day,
    at: now,
    channel: input.channel,
    recordedByKind: actor.kind,
    recordedById: actor.id ?? undefined,
    recordedByName: actor.name,
    recordedByRole: actor.role,
    note: input.note?.trim() || undefined,
  });
  let closedAlert: CareAlert | null = null;
  if (!device) {
    const open = await lockAlert(ctx.em, {
      subject: subject.id,
      day,
      status: { $ne: CareAlertStatus.CLOSED },
    });
    if (open) {
      applyAlertStep(ctx.em, open, CareAlertAction.CLOSE, actor, now, `Checked in by ${input.channel}.`);
      open.outcome = CareAlertOutcome.SAFE;
      open.findings = input.note?.trim() || `Checked in by ${input.channel} (已问候).`;
      closedAlert = open;
    }
  }
  await ctx.em.flush();
  if (closedAlert) publishAfterCommit(ctx, await noticeFor(ctx.em, closedAlert, CareAlertAction.CLOSE, now));
  return { checkIn, closedAlert };
}

export async function listCheckIns(ctx: RequestContext, args: CareCheckInListArgs) {
  const subject = await getSubject(ctx, args.subjectId);
  const where: FilterQuery<CareCheckIn>[] = [{ subject: subject.id }];
  if (args.from) where.push({ day: { $gte: args.from } });
  if (args.to) where.push({ day: { $lte: args.to } });
  return paginate(ctx.em, CareCheckIn, { $and: where }, args, ctx.config.limits);
}

// ---- alerts ----------------------------------------------------------------------------------

export async function listAlerts(ctx: RequestContext, args: CareAlertListArgs) {
  const where: FilterQuery<CareAlert>[] = [readableAlerts(ctx)];
  const community = communityFilter(ctx, args.communityId);
  if (community) where.push({ tenant: community });
  if (args.gridId) where.push({ grid: fromGlobalId(args.gridId, 'Grid', 'gridId') });
  if (args.status?.length) where.push({ status: { $in: args.status } });
  if (args.from) where.push({ day: { $gte: args.from } });
  if (args.to) where.push({ day: { $lte: args.to } });
  return paginate(ctx.em, CareAlert, { $and: where }, args, ctx.config.limits);
}

export const findReadableAlert = (ctx: RequestContext, id: string) =>
  ctx.em.findOne(CareAlert, { $and: [{ id }, readableAlerts(ctx)] });

export async function getAlert(ctx: RequestContext, globalId: string): Promise<CareAlert> {
  const alert = await findReadableAlert(ctx, fromGlobalId(globalId, 'CareAlert'));
  if (!alert) throw notFound('CareAlert', globalId);
  return alert;
}

async function alertStep(
  ctx: RequestContext,
  globalId: string,
  action: CareAlertAction,
  note: string | null | undefined,
  change: (alert: CareAlert) => void = () => undefined,
): Promise<{ alert: CareAlert; event: CareAlertEvent }> {
  const id = fromGlobalId(globalId, 'CareAlert');
  const alert = await lockAlert(ctx.em, { $and: [{ id }, readableAlerts(ctx)] });
  if (!alert) throw notFound('CareAlert', globalId);
  const role = assertStaffOf(ctx, alert, 'follow up this alert');
  if (role !== Role.COMMUNITY_ADMIN && role !== Role.GRID_WORKER) throw forbidden();
  const now = ctx.config.clock.now();
  const event = applyAlertStep(ctx.em, alert, action, actorOf(ctx, role), now, note?.trim() || undefined);
  change(alert);
  await ctx.em.flush();
  publishAfterCommit(ctx, await noticeFor(ctx.em, alert, action, now));
  return { alert, event };
}

export const careAlertAcknowledge = (ctx: RequestContext, input: CareAlertAcknowledgeInput) =>
  alertStep(ctx, input.id, CareAlertAction.ACKNOWLEDGE, input.note);

export const careAlertClose = (ctx: RequestContext, input: CareAlertCloseInput) =>
  alertStep(ctx, input.id, CareAlertAction.CLOSE, input.findings, (alert) => {
    alert.outcome = input.outcome;
    alert.findings = input.findings.trim();
  });
