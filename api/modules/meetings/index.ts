import type { RequestContext } from '../../app/context';
import { registerNode } from '../../core/graphql/node-registry';
import { findInScope } from '../organisation/organisation.service';
import { Meeting } from './meeting.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import { MeetingDecision } from './meeting-decision.entity';
import { MeetingDecisionLink } from './meeting-decision-link.entity';
import { MeetingEvent } from './meeting-event.entity';
import { MeetingResolver } from './meeting.resolver';
import {
  CaseMeetingsResolver,
  HouseholdFileMeetingsResolver,
  MeetingAttendeeResolver,
  MeetingDecisionLinkResolver,
  MeetingDecisionResolver,
  MeetingTenantStatsResolver,
} from './meeting-fields.resolver';
import { MEETING_READERS } from './meeting.policy';
import { findVisibleMeeting } from './meeting.service';

export { Meeting, MeetingAttendee, MeetingDecision, MeetingDecisionLink, MeetingEvent };
export * from './meeting.enums';

export const meetingEntities = [Meeting, MeetingAttendee, MeetingDecision, MeetingDecisionLink, MeetingEvent];
export const meetingResolvers = [
  MeetingResolver,
  MeetingAttendeeResolver,
  MeetingDecisionResolver,
  MeetingDecisionLinkResolver,
  MeetingTenantStatsResolver,
  HouseholdFileMeetingsResolver,
  CaseMeetingsResolver,
];

/** A row hanging off a meeting is fetched by id only together with a meeting the caller sees. */
const ofVisibleMeeting =
  <T extends { id: string; tenant: { id: string } }>(
    entity: new () => T,
    meetingIdOf: (row: T, ctx: RequestContext) => Promise<string | null> | string | null,
  ) =>
  async (ctx: RequestContext, id: string) => {
    const row = await findInScope(ctx, entity, id);
    const meetingId = row && (await meetingIdOf(row, ctx));
    return meetingId && (await findVisibleMeeting(ctx, meetingId)) ? row : null;
  };

registerNode('Meeting', { readers: MEETING_READERS, load: (ctx, id) => findVisibleMeeting(ctx, id) });
registerNode('MeetingAttendee', {
  readers: MEETING_READERS,
  load: ofVisibleMeeting(MeetingAttendee, (a) => a.meeting.id),
});
registerNode('MeetingDecision', {
  readers: MEETING_READERS,
  load: ofVisibleMeeting(MeetingDecision, (d) => d.meeting.id),
});
registerNode('MeetingEvent', {
  readers: MEETING_READERS,
  load: ofVisibleMeeting(MeetingEvent, (e) => e.meeting.id),
});
registerNode('MeetingDecisionLink', {
  readers: MEETING_READERS,
  load: ofVisibleMeeting(MeetingDecisionLink, async (l, ctx) => {
    const decision = await findInScope(ctx, MeetingDecision, l.decision.id);
    return decision?.meeting.id ?? null;
  }),
});
