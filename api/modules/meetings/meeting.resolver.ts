import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { Grid } from '../organisation/grid.entity';
import { Person } from '../organisation/person.entity';
import { gridById, personById } from '../organisation/organisation.loaders';
import { Venue } from '../venues/venue.entity';
import { venueById } from '../venues/venue.loaders';
import { Meeting } from './meeting.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import { MeetingDecision } from './meeting-decision.entity';
import { MeetingEvent } from './meeting-event.entity';
import { MeetingAction } from './meeting.enums';
import {
  MeetingAttendeeAddInput,
  MeetingAttendeeRemoveInput,
  MeetingCancelInput,
  MeetingDecisionAddInput,
  MeetingDecisionLinkInput,
  MeetingDecisionSetStatusInput,
  MeetingListArgs,
  MeetingRecordMinutesInput,
  MeetingScheduleInput,
  MeetingStatsArgs,
  MeetingDecisionUnlinkInput,
  MeetingUpdateInput,
} from './meeting.inputs';
import { attendeesByMeetingId, decisionsByMeetingId, eventsByMeetingId } from './meeting.loaders';
import { MEETING_READERS, MEETING_STATS_READERS, MEETING_WRITERS, readsOrganisation } from './meeting.policy';
import { getMeeting, listMeetings, meetingStats } from './meeting.service';
import {
  meetingAttendeeAdd,
  meetingAttendeeRemove,
  meetingCancel,
  meetingRecordMinutes,
  meetingSchedule,
} from './meeting-workflow.service';
import {
  meetingDecisionAdd,
  meetingDecisionLink,
  meetingDecisionSetStatus,
  meetingDecisionUnlink,
} from './meeting-decision.service';
import { meetingUpdate } from './meeting-edit.service';
import {
  MeetingAttendeePayload,
  MeetingConnection,
  MeetingDecisionLinkPayload,
  MeetingDecisionPayload,
  MeetingPayload,
  MeetingStats,
} from './meeting.types';
import { meetingActionsFrom } from './meeting.workflow';

const WRITE_NOTE =
  ' The community admin (any meeting of its community), a grid worker (the grid councils of its grids) or the street admin (its street’s joint meetings).';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized(MEETING_READERS)
  @Query(() => MeetingConnection, {
    description:
      'Meetings you may read, oldest first: staff and integrators their scope’s; a partner those its unit attended.',
  })
  meetings(@Args(() => MeetingListArgs) args: MeetingListArgs, @Ctx() ctx: RequestContext) {
    return listMeetings(ctx, args);
  }

  @Authorized(MEETING_READERS)
  @Query(() => Meeting, {
    description: 'One meeting by global id, with attendees and decisions. NOT_FOUND otherwise.',
  })
  meeting(
    @Arg('id', () => ID, { description: 'Global id of the meeting.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getMeeting(ctx, id);
  }

  @Authorized(MEETING_STATS_READERS)
  @Query(() => MeetingStats, {
    description:
      'How many meetings of each kind a tenant and its subtree held, scheduled and cancelled (e.g. 狮子山’s consultations), per owning tenant and rolled up.',
  })
  meetingStats(@Args(() => MeetingStatsArgs) args: MeetingStatsArgs, @Ctx() ctx: RequestContext) {
    return meetingStats(ctx, args);
  }

  @Authorized(MEETING_WRITERS)
  @Mutation(() => MeetingPayload, {
    description: `Schedule a meeting (安排会议), with its attendees.${WRITE_NOTE}`,
  })
  meetingSchedule(
    @Arg('input', () => MeetingScheduleInput, { description: 'The meeting.' }) input: MeetingScheduleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meetingSchedule(ctx, input);
  }

  @Authorized(MEETING_WRITERS)
  @Mutation(() => MeetingPayload, {
    description:
      'Record the minutes (记录纪要): a SCHEDULED meeting becomes HELD; a HELD one gets amended minutes. INVALID_TRANSITION when cancelled.',
  })
  meetingRecordMinutes(
    @Arg('input', () => MeetingRecordMinutesInput, { description: 'The minutes.' })
    input: MeetingRecordMinutesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meetingRecordMinutes(ctx, input);
  }

  @Authorized(MEETING_WRITERS)
  @Mutation(() => MeetingPayload, {
    description:
      'Change the title, agenda, time or venue of a SCHEDULED meeting (修改会议安排), recorded in its history.',
  })
  meetingUpdate(
    @Arg('input', () => MeetingUpdateInput, { description: 'The meeting and what changes.' })
    input: MeetingUpdateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meetingUpdate(ctx, input);
  }

  @Authorized(MEETING_WRITERS)
  @Mutation(() => MeetingDecisionPayload, {
    description: 'Remove a link of a decision (取消关联), saying why; the history keeps what it pointed to.',
  })
  meetingDecisionUnlink(
    @Arg('input', () => MeetingDecisionUnlinkInput, { description: 'The link and the reason.' })
    input: MeetingDecisionUnlinkInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meetingDecisionUnlink(ctx, input);
  }

  @Authorized(MEETING_WRITERS)
  @Mutation(() => MeetingPayload, { description: 'Cancel a SCHEDULED meeting (取消), saying why.' })
  meetingCancel(
    @Arg('input', () => MeetingCancelInput, { description: 'The meeting and the reason.' })
    input: MeetingCancelInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meetingCancel(ctx, input);
  }

  @Authorized(MEETING_WRITERS)
  @Mutation(() => MeetingAttendeePayload, {
    description: 'Add an attendee: a person of the tenant, or a partner unit with an agreement in force.',
  })
  meetingAttendeeAdd(
    @Arg('input', () => MeetingAttendeeAddInput, { description: 'The attendee.' })
    input: MeetingAttendeeAddInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meetingAttendeeAdd(ctx, input);
  }

  @Authorized(MEETING_WRITERS)
  @Mutation(() => MeetingPayload, { description: 'Remove an attendee from a meeting that is not cancelled.' })
  meetingAttendeeRemove(
    @Arg('input', () => MeetingAttendeeRemoveInput, { description: 'The attendee.' })
    input: MeetingAttendeeRemoveInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meetingAttendeeRemove(ctx, input);
  }

  @Authorized(MEETING_WRITERS)
  @Mutation(() => MeetingDecisionPayload, { description: 'Record a decision (议定事项) of a HELD meeting.' })
  meetingDecisionAdd(
    @Arg('input', () => MeetingDecisionAddInput, { description: 'The decision.' })
    input: MeetingDecisionAddInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meetingDecisionAdd(ctx, input);
  }

  @Authorized(MEETING_WRITERS)
  @Mutation(() => MeetingDecisionLinkPayload, {
    description: 'Link a decision to the household file or case it acts on, of the meeting’s own tenant.',
  })
  meetingDecisionLink(
    @Arg('input', () => MeetingDecisionLinkInput, { description: 'The decision and its target.' })
    input: MeetingDecisionLinkInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meetingDecisionLink(ctx, input);
  }

  @Authorized(MEETING_WRITERS)
  @Mutation(() => MeetingDecisionPayload, {
    description:
      'Mark a decision DONE (落实) or DROPPED (撤销), or OPEN again; by those who keep the meeting or the person responsible.',
  })
  meetingDecisionSetStatus(
    @Arg('input', () => MeetingDecisionSetStatusInput, { description: 'The decision and its new status.' })
    input: MeetingDecisionSetStatusInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meetingDecisionSetStatus(ctx, input);
  }

  @FieldResolver(() => Tenant, { description: 'The community or street (社区/街道) whose meeting it is.' })
  async tenant(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Tenant> {
    const tenant = await ctx.loaders.get(tenantById).load(meeting.tenant.id);
    if (!tenant) throw notFound('Tenant', meeting.tenant.id);
    return tenant;
  }

  @FieldResolver(() => Grid, {
    nullable: true,
    description: 'The grid (网格) whose council it is, or which a consultation concerns; null for partners.',
  })
  grid(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Grid | null> | null {
    if (!meeting.grid || !readsOrganisation(ctx.principal)) return null;
    return ctx.loaders.get(gridById).load(meeting.grid.id);
  }

  @FieldResolver(() => Venue, { nullable: true, description: 'Where it is held (阵地), if recorded.' })
  venue(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Venue | null> | null {
    return meeting.venue ? ctx.loaders.get(venueById).load(meeting.venue.id) : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      'Who convenes it (召集人), masked unless revealed; null when not recorded, and for partners.',
  })
  convener(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    if (!meeting.convener || !readsOrganisation(ctx.principal)) return null;
    return ctx.loaders.get(personById).load(meeting.convener.id);
  }

  @FieldResolver(() => [MeetingAttendee], { description: 'Attendees (参会人员), chairs first.' })
  attendees(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<MeetingAttendee[]> {
    return ctx.loaders.get(attendeesByMeetingId).load(meeting.id);
  }

  @FieldResolver(() => [MeetingDecision], { description: 'Decisions (议定事项), in the order recorded.' })
  decisions(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<MeetingDecision[]> {
    return ctx.loaders.get(decisionsByMeetingId).load(meeting.id);
  }

  @FieldResolver(() => [MeetingEvent], {
    description: 'Its history (会议记录): every change, who and when, oldest first.',
  })
  events(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<MeetingEvent[]> {
    return ctx.loaders.get(eventsByMeetingId).load(meeting.id);
  }

  @FieldResolver(() => [MeetingAction], {
    description:
      'Changes the workflow allows in the current state (whether you may make them is your role’s).',
  })
  nextActions(@Root() meeting: Meeting): MeetingAction[] {
    return meetingActionsFrom(meeting.status);
  }
}
