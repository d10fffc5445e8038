import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../app/context';
import { STAFF_ROLES, type Role } from '../../core/auth/role.enum';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../../core/errors/domain-error';
import { fromGlobalId, toGlobalId } from '../../core/graphql/global-id';
import { Case } from '../cases/case.entity';
import { readableCases } from '../cases/case.scope';
import { Person } from '../organisation/person.entity';
import { HouseholdFile } from '../households/household-file.entity';
import { readableFiles } from '../households/household.policy';
import { Meeting } from './meeting.entity';
import { MeetingDecision } from './meeting-decision.entity';
import { MeetingDecisionLink } from './meeting-decision-link.entity';
import type { MeetingEvent } from './meeting-event.entity';
import { DecisionStatus, MeetingAction } from './meeting.enums';
import type {
  MeetingDecisionAddInput,
  MeetingDecisionLinkInput,
  MeetingDecisionSetStatusInput,
  MeetingDecisionUnlinkInput,
} from './meeting.inputs';
import { principalOf, writerRoleFor } from './meeting.policy';
import { lockForChange, ownTenantRow, recordEvent, transition } from './meeting-workflow.service';
import { decisionStep, NOTE_REQUIRED } from './meeting.workflow';

export interface DecisionChange {
  meeting: Meeting;
  decision: MeetingDecision;
  event: MeetingEvent;
}

/** A decision of a HELD meeting, with who is responsible and by when. */
export async function meetingDecisionAdd(
  ctx: RequestContext,
  input: MeetingDecisionAddInput,
): Promise<DecisionChange> {
  const { meeting, role } = await lockForChange(ctx, input.meetingId, 'meetingId');
  transition(meeting, MeetingAction.DECISION_ADD);
  const responsible = input.responsibleId
    ? await ownTenantRow(ctx, Person, input.responsibleId, 'responsibleId', meeting.tenant.id, 'a person')
    : undefined;
  const decision = ctx.em.create(MeetingDecision, {
    tenant: meeting.tenant,
    meeting,
    text: input.text.trim(),
    responsible,
    dueOn: input.dueOn ?? undefined,
  });
  meeting.updatedAt = ctx.config.clock.now();
  const event = recordEvent(ctx, meeting, {
    action: MeetingAction.DECISION_ADD,
    role,
    decision,
    to: DecisionStatus.OPEN,
  });
  await ctx.em.flush();
  return { meeting, decision, event };
}

/**
 * The decision row, locked (`for update`, read fresh), and its meeting, in the caller's scope:
 * two status changes of one decision are serialised and the second sees the first's result.
 */
async function lockDecision(ctx: RequestContext, globalId: string, field: string) {
  const id = fromGlobalId(globalId, 'MeetingDecision', field);
  const scope = principalOf(ctx).tenantIds;
  const decision = await ctx.em.findOne(
    MeetingDecision,
    { id, tenant: { $in: scope } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!decision) throw notFound('MeetingDecision', globalId);
  const meeting = await ctx.em.findOneOrFail(Meeting, { id: decision.meeting.id });
  return { decision, meeting };
}

/** A household file the caller reads (NOT_FOUND otherwise), of the decision's tenant. */
async function linkableFile(ctx: RequestContext, globalId: string, tenantId: string): Promise<HouseholdFile> {
  const id = fromGlobalId(globalId, 'HouseholdFile', 'householdFileId');
  const file = await ctx.em.findOne(HouseholdFile, { $and: [{ id }, readableFiles(principalOf(ctx))] });
  if (!file) throw notFound('HouseholdFile', globalId);
  if (file.tenant.id !== tenantId) {
    throw badInput(
      'householdFileId',
      'A decision links household files of its meeting’s own community only.',
    );
  }
  return file;
}

/** A case the caller reads (NOT_FOUND otherwise), of the decision's tenant. */
async function linkableCase(ctx: RequestContext, globalId: string, tenantId: string): Promise<Case> {
  const id = fromGlobalId(globalId, 'Case', 'caseId');
  const found = await ctx.em.findOne(Case, { $and: [{ id }, await readableCases(ctx)] });
  if (!found) throw notFound('Case', globalId);
  if (found.tenant.id !== tenantId) {
    throw badInput(
      'caseId',
      'A decision links cases of its meeting’s own community only (a street meeting cannot link its communities’ cases).',
    );
  }
  return found;
}

/**
 * Links a decision to the household file (or case) it acts on. The target must be one the caller
 * may read (NOT_FOUND otherwise) and of the meeting's own tenant (BAD_USER_INPUT: the same-tenant
 * keys refuse anything else, so a street meeting links the street's own rows only).
 */
export async function meetingDecisionLink(ctx: RequestContext, input: MeetingDecisionLinkInput) {
  if (!!input.householdFileId === !!input.caseId) {
    throw badInput('householdFileId', 'Give exactly one of householdFileId and caseId.');
  }
  const { decision, meeting } = await lockDecision(ctx, input.decisionId, 'decisionId');
  const role = writerRoleFor(principalOf(ctx), meeting);
  if (!role) throw forbidden('Only those who keep this meeting may link its decisions.');
  const target = input.caseId
    ? await linkableCase(ctx, input.caseId, decision.tenant.id)
    : await linkableFile(ctx, input.householdFileId!, decision.tenant.id);
  const isFile = target instanceof HouseholdFile;
  const same = isFile ? { householdFile: target.id } : { case: target.id };
  if ((await ctx.em.count(MeetingDecisionLink, { decision: decision.id, ...same })) > 0) {
    throw conflict(`The decision is already linked to this ${isFile ? 'household file' : 'case'}.`);
  }
  const link = ctx.em.create(MeetingDecisionLink, {
    tenant: decision.tenant,
    decision,
    householdFile: isFile ? target : undefined,
    case: isFile ? undefined : target,
  });
  decision.updatedAt = ctx.config.clock.now();
  const event = recordEvent(ctx, meeting, {
    action: MeetingAction.DECISION_LINK,
    role,
    decision,
    note: isFile ? `HouseholdFile ${target.code}` : `Case ${toGlobalId('Case', target.id)}`,
  });
  await ctx.em.flush();
  return { meeting, decision, event, link };
}

/**
 * Who may change a decision's status: those who keep the meeting, and the person responsible
 * for it when that person is staff of the meeting's tenant (a grid worker carrying out a
 * community council's decision).
 */
function statusRole(ctx: RequestContext, meeting: Meeting, decision: MeetingDecision): Role {
  const p = principalOf(ctx);
  const writer = writerRoleFor(p, meeting);
  if (writer) return writer;
  if (p.personId && decision.responsible?.id === p.personId) {
    const grant = p.grants.find((g) => g.tenantId === meeting.tenant.id && STAFF_ROLES.includes(g.role));
    if (grant) return grant.role;
  }
  throw forbidden('Only those who keep this meeting, or the person responsible, may change this decision.');
}

export async function meetingDecisionSetStatus(
  ctx: RequestContext,
  input: MeetingDecisionSetStatusInput,
): Promise<DecisionChange> {
  const { decision, meeting } = await lockDecision(ctx, input.id, 'id');
  const role = statusRole(ctx, meeting, decision);
  const from = decision.status;
  const action = decisionStep(from, input.status);
  if (!action) throw invalidTransition('The decision', from, input.status);
  const note = input.note?.trim() || undefined;
  if (!note && NOTE_REQUIRED.includes(action)) {
    throw badInput(
      'note',
      `note must say why (${action === MeetingAction.DECISION_DROP ? 'dropped' : 'reopened'}).`,
    );
  }
  decision.status = input.status;
  decision.closedAt = input.status === DecisionStatus.OPEN ? undefined : ctx.config.clock.now();
  const event = recordEvent(ctx, meeting, { action, role, decision, from, to: input.status, note });
  await ctx.em.flush();
  return { meeting, decision, event };
}

/**
 * Removes one link of a decision (made to the wrong case, say), saying why: the link row goes, the
 * meeting's history keeps what it pointed to and the reason. Only those who keep the meeting.
 */
export async function meetingDecisionUnlink(
  ctx: RequestContext,
  input: MeetingDecisionUnlinkInput,
): Promise<DecisionChange> {
  const linkId = fromGlobalId(input.linkId, 'MeetingDecisionLink', 'linkId');
  const scope = principalOf(ctx).tenantIds;
  const found = await ctx.em.findOne(MeetingDecisionLink, { id: linkId, tenant: { $in: scope } });
  if (!found) throw notFound('MeetingDecisionLink', input.linkId);
  const { decision, meeting } = await lockDecision(
    ctx,
    toGlobalId('MeetingDecision', found.decision.id),
    'linkId',
  );
  const role = writerRoleFor(principalOf(ctx), meeting);
  if (!role) throw forbidden('Only those who keep this meeting may change its decisions’ links.');
  // Read again under the decision's lock: a concurrent unlink of the same link finds nothing.
  const link = await ctx.em.findOne(MeetingDecisionLink, { id: linkId }, { refresh: true });
  if (!link) throw notFound('MeetingDecisionLink', input.linkId);
  const target = link.case
    ? `Case ${toGlobalId('Case', link.case.id)}`
    : `HouseholdFile ${toGlobalId('HouseholdFile', link.householdFile!.id)}`;
  ctx.em.remove(link);
  decision.updatedAt = ctx.config.clock.now();
  const event = recordEvent(ctx, meeting, {
    action: MeetingAction.DECISION_UNLINK,
    role,
    decision,
    note: `${target}: ${input.note.trim()}`,
  });
  await ctx.em.flush();
  return { meeting, decision, event };
}
