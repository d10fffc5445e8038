import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import { Meeting } from './meeting.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import { MeetingDecision } from './meeting-decision.entity';
import { MeetingDecisionLink } from './meeting-decision-link.entity';
import { MeetingEvent } from './meeting-event.entity';
import { MeetingKind } from './meeting.enums';

@ObjectType('MeetingConnection', { description: 'A page of meetings (会议).' })
export class MeetingConnection extends Connection(Meeting) {}

@ObjectType('MeetingPayload', { description: 'Result of a change to a meeting.' })
export class MeetingPayload {
  @Field(() => Meeting, { description: 'The meeting as stored.' })
  meeting!: Meeting;

  @Field(() => MeetingEvent, { description: 'The change as recorded in the meeting’s history.' })
  event!: MeetingEvent;
}

@ObjectType('MeetingAttendeePayload', { description: 'Result of adding an attendee.' })
export class MeetingAttendeePayload extends MeetingPayload {
  @Field(() => MeetingAttendee, { description: 'The attendee as stored.' })
  attendee!: MeetingAttendee;
}

@ObjectType('MeetingDecisionPayload', { description: 'Result of a change to a decision.' })
export class MeetingDecisionPayload extends MeetingPayload {
  @Field(() => MeetingDecision, { description: 'The decision as stored.' })
  decision!: MeetingDecision;
}

@ObjectType('MeetingDecisionLinkPayload', { description: 'Result of linking a decision.' })
export class MeetingDecisionLinkPayload extends MeetingDecisionPayload {
  @Field(() => MeetingDecisionLink, { description: 'The link as stored.' })
  link!: MeetingDecisionLink;
}

@ObjectType('MeetingKindCount', { description: 'Meetings of one kind, by state.' })
export class MeetingKindCount {
  @Field(() => MeetingKind, { description: 'The kind.' })
  kind!: MeetingKind;

  @Field(() => Int, { description: 'All meetings of the kind (cancelled ones included).' })
  total!: number;

  @Field(() => Int, { description: 'Held (已召开): minutes recorded.' })
  held!: number;

  @Field(() => Int, { description: 'Scheduled and not held yet.' })
  scheduled!: number;

  @Field(() => Int, { description: 'Cancelled.' })
  cancelled!: number;
}

@ObjectType('MeetingTenantStats', {
  description: 'Meetings owned by one tenant (community or street), by kind.',
})
export class MeetingTenantStats {
  /** The tenant's uuid (resolved to a Tenant by a field resolver). */
  tenantId!: string;

  @Field(() => [MeetingKindCount], { description: 'By kind (kinds without meetings left out).' })
  byKind!: MeetingKindCount[];
}

@ObjectType('MeetingStats', {
  description: 'Meeting counts for a tenant and its subtree: rolled up by kind, and per owning tenant.',
})
export class MeetingStats {
  @Field(() => [MeetingKindCount], {
    description: 'The whole subtree, by kind (kinds without meetings left out).',
  })
  byKind!: MeetingKindCount[];

  @Field(() => [MeetingTenantStats], {
    description: 'Per owning tenant (tenants without meetings left out), in tenant-id order.',
  })
  byTenant!: MeetingTenantStats[];
}
