import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { AttendeeRole, DecisionStatus, MeetingKind, MeetingStatus } from './meeting.enums';

/** Something other than whitespace (a text of spaces is as empty as none). */
const NOT_BLANK = /\S/;
const MAX_ATTENDEES = 200;

@InputType('MeetingAttendeeInput', {
  description: 'An attendee: exactly one of personId (a person of the meeting’s tenant) and partnerUnitId.',
})
export class MeetingAttendeeInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of a Person of the meeting’s community or street.',
  })
  @IsOptional()
  @IsString()
  personId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Global id of a PartnerUnit with a co-building agreement (共建协议) in force with the tenant.',
  })
  @IsOptional()
  @IsString()
  partnerUnitId?: string | null;

  @Field(() => AttendeeRole, {
    nullable: true,
    description:
      'Part played; default MEMBER for a person, PARTNER_REPRESENTATIVE (the only one) for a unit.',
  })
  @IsOptional()
  @IsEnum(AttendeeRole)
  role?: AttendeeRole | null;

  @Field(() => String, { nullable: true, description: 'For a unit: its representative’s name (代表姓名).' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  representativeName?: string | null;
}

@InputType('MeetingScheduleInput', {
  description:
    'A new meeting. Its tenant is yours: the grid’s community for a grid council, your community, or your street for a joint meeting.',
})
export class MeetingScheduleInput {
  @Field(() => MeetingKind, { description: 'Kind of meeting.' })
  @IsEnum(MeetingKind)
  kind!: MeetingKind;

  @Field(() => String, { description: 'Title (会议名称), at most 200 characters.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(200)
  title!: string;

  @Field(() => Date, { description: 'When it is to be held (召开时间).' })
  @IsDate()
  heldAt!: Date;

  @Field(() => String, { description: 'Topic and agenda (议题).' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'agenda must not be empty' })
  @MaxLength(10_000)
  agenda!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the Grid: required for a GRID_COUNCIL, optional for a consultation.',
  })
  @IsOptional()
  @IsString()
  gridId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the Venue (阵地) of the same tenant.' })
  @IsOptional()
  @IsString()
  venueId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the convener (召集人), a Person of the tenant.',
  })
  @IsOptional()
  @IsString()
  convenerId?: string | null;

  @Field(() => [MeetingAttendeeInput], { nullable: true, description: 'Attendees invited (参会人员).' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_ATTENDEES)
  attendees?: MeetingAttendeeInput[] | null;
}

@InputType('MeetingRecordMinutesInput', {
  description: 'The minutes of a SCHEDULED meeting (it becomes HELD), or amended minutes of a HELD one.',
})
export class MeetingRecordMinutesInput {
  @Field(() => ID, { description: 'Global id of the meeting.' })
  @IsString()
  id!: string;

  @Field(() => String, { description: 'The minutes (会议纪要).' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'minutes must not be empty' })
  @MaxLength(50_000)
  minutes!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was actually held, if not as scheduled; never in the future.',
  })
  @IsOptional()
  @IsDate()
  heldAt?: Date | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Global ids of the MeetingAttendees who were present; the others are marked absent.',
  })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(MAX_ATTENDEES)
  presentAttendeeIds?: string[] | null;
}

@InputType('MeetingCancelInput', { description: 'Cancel a SCHEDULED meeting, saying why.' })
export class MeetingCancelInput {
  @Field(() => ID, { description: 'Global id of the meeting.' })
  @IsString()
  id!: string;

  @Field(() => String, { description: 'Why (取消原因).' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be empty' })
  @MaxLength(2000)
  reason!: string;
}

@InputType('MeetingAttendeeAddInput', { description: 'One more attendee of a meeting.' })
export class MeetingAttendeeAddInput extends MeetingAttendeeInput {
  @Field(() => ID, { description: 'Global id of the meeting.' })
  @IsString()
  meetingId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Present (出席), for a meeting already held.' })
  @IsOptional()
  @IsBoolean()
  attended?: boolean | null;
}

@InputType('MeetingAttendeeRemoveInput', { description: 'Remove an attendee from a meeting.' })
export class MeetingAttendeeRemoveInput {
  @Field(() => ID, { description: 'Global id of the MeetingAttendee.' })
  @IsString()
  id!: string;
}

@InputType('MeetingDecisionAddInput', { description: 'A decision of a HELD meeting (议定事项).' })
export class MeetingDecisionAddInput {
  @Field(() => ID, { description: 'Global id of the meeting.' })
  @IsString()
  meetingId!: string;

  @Field(() => String, { description: 'What was decided.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'text must not be empty' })
  @MaxLength(5000)
  text!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the Person responsible (责任人), of the tenant.',
  })
  @IsOptional()
  @IsString()
  responsibleId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'To be done by (完成时限).' })
  @IsOptional()
  dueOn?: string | null;
}

@InputType('MeetingDecisionLinkInput', {
  description:
    'Link a decision to what it acts on: exactly one of householdFileId and caseId, of the same tenant.',
})
export class MeetingDecisionLinkInput {
  @Field(() => ID, { description: 'Global id of the MeetingDecision.' })
  @IsString()
  decisionId!: string;

  @Field(() => ID, { nullable: true, description: 'Global id of a HouseholdFile (一户一档).' })
  @IsOptional()
  @IsString()
  householdFileId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of a Case (矛盾纠纷/诉求/隐患).' })
  @IsOptional()
  @IsString()
  caseId?: string | null;
}

@InputType('MeetingUpdateInput', {
  description:
    'Change a SCHEDULED meeting (修改会议安排): any of title, agenda, time and venue; what is left out stays.',
})
export class MeetingUpdateInput {
  @Field(() => ID, { description: 'Global id of the Meeting.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title (会议名称), at most 200 characters.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New topic and agenda (议题).' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'agenda must not be empty' })
  @MaxLength(10_000)
  agenda?: string | null;

  @Field(() => Date, { nullable: true, description: 'New time (改期).' })
  @IsOptional()
  @IsDate()
  heldAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the new Venue (阵地), of the same tenant.' })
  @IsOptional()
  @IsString()
  venueId?: string | null;
}

@InputType('MeetingDecisionUnlinkInput', {
  description: 'Remove a link of a decision (取消关联), e.g. one made to the wrong case, saying why.',
})
export class MeetingDecisionUnlinkInput {
  @Field(() => ID, { description: 'Global id of the MeetingDecisionLink.' })
  @IsString()
  linkId!: string;

  @Field(() => String, { description: 'Why the link is removed (recorded in the meeting’s history).' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'note must say why' })
  @MaxLength(2000)
  note!: string;
}

@InputType('MeetingDecisionSetStatusInput', {
  description: 'Mark a decision DONE or DROPPED, or OPEN again (a reason is required to drop or reopen).',
})
export class MeetingDecisionSetStatusInput {
  @Field(() => ID, { description: 'Global id of the MeetingDecision.' })
  @IsString()
  id!: string;

  @Field(() => DecisionStatus, { description: 'The new status.' })
  @IsEnum(DecisionStatus)
  status!: DecisionStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Note (说明): what was done, or why dropped or reopened.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@ArgsType()
export class MeetingListArgs extends PageArgs {
  @Field(() => MeetingKind, { nullable: true, description: 'Only meetings of this kind.' })
  @IsOptional()
  @IsEnum(MeetingKind)
  kind?: MeetingKind;

  @Field(() => MeetingStatus, { nullable: true, description: 'Only meetings in this state.' })
  @IsOptional()
  @IsEnum(MeetingStatus)
  status?: MeetingStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this grid’s meetings (global id of a Grid in your scope).',
  })
  @IsOptional()
  @IsString()
  gridId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only meetings owned by this tenant (global id of a Tenant in your scope).',
  })
  @IsOptional()
  @IsString()
  tenantId?: string;

  @Field(() => Date, {
    nullable: true,
    description: 'Only meetings held (or to be held) at or after this time.',
  })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only meetings held (or to be held) before this time.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class MeetingStatsArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Global id of a Tenant in your scope: counts for it and its subtree (default: your whole scope).',
  })
  @IsOptional()
  @IsString()
  tenantId?: string;

  @Field(() => Date, {
    nullable: true,
    description: 'Only meetings held (or to be held) at or after this time.',
  })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only meetings held (or to be held) before this time.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
