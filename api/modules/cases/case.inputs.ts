import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { IsMainlandMobile } from '../../core/validation/decorators';
import { CaseCategory, CaseLevel, CaseStatus, MediationOutcome } from './case.enums';

const NOT_BLANK = /\S/;

@InputType('CaseAttachmentInput', {
  description: 'A photo by reference: upload it to storage first, then send its url or key, type and size.',
})
export class CaseAttachmentInput {
  @Field(() => String, { description: 'An https url or an object-storage key.' })
  @IsString()
  @MaxLength(1000)
  reference!: string;

  @Field(() => String, { description: 'image/jpeg, image/png, image/webp or image/heic.' })
  @IsString()
  @MaxLength(40)
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes, at most 10 MiB (10485760).' })
  @IsInt()
  sizeBytes!: number;
}

@InputType('CaseReportInput', {
  description:
    'A new case. A resident reports as itself, a grid worker from a round, a mobile probe from the street, ' +
    'community staff on behalf of someone; the community comes from the micro-grid or grid, else communityId.',
})
export class CaseReportInput {
  @Field(() => CaseCategory, { description: 'What it is about (类别).' })
  @IsEnum(CaseCategory)
  category!: CaseCategory;

  @Field(() => String, { description: 'What happened (情况描述), at most 4000 characters.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'description must not be empty' })
  @MaxLength(4000)
  description!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The community (社区), when neither micro-grid nor grid is given and you report in several.',
  })
  @IsOptional()
  communityId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The community by its 12-digit division code (行政区划代码), e.g. the Open311 jurisdiction_id.',
  })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'communityCode must be a 12-digit division code' })
  communityCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The grid (网格) of the spot, if known.' })
  @IsOptional()
  gridId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The micro-grid (微网格: compound or building) of the spot.',
  })
  @IsOptional()
  microGridId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS-84) of the spot; with longitude.' })
  @IsOptional()
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS-84) of the spot; with latitude.' })
  @IsOptional()
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: 'Where, in words (地点), at most 200 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Reporter’s name (反映人) when staff or a probe report for someone; a resident’s is its own.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reporterName?: string | null;

  @Field(() => String, { nullable: true, description: 'Reporter’s mainland mobile number (联系电话).' })
  @IsOptional()
  @IsMainlandMobile()
  reporterPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Reporter’s e-mail (Open311 `email`); never shown.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reporterEmail?: string | null;

  @Field(() => [CaseAttachmentInput], { nullable: true, description: 'Photos (at most 9).' })
  @IsOptional()
  @ArrayMaxSize(50)
  attachments?: CaseAttachmentInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Set by the Open311 GeoReport endpoint (/open311/v2): records the source as OPEN311.',
  })
  @IsOptional()
  @IsBoolean()
  viaOpen311?: boolean | null;
}

@InputType('CaseStepInput', { description: 'A step on one case, with an optional note.' })
export class CaseStepInput {
  @Field(() => ID, { description: 'Global id of the case.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Note (说明) for the timeline.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType('CaseAcceptInput', { description: 'Accept (受理) a reported case at its level.' })
export class CaseAcceptInput extends CaseStepInput {}

@InputType('CaseEscalateInput', {
  description: 'Escalate (上报) a case to the next level because this level cannot settle it; note says why.',
})
export class CaseEscalateInput extends CaseStepInput {}

@InputType('CaseResolveInput', { description: 'Resolve (办结) a case; note says how (required).' })
export class CaseResolveInput extends CaseStepInput {}

@InputType('CaseAssignInput', {
  description:
    'Assign (分派) a case to exactly one of: a person, a team (e.g. the mediation team 调解千千结), or a partner ' +
    'unit with an active co-building agreement with the case’s community (e.g. a law firm).',
})
export class CaseAssignInput extends CaseStepInput {
  @Field(() => ID, { nullable: true, description: 'A person of the community (or of its street).' })
  @IsOptional()
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A team of the community (or of its street).' })
  @IsOptional()
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A partner unit in partnership with the community.' })
  @IsOptional()
  partnerUnitId?: string | null;
}

@InputType('CaseMediationRecordInput', {
  description: 'Record a mediation session (调解) held on a case: attendees, when, outcome.',
})
export class CaseMediationRecordInput extends CaseStepInput {
  @Field(() => MediationOutcome, { description: 'Outcome (调解结果).' })
  @IsEnum(MediationOutcome)
  outcome!: MediationOutcome;

  @Field(() => Date, { nullable: true, description: 'When it was held (default: now); not in the future.' })
  @IsOptional()
  @IsDate()
  heldAt?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'People who attended (parties, mediators).' })
  @IsOptional()
  @ArrayMaxSize(50)
  attendeePersonIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Partner units that attended, e.g. a law firm (each with an active agreement).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  attendeePartnerUnitIds?: string[] | null;
}

@InputType('CaseCloseInput', {
  description:
    'Close (结案) a resolved case with the reporter’s satisfaction. A petition (信访) closes only with ' +
    'petitionerAccepts: true (案结事了); with false it is REOPENED at the same level.',
})
export class CaseCloseInput extends CaseStepInput {
  @Field(() => Int, { description: 'Satisfaction (满意度), 1 (very unsatisfied) to 5 (very satisfied).' })
  satisfaction!: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Petitions only, required there: whether the petitioner accepts the outcome (息访/案结事了).',
  })
  @IsOptional()
  @IsBoolean()
  petitionerAccepts?: boolean | null;
}

@InputType('CaseAttachInput', { description: 'Add photos to an open case.' })
export class CaseAttachInput {
  @Field(() => ID, { description: 'Global id of the case.' })
  id!: string;

  @Field(() => [CaseAttachmentInput], { description: 'The photos (the case holds at most 9).' })
  @ArrayMaxSize(50)
  attachments!: CaseAttachmentInput[];
}

@InputType('CaseDeadlinePolicySetInput', {
  description:
    'Set a community’s time limit for a level (and optionally a category), in working days; a street admin ' +
    'sets it for one of its communities, a community admin for its own.',
})
export class CaseDeadlinePolicySetInput {
  @Field(() => ID, { nullable: true, description: 'The community (required for a street admin).' })
  @IsOptional()
  communityId?: string | null;

  @Field(() => CaseLevel, { description: 'The level.' })
  @IsEnum(CaseLevel)
  level!: CaseLevel;

  @Field(() => CaseCategory, { nullable: true, description: 'The category, or null for every category.' })
  @IsOptional()
  @IsEnum(CaseCategory)
  category?: CaseCategory | null;

  @Field(() => Int, { description: 'Working days (工作日), 1–120.' })
  @IsInt()
  workingDays!: number;
}

@ArgsType()
export class CaseListArgs extends PageArgs {
  @Field(() => CaseStatus, { nullable: true, description: 'Only cases in this status.' })
  @IsOptional()
  status?: CaseStatus;

  @Field(() => CaseLevel, { nullable: true, description: 'Only cases at this level now.' })
  @IsOptional()
  level?: CaseLevel;

  @Field(() => CaseCategory, { nullable: true, description: 'Only cases of this category.' })
  @IsOptional()
  category?: CaseCategory;

  @Field(() => ID, { nullable: true, description: 'Only cases of this grid.' })
  @IsOptional()
  gridId?: string;

  @Field(() => ID, { nullable: true, description: 'Only cases of this community (in your scope).' })
  @IsOptional()
  communityId?: string;

  @Field(() => Date, { nullable: true, description: 'Only cases reported at or after this time.' })
  @IsOptional()
  @IsDate()
  reportedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Only cases reported before this time.' })
  @IsOptional()
  @IsDate()
  reportedTo?: Date;
}

@ArgsType()
export class MyCaseQueueArgs extends PageArgs {
  @Field(() => CaseLevel, { nullable: true, description: 'Only this level (of those you handle).' })
  @IsOptional()
  level?: CaseLevel;

  @Field(() => CaseStatus, {
    nullable: true,
    description: 'Only this status (default: the open ones: REPORTED, ACCEPTED, IN_PROGRESS).',
  })
  @IsOptional()
  status?: CaseStatus;
}

@ArgsType()
export class OverdueCasesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only cases of this community (in your scope).' })
  @IsOptional()
  communityId?: string;
}

@ArgsType()
export class CaseStatsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The tenant whose subtree to count (default: your own node); in your scope.',
  })
  @IsOptional()
  tenantId?: string;

  @Field(() => Date, { nullable: true, description: 'Only cases reported at or after this time.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only cases reported before this time.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
