import { ref } from '@mikro-orm/core';
import type { RequestContext } from '../../app/context';
import type { Role } from '../../core/auth/role.enum';
import { badInput, forbidden, invalidTransition, notFound } from '../../core/errors/domain-error';
import { fromGlobalId } from '../../core/graphql/global-id';
import { chinaToday } from '../organisation/organisation.policy';
import { Person } from '../organisation/person.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { Partnership, PartnershipStatus } from '../partners/partnership.entity';
import { Team } from '../teams/team.entity';
import type { Case } from './case.entity';
import { CaseAttachment } from './case-attachment.entity';
import { CaseMediationAttendee, CaseMediationSession } from './case-mediation.entity';
import { levelDeadline } from './case.deadlines';
import { CaseAssigneeKind, CaseCategory, CaseEventKind, CaseStatus } from './case.enums';
import type {
  CaseAcceptInput,
  CaseAssignInput,
  CaseAttachInput,
  CaseCloseInput,
  CaseEscalateInput,
  CaseMediationRecordInput,
  CaseResolveInput,
} from './case.inputs';
import { actingRoleAt, actorOf, isReporter, principalOf } from './case.policy';
import { assertAttachments, assertRating } from './case.rules';
import { readableCases, scopeTree } from './case.scope';
import { CaseAction, nextCaseStatus } from './case.workflow';
import { appendEvent, type CaseActor, lockCase, scheduleLevelDeadline } from './case-timeline';
import { escalateLocked } from './case-escalation';
import { publishEscalation } from './case-escalation.subscription';

interface Locked {
  c: Case;
  /** The case tenant's ancestors, itself last. */
  ancestors: string[];
  /** The role the caller handles the case under at its level, or null. */
  role: Role | null;
}

/**
 * The case, locked for the step and read fresh: NOT_FOUND outside what the caller reads (another
 * community's case, or one that has not reached the caller's level yet), so ids cannot be probed.
 */
async function lockForStep(ctx: RequestContext, globalId: string): Promise<Locked> {
  const id = fromGlobalId(globalId, 'Case');
  const c = await lockCase(ctx.em, id, await readableCases(ctx));
  if (!c) throw notFound('Case', globalId);
  const ancestors = (await scopeTree(ctx)).ancestors(c.tenant.id);
  return { c, ancestors, role: actingRoleAt(principalOf(ctx), c, ancestors) };
}

/** In scope and readable, but not the caller's level to act on: FORBIDDEN naming the level. */
function handler(ctx: RequestContext, locked: Locked): CaseActor {
  if (!locked.role) {
    throw forbidden(`The case is at ${locked.c.level} level: only that level's staff may act on it.`);
  }
  return actorOf(principalOf(ctx), locked.role);
}

function transition(c: Case, action: CaseAction): CaseStatus {
  const to = nextCaseStatus(c.status, action);
  if (!to) throw invalidTransition('The case', c.status, action);
  return to;
}

/** One plain step: lock, check the level's role and the table, apply, append, flush. */
async function step(
  ctx: RequestContext,
  input: { id: string; note?: string | null },
  action: CaseAction,
  kind: CaseEventKind,
  apply?: (c: Case, now: Date) => void,
): Promise<Case> {
  const locked = await lockForStep(ctx, input.id);
  const actor = handler(ctx, locked);
  const { c } = locked;
  const to = transition(c, action);
  const now = ctx.config.clock.now();
  const from = { fromStatus: c.status, fromLevel: c.level };
  apply?.(c, now);
  c.status = to;
  appendEvent(ctx.em, c, actor, { kind, ...from, note: input.note, at: now });
  await ctx.em.flush();
  return c;
}

export const caseAccept = (ctx: RequestContext, input: CaseAcceptInput) =>
  step(ctx, input, CaseAction.ACCEPT, CaseEventKind.ACCEPTED);

export function caseResolve(ctx: RequestContext, input: CaseResolveInput) {
  if (!input.note?.trim()) throw badInput('note', 'note must say how the case was resolved (办结说明).');
  return step(ctx, input, CaseAction.RESOLVE, CaseEventKind.RESOLVED, (c, now) => {
    c.resolvedAt = now;
    c.resolutionNote = input.note!.trim();
  });
}

export async function caseEscalate(ctx: RequestContext, input: CaseEscalateInput): Promise<Case> {
  const locked = await lockForStep(ctx, input.id);
  const actor = handler(ctx, locked);
  const now = ctx.config.clock.now();
  await escalateLocked(ctx.em, locked.c, actor, now, { note: input.note, automatic: false });
  publishEscalation(ctx, locked.c, now);
  return locked.c;
}

/** Tenants a case's people and teams may come from: its community and the levels above it in scope. */
const localTenants = (ctx: RequestContext, ancestors: string[]) =>
  ancestors.filter((id) => principalOf(ctx).tenantIds.includes(id));

/** A partner unit with an agreement in force today with the case's community, or NOT_FOUND. */
async function partnerOfCommunity(ctx: RequestContext, c: Case, globalId: string, field: string) {
  const id = fromGlobalId(globalId, 'PartnerUnit', field);
  const today = chinaToday(ctx.config.clock.now());
  const agreements = await ctx.em.count(Partnership, {
    tenant: c.tenant.id,
    partnerUnit: id,
    status: PartnershipStatus.ACTIVE,
    startsOn: { $lte: today },
    $or: [{ endsOn: null }, { endsOn: { $gte: today } }],
  });
  if (agreements === 0) {
    throw badInput(
      field,
      'This partner unit has no co-building agreement (共建协议) in force with the case’s community.',
    );
  }
  return ref(PartnerUnit, id);
}

async function personOfCase(ctx: RequestContext, ancestors: string[], globalId: string, field: string) {
  const id = fromGlobalId(globalId, 'Person', field);
  const person = await ctx.em.findOne(Person, { id, tenant: { $in: localTenants(ctx, ancestors) } });
  if (!person) throw notFound('Person', globalId);
  return person;
}

export async function caseAssign(ctx: RequestContext, input: CaseAssignInput): Promise<Case> {
  const given = [input.personId, input.teamId, input.partnerUnitId].filter(Boolean).length;
  if (given !== 1) throw badInput('personId', 'Give exactly one of personId, teamId and partnerUnitId.');
  const locked = await lockForStep(ctx, input.id);
  const actor = handler(ctx, locked);
  const { c, ancestors } = locked;
  const to = transition(c, CaseAction.ASSIGN);
  const now = ctx.config.clock.now();
  const details: Record<string, unknown> = {};
  c.assigneePerson = undefined;
  c.assigneeTeam = undefined;
  c.assigneePartnerUnit = undefined;
  if (input.personId) {
    const person = await personOfCase(ctx, ancestors, input.personId, 'personId');
    c.assigneeKind = CaseAssigneeKind.PERSON;
    c.assigneePerson = ref(person);
    details.personId = person.id;
  } else if (input.teamId) {
    const id = fromGlobalId(input.teamId, 'Team', 'teamId');
    const team = await ctx.em.findOne(Team, { id, tenant: { $in: localTenants(ctx, ancestors) } });
    if (!team) throw notFound('Team', input.teamId);
    c.assigneeKind = CaseAssigneeKind.TEAM;
    c.assigneeTeam = ref(team);
    details.teamId = team.id;
    details.teamName = team.name;
  } else {
    const unit = await partnerOfCommunity(ctx, c, input.partnerUnitId!, 'partnerUnitId');
    c.assigneeKind = CaseAssigneeKind.PARTNER_UNIT;
    c.assigneePartnerUnit = unit;
    details.partnerUnitId = unit.id;
  }
  details.assigneeKind = c.assigneeKind;
  const from = { fromStatus: c.status, fromLevel: c.level };
  c.assignedAt = now;
  c.status = to;
  appendEvent(ctx.em, c, actor, {
    kind: CaseEventKind.ASSIGNED,
    ...from,
    note: input.note,
    details,
    at: now,
  });
  await ctx.em.flush();
  return c;
}

export async function caseMediationRecord(
  ctx: RequestContext,
  input: CaseMediationRecordInput,
): Promise<Case> {
  const persons = [...new Set(input.attendeePersonIds ?? [])];
  const units = [...new Set(input.attendeePartnerUnitIds ?? [])];
  if (persons.length + units.length === 0) {
    throw badInput('attendeePersonIds', 'Name at least one attendee (a person or a partner unit).');
  }
  const locked = await lockForStep(ctx, input.id);
  const actor = handler(ctx, locked);
  const { c, ancestors } = locked;
  const to = transition(c, CaseAction.MEDIATE);
  const now = ctx.config.clock.now();
  const heldAt = input.heldAt ?? now;
  if (heldAt.getTime() > now.getTime() + 5 * 60_000)
    throw badInput('heldAt', 'heldAt must not be in the future.');
  const people = await Promise.all(
    persons.map((id, i) => personOfCase(ctx, ancestors, id, `attendeePersonIds.${i}`)),
  );
  const partners = await Promise.all(
    units.map((id, i) => partnerOfCommunity(ctx, c, id, `attendeePartnerUnitIds.${i}`)),
  );
  c.mediationCount += 1;
  const session = ctx.em.create(CaseMediationSession, {
    tenant: c.tenant,
    case: c,
    sequence: c.mediationCount,
    heldAt,
    outcome: input.outcome,
    note: input.note?.trim() || undefined,
  });
  for (const person of people) ctx.em.create(CaseMediationAttendee, { tenant: c.tenant, session, person });
  for (const partnerUnit of partners) {
    ctx.em.create(CaseMediationAttendee, { tenant: c.tenant, session, partnerUnit });
  }
  const from = { fromStatus: c.status, fromLevel: c.level };
  c.status = to;
  appendEvent(ctx.em, c, actor, {
    kind: CaseEventKind.MEDIATION_SESSION,
    ...from,
    note: input.note,
    at: now,
    details: { sessionId: session.id, sequence: session.sequence, outcome: input.outcome, heldAt },
  });
  await ctx.em.flush();
  return c;
}

/**
 * Closing: the reporter rates, or the level's staff record the rating on its behalf. A petition
 * (信访) closes only when the petitioner accepts (案结事了); a refusal reopens it at the same
 * level with the level's full time again (a new level entry, so the old deadline job is void).
 */
export async function caseClose(ctx: RequestContext, input: CaseCloseInput): Promise<Case> {
  assertRating('satisfaction', input.satisfaction);
  const locked = await lockForStep(ctx, input.id);
  const { c } = locked;
  const p = principalOf(ctx);
  const actor = locked.role ? actorOf(p, locked.role) : isReporter(p, c) ? actorOf(p, p.roles[0]) : null;
  if (!actor) throw forbidden('Only the reporter or the staff of the case’s level may close it.');
  const petition = c.category === CaseCategory.PETITION;
  if (!petition && input.petitionerAccepts != null) {
    throw badInput('petitionerAccepts', 'petitionerAccepts applies to petitions (信访) only.');
  }
  if (petition && input.petitionerAccepts == null) {
    throw badInput(
      'petitionerAccepts',
      'A petition (信访) closes only when the petitioner accepts the outcome (案结事了): say whether they do.',
    );
  }
  const now = ctx.config.clock.now();
  const from = { fromStatus: c.status, fromLevel: c.level };
  if (petition && input.petitionerAccepts === false) {
    c.status = transition(c, CaseAction.REOPEN);
    c.petitionerAccepted = false;
    c.resolvedAt = undefined;
    c.levelEntry += 1;
    c.levelEnteredAt = now;
    c.deadlineAt = await levelDeadline(ctx.em, c.tenant.id, c.level, c.category, now);
    appendEvent(ctx.em, c, actor, {
      kind: CaseEventKind.REOPENED,
      ...from,
      note: input.note ?? 'The petitioner does not accept the outcome (未息访): reopened.',
      deadlineAt: c.deadlineAt,
      at: now,
      details: { satisfaction: input.satisfaction, petitionerAccepts: false },
    });
    await ctx.em.flush();
    await scheduleLevelDeadline(ctx.em, c);
    return c;
  }
  c.status = transition(c, CaseAction.CLOSE);
  c.closedAt = now;
  c.satisfaction = input.satisfaction;
  if (petition) c.petitionerAccepted = true;
  appendEvent(ctx.em, c, actor, {
    kind: CaseEventKind.CLOSED,
    ...from,
    note: input.note,
    at: now,
    details: { satisfaction: input.satisfaction, petitionerAccepts: input.petitionerAccepts ?? undefined },
  });
  await ctx.em.flush();
  return c;
}

/** Photos added later: by the reporter or the level's staff, while the case is not closed. */
export async function caseAttach(ctx: RequestContext, input: CaseAttachInput): Promise<Case> {
  const locked = await lockForStep(ctx, input.id);
  const { c } = locked;
  const p = principalOf(ctx);
  const actor = locked.role ? actorOf(p, locked.role) : isReporter(p, c) ? actorOf(p, p.roles[0]) : null;
  if (!actor) throw forbidden('Only the reporter or the staff of the case’s level may add photos.');
  if (c.status === CaseStatus.CLOSED) throw invalidTransition('The case', c.status, 'ATTACH');
  const already = await ctx.em.count(CaseAttachment, { case: c.id });
  assertAttachments(input.attachments, already, 'attachments');
  for (const a of input.attachments) {
    ctx.em.create(CaseAttachment, {
      tenant: c.tenant,
      case: c,
      reference: a.reference,
      contentType: a.contentType.toLowerCase(),
      sizeBytes: a.sizeBytes,
    });
  }
  const now = ctx.config.clock.now();
  appendEvent(ctx.em, c, actor, {
    kind: CaseEventKind.ATTACHMENT_ADDED,
    fromStatus: c.status,
    fromLevel: c.level,
    at: now,
    details: { count: input.attachments.length },
  });
  await ctx.em.flush();
  return c;
}
