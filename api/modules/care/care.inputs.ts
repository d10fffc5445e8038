import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { CareAlertOutcome, CareAlertStatus, CheckInChannel } from './care.enums';
import { MAX_ACK_WINDOW_MINUTES } from './care-subject.entity';
import { TIME_OF_DAY } from './care.workflow';

const NOT_BLANK = /\S/;
const HH_MM = { message: 'must be a time of day HH:MM (China time), e.g. 10:00' };

@InputType('CareSubjectEnrolInput', {
  description: 'Enrol a person in the daily greeting (每日一问候), in a micro-grid of your grids.',
})
export class CareSubjectEnrolInput {
  @Field(() => ID, { description: 'Global id of the Person (of your community) to greet daily.' })
  @IsString()
  personId!: string;

  @Field(() => ID, { description: 'Global id of the MicroGrid the person lives in; its grid must be yours.' })
  @IsString()
  microGridId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the person’s HouseholdFile, if any (same micro-grid).',
  })
  @IsOptional()
  @IsString()
  householdId?: string | null;

  @Field(() => ID, {
    description: 'Global id of the responsible grid worker (Person): alerts are assigned to them.',
  })
  @IsString()
  responsibleWorkerId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'By when (China time, HH:MM) a check-in is expected daily; default: the community setting.',
  })
  @IsOptional()
  @Matches(TIME_OF_DAY, HH_MM)
  checkInBy?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Minutes an alert may stay unacknowledged (1 to ${MAX_ACK_WINDOW_MINUTES}); default: the community setting.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ACK_WINDOW_MINUTES)
  ackWindowMinutes?: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day (default: today, China date).' })
  @IsOptional()
  activeFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day, if the greeting is for a period.' })
  @IsOptional()
  activeUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'Practical notes for whoever follows up.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType('CareSubjectUpdateInput', {
  description: 'Changes to an enrolment; absent fields stay as they are.',
})
export class CareSubjectUpdateInput {
  @Field(() => ID, { description: 'Global id of the CareSubject.' })
  @IsString()
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A new responsible grid worker (Person of the community).',
  })
  @IsOptional()
  @IsString()
  responsibleWorkerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new daily time (HH:MM, China time); from the next due day.',
  })
  @IsOptional()
  @Matches(TIME_OF_DAY, HH_MM)
  checkInBy?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Own escalation window in minutes; null: the community setting.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ACK_WINDOW_MINUTES)
  ackWindowMinutes?: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of the greeting (ends the enrolment then).',
  })
  @IsOptional()
  activeUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'Practical notes for whoever follows up.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType('CareSettingsUpdateInput', {
  description: 'Your community’s daily-greeting defaults; absent fields stay.',
})
export class CareSettingsUpdateInput {
  @Field(() => String, {
    nullable: true,
    description: 'Default daily time (HH:MM, China time) for new enrolments.',
  })
  @IsOptional()
  @Matches(TIME_OF_DAY, HH_MM)
  defaultCheckInBy?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Minutes an alert may stay unacknowledged before escalation (1 to ${MAX_ACK_WINDOW_MINUTES}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ACK_WINDOW_MINUTES)
  ackWindowMinutes?: number | null;
}

@InputType('CareCheckInRecordInput', {
  description: 'A daily check-in: a device records DOORBELL; a grid worker or admin records PHONE or VISIT.',
})
export class CareCheckInRecordInput {
  @Field(() => ID, { description: 'Global id of the CareSubject (of your community).' })
  @IsString()
  subjectId!: string;

  @Field(() => CheckInChannel, { description: 'How: DOORBELL (devices), PHONE or VISIT (staff).' })
  @IsEnum(CheckInChannel)
  channel!: CheckInChannel;

  @Field(() => String, { nullable: true, description: 'A note, e.g. 声音洪亮.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType('CareAlertAcknowledgeInput', {
  description: 'Acknowledge an alert: you are following it up (响应).',
})
export class CareAlertAcknowledgeInput {
  @Field(() => ID, { description: 'Global id of the CareAlert.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'A note, e.g. 正在上门.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType('CareAlertCloseInput', { description: 'Close an alert with what was found (办结).' })
export class CareAlertCloseInput {
  @Field(() => ID, { description: 'Global id of the CareAlert.' })
  @IsString()
  id!: string;

  @Field(() => CareAlertOutcome, { description: 'What was found.' })
  @IsEnum(CareAlertOutcome)
  outcome!: CareAlertOutcome;

  @Field(() => String, { description: 'What was found and done, e.g. 老人在家午睡, 门铃电池没电.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'findings must not be empty' })
  @MaxLength(2000)
  findings!: string;
}

@ArgsType()
export class CareSubjectListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this community (a Tenant in your scope).' })
  @IsOptional()
  @IsString()
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this grid.' })
  @IsOptional()
  @IsString()
  gridId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only enrolments active on this day.' })
  @IsOptional()
  activeOn?: string;
}

@ArgsType()
export class CareAlertListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this community (a Tenant in your scope).' })
  @IsOptional()
  @IsString()
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this grid.' })
  @IsOptional()
  @IsString()
  gridId?: string;

  @Field(() => [CareAlertStatus], { nullable: true, description: 'Only alerts in these states.' })
  @IsOptional()
  @IsEnum(CareAlertStatus, { each: true })
  status?: CareAlertStatus[];

  @Field(() => LocalDate, { nullable: true, description: 'Only days on or after this one.' })
  @IsOptional()
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only days on or before this one.' })
  @IsOptional()
  to?: string;
}

@ArgsType()
export class CareCheckInListArgs extends PageArgs {
  @Field(() => ID, { description: 'Global id of the CareSubject.' })
  @IsString()
  subjectId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only days on or after this one.' })
  @IsOptional()
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only days on or before this one.' })
  @IsOptional()
  to?: string;
}
