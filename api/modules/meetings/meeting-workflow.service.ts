import { ref, type EntityClass } from '@mikro-orm/core';
import type { RequestContext } from '../../app/context';
import type { Role } from '../../core/auth/role.enum';
import { badInput, conflict, invalidTransition, notFound } from '../../core/errors/domain-error';
import { fromGlobalId, toGlobalId } from '../../core/graphql/global-id';
import { Grid } from '../organisation/grid.entity';
import { Person } from '../organisation/person.entity';
import { chinaToday } from '../organisation/organisation.policy';
import { loadInScope } from '../organisation/organisation.service';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { Partnership, PartnershipStatus } from '../partners/partnership.entity';
import { Tenant } from '../tenants/tenant.entity';
import { Venue } from '../venues/venue.entity';
import { Meeting } from './meeting.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import type { MeetingDecision } from './meeting-decision.entity';
import { MeetingEvent } from './meeting-event.entity';
import { AttendeeRole, MeetingAction, MeetingKind, MeetingStatus } from './meeting.enums';
import type {
  MeetingAttendeeAddInput,
  MeetingAttendeeInput,
  MeetingAttendeeRemoveInput,
  MeetingCancelInput,
  MeetingRecordMinutesInput,
  MeetingScheduleInput,
} from './meeting.inputs';
import { assertWriter, principalOf, scheduleTenantId } from './meeting.policy';
import { lockMeeting } from './meeting.service';
import { nextMeetingStatus } from './meeting.workflow';

/** Skew allowed for a client clock slightly ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface MeetingChange {
  meeting: Meeting;
  event: MeetingEvent;
}

/** Appends one history row (who, role, when, from, to, note) in the request's transaction. */
export function recordEvent(
  ctx: RequestContext,
  meeting: Meeting,
  e: {
    action: MeetingAction;
    role: Role;
    from?: string;
    to?: string;
    note?: string | null;
    decision?: MeetingDecision;
  },
): MeetingEvent {
  const p = principalOf(ctx);
  return ctx.em.create(MeetingEvent, {
    tenant: meeting.tenant,
    meeting,
    decision: e.decision,
    action: e.action,
    fromStatus: e.from,
    toStatus: e.to,
    note: e.note ?? undefined,
    occurredAt: ctx.config.clock.now(),
    actorKind: p.kind,
    actorId: p.id,
    actorName: p.name,
    actorRole: e.role,
    actorPersonId: p.personId ?? undefined,
  });
}

/** The state after `action`, or INVALID_TRANSITION naming the current state. */
export function transition(meeting: Meeting, action: MeetingAction): MeetingStatus {
  const to = nextMeetingStatus(meeting.status, action);
  if (!to) throw invalidTransition('The meeting', meeting.status, action);
  return to;
}

/** A meeting by global id, locked, in scope (NOT_FOUND), changeable by the caller (FORBIDDEN). */
export async function lockForChange(ctx: RequestContext, globalId: string, field = 'id') {
  const meeting = await lockMeeting(ctx, fromGlobalId(globalId, 'Meeting', field), globalId);
  const role = assertWriter(ctx, meeting);
  return { meeting, role };
}

interface TenantRow {
  id: string;
  tenant: { id: string };
}

/**
 * A row an input names, which must belong to the meeting's own tenant: NOT_FOUND outside the
 * caller's scope, BAD_USER_INPUT for a row of another tenant the caller happens to see (a street
 * admin naming a community's person for a street meeting).
 */
export async function ownTenantRow<T extends TenantRow>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  globalId: string,
  field: string,
  tenantId: string,
  what: string,
): Promise<T> {
  const row = await loadInScope(ctx, entity, globalId, field);
  if (row.tenant.id !== tenantId) {
    throw badInput(field, `${field} must be ${what} of the meeting’s own community or street.`);
  }
  return row;
}

/** Whether the unit has a co-building agreement in force today with the tenant. */
async function hasActivePartnership(ctx: RequestContext, unitId: string, tenantId: string) {
  const today = chinaToday(ctx.config.clock.now());
  const n = await ctx.em.count(Partnership, {
    tenant: tenantId,
    partnerUnit: unitId,
    status: PartnershipStatus.ACTIVE,
    startsOn: { $lte: today },
    $or: [{ endsOn: null }, { endsOn: { $gte: today } }],
  });
  return n > 0;
}

interface ResolvedAttendee {
  person?: Person;
  partnerUnit?: PartnerUnit;
  role: AttendeeRole;
  representativeName?: string;
}

/** One attendee input as a person of the tenant or a partner unit with an agreement in force. */
async function resolveAttendee(
  ctx: RequestContext,
  tenantId: string,
  input: MeetingAttendeeInput,
  prefix: string,
): Promise<ResolvedAttendee> {
  const at = (f: string) => (prefix ? `${prefix}.${f}` : f);
  if (!!input.personId === !!input.partnerUnitId) {
    throw badInput(at('personId'), 'Give exactly one of personId and partnerUnitId.');
  }
  if (input.personId) {
    const role = input.role ?? AttendeeRole.MEMBER;
    if (role === AttendeeRole.PARTNER_REPRESENTATIVE) {
      throw badInput(at('role'), 'PARTNER_REPRESENTATIVE is the role of a partner unit, not of a person.');
    }
    if (input.representativeName) {
      throw badInput(at('representativeName'), 'representativeName is given for a partner unit only.');
    }
    const person = await ownTenantRow(ctx, Person, input.personId, at('personId'), tenantId, 'a person');
    return { person, role };
  }
  const field = at('partnerUnitId');
  const role = input.role ?? AttendeeRole.PARTNER_REPRESENTATIVE;
  if (role !== AttendeeRole.PARTNER_REPRESENTATIVE) {
    throw badInput(at('role'), 'A partner unit attends as PARTNER_REPRESENTATIVE.');
  }
  const unit = await ctx.em.findOne(PartnerUnit, {
    id: fromGlobalId(input.partnerUnitId!, 'PartnerUnit', field),
  });
  if (!unit) throw notFound('PartnerUnit', input.partnerUnitId!);
  if (!(await hasActivePartnership(ctx, unit.id, tenantId))) {
    throw badInput(
      field,
      `${unit.name} has no co-building agreement (共建协议) in force with the meeting’s community or street.`,
    );
  }
  return { partnerUnit: unit, role, representativeName: input.representativeName?.trim() || undefined };
}

const attendeeKey = (a: ResolvedAttendee) =>
  a.person ? `person:${a.person.id}` : `unit:${a.partnerUnit!.id}`;

function createAttendee(ctx: RequestContext, meeting: Meeting, a: ResolvedAttendee, attended = false) {
  return ctx.em.create(MeetingAttendee, {
    tenant: meeting.tenant,
    meeting,
    person: a.person,
    partnerUnit: a.partnerUnit,
    role: a.role,
    representativeName: a.representativeName,
    attended,
  });
}

/** Note for an attendee event: the role and, for a unit, its name (a person's name is personal data). */
const attendeeNote = (a: { role: AttendeeRole; partnerUnit?: { name: string } }) =>
  a.partnerUnit ? `${a.role}: ${a.partnerUnit.name}` : a.role;

/** The tenant, grid and writer role of a new meeting. */
async function placeMeeting(ctx: RequestContext, input: MeetingScheduleInput) {
  if (input.kind === MeetingKind.GRID_COUNCIL && !input.gridId) {
    throw badInput('gridId', 'A grid council (网格议事会) is one grid’s: gridId is required.');
  }
  if (input.gridId) {
    if (input.kind === MeetingKind.PARTY_JOINT_MEETING) {
      throw badInput(
        'gridId',
        'A party-building joint meeting belongs to a community or street, not a grid.',
      );
    }
    const grid = await loadInScope(ctx, Grid, input.gridId, 'gridId');
    const role = assertWriter(ctx, { tenant: grid.tenant, kind: input.kind, grid });
    return { tenantId: grid.tenant.id, grid, role };
  }
  const tenantId = scheduleTenantId(ctx, input.kind);
  return {
    tenantId,
    grid: undefined,
    role: assertWriter(ctx, { tenant: { id: tenantId }, kind: input.kind }),
  };
}

export async function meetingSchedule(
  ctx: RequestContext,
  input: MeetingScheduleInput,
): Promise<MeetingChange> {
  const { tenantId, grid, role } = await placeMeeting(ctx, input);
  const venue = input.venueId
    ? await ownTenantRow(ctx, Venue, input.venueId, 'venueId', tenantId, 'a venue')
    : undefined;
  const convener = input.convenerId
    ? await ownTenantRow(ctx, Person, input.convenerId, 'convenerId', tenantId, 'a person')
    : undefined;
  const attendees: ResolvedAttendee[] = [];
  for (const [i, a] of (input.attendees ?? []).entries()) {
    const resolved = await resolveAttendee(ctx, tenantId, a, `attendees.${i}`);
    if (attendees.some((x) => attendeeKey(x) === attendeeKey(resolved))) {
      throw badInput(`attendees.${i}`, 'This attendee is listed twice.');
    }
    attendees.push(resolved);
  }
  const meeting = ctx.em.create(Meeting, {
    tenant: ref(Tenant, tenantId),
    kind: input.kind,
    title: input.title.trim(),
    heldAt: input.heldAt,
    grid,
    venue,
    convener,
    agenda: input.agenda.trim(),
  });
  for (const a of attendees) createAttendee(ctx, meeting, a);
  const event = recordEvent(ctx, meeting, {
    action: MeetingAction.SCHEDULE,
    role,
    to: MeetingStatus.SCHEDULED,
  });
  await ctx.em.flush();
  return { meeting, event };
}

/** Minutes: the meeting becomes HELD (or its minutes are amended), attendance as given. */
export async function meetingRecordMinutes(
  ctx: RequestContext,
  input: MeetingRecordMinutesInput,
): Promise<MeetingChange> {
  const { meeting, role } = await lockForChange(ctx, input.id);
  const from = meeting.status;
  const to = transition(meeting, MeetingAction.RECORD_MINUTES);
  const now = ctx.config.clock.now();
  const heldAt = input.heldAt ?? meeting.heldAt;
  if (heldAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw badInput(
      'heldAt',
      input.heldAt
        ? 'heldAt must not be in the future.'
        : `The meeting is scheduled for ${meeting.heldAt.toISOString()}: record its minutes once it has been held, or give heldAt.`,
    );
  }
  if (input.presentAttendeeIds) {
    const ids = input.presentAttendeeIds.map((id, i) =>
      fromGlobalId(id, 'MeetingAttendee', `presentAttendeeIds.${i}`),
    );
    const attendees = await ctx.em.find(MeetingAttendee, { meeting: meeting.id });
    const known = new Set(attendees.map((a) => a.id));
    const strange = ids.findIndex((id) => !known.has(id));
    if (strange >= 0) {
      throw badInput(`presentAttendeeIds.${strange}`, 'Not an attendee of this meeting.');
    }
    const present = new Set(ids);
    for (const a of attendees) a.attended = present.has(a.id);
  }
  meeting.minutes = input.minutes.trim();
  meeting.minutesRecordedAt = now;
  meeting.heldAt = heldAt;
  meeting.status = to;
  const event = recordEvent(ctx, meeting, {
    action: MeetingAction.RECORD_MINUTES,
    role,
    from,
    to,
    note: from === MeetingStatus.HELD ? 'Minutes amended (纪要修订).' : undefined,
  });
  await ctx.em.flush();
  return { meeting, event };
}

export async function meetingCancel(ctx: RequestContext, input: MeetingCancelInput): Promise<MeetingChange> {
  const { meeting, role } = await lockForChange(ctx, input.id);
  const from = meeting.status;
  const to = transition(meeting, MeetingAction.CANCEL);
  meeting.status = to;
  meeting.cancelReason = input.reason.trim();
  meeting.cancelledAt = ctx.config.clock.now();
  const event = recordEvent(ctx, meeting, {
    action: MeetingAction.CANCEL,
    role,
    from,
    to,
    note: meeting.cancelReason,
  });
  await ctx.em.flush();
  return { meeting, event };
}

export async function meetingAttendeeAdd(ctx: RequestContext, input: MeetingAttendeeAddInput) {
  const { meeting, role } = await lockForChange(ctx, input.meetingId, 'meetingId');
  transition(meeting, MeetingAction.ATTENDEE_ADD);
  if (input.attended && meeting.status !== MeetingStatus.HELD) {
    throw badInput('attended', 'Attendance is recorded once the meeting has been held.');
  }
  const resolved = await resolveAttendee(ctx, meeting.tenant.id, input, '');
  const same = resolved.person ? { person: resolved.person.id } : { partnerUnit: resolved.partnerUnit!.id };
  if ((await ctx.em.count(MeetingAttendee, { meeting: meeting.id, ...same })) > 0) {
    throw conflict('This attendee is already on the meeting’s list.');
  }
  const attendee = createAttendee(ctx, meeting, resolved, input.attended ?? false);
  meeting.updatedAt = ctx.config.clock.now();
  const event = recordEvent(ctx, meeting, {
    action: MeetingAction.ATTENDEE_ADD,
    role,
    note: attendeeNote(resolved),
  });
  await ctx.em.flush();
  return { meeting, event, attendee };
}

export async function meetingAttendeeRemove(
  ctx: RequestContext,
  input: MeetingAttendeeRemoveInput,
): Promise<MeetingChange> {
  const id = fromGlobalId(input.id, 'MeetingAttendee');
  const found = await ctx.em.findOne(MeetingAttendee, { id, tenant: { $in: principalOf(ctx).tenantIds } });
  if (!found) throw notFound('MeetingAttendee', input.id);
  const { meeting, role } = await lockForChange(ctx, toGlobalId('Meeting', found.meeting.id));
  transition(meeting, MeetingAction.ATTENDEE_REMOVE);
  const attendee = await ctx.em.findOne(
    MeetingAttendee,
    { id },
    { refresh: true, populate: ['partnerUnit'] },
  );
  if (!attendee) throw notFound('MeetingAttendee', input.id);
  const note = attendeeNote({ role: attendee.role, partnerUnit: attendee.partnerUnit?.getEntity() });
  ctx.em.remove(attendee);
  meeting.updatedAt = ctx.config.clock.now();
  const event = recordEvent(ctx, meeting, { action: MeetingAction.ATTENDEE_REMOVE, role, note });
  await ctx.em.flush();
  return { meeting, event };
}
