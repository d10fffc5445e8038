import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import {
  HouseholdCategory,
  HouseholdRelation,
  HouseholdStatus,
  ObjectionDecision,
  ReviewDecision,
} from './household.enums';

@InputType('HouseholdMemberInput', { description: 'A member of the household: a person of the community.' })
export class HouseholdMemberInput {
  @Field(() => ID, { description: 'Global id of the Person (of the household’s community).' })
  @IsString()
  personId!: string;

  @Field(() => HouseholdRelation, { description: 'Relation to the head; exactly one member is HEAD.' })
  @IsEnum(HouseholdRelation)
  relation!: HouseholdRelation;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Birth date (出生日期), recorded on the person (one birth date per person, platform-wide); not in the ' +
      'future, and equal to the ID number’s when the person has one. Omit to keep the person’s.',
  })
  @IsOptional()
  birthDate?: string;
}

@InputType('HouseholdCreateInput', {
  description: 'A new household file (建档), as a draft, in a micro-grid of your community.',
})
export class HouseholdCreateInput {
  @Field(() => String, { description: 'File number, unique within the community (档案编号).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  code!: string;

  @Field(() => ID, {
    description: 'Global id of the MicroGrid the household lives in; its grid must be yours.',
  })
  @IsString()
  microGridId!: string;

  @Field(() => ID, {
    description: 'Global id of the Person responsible (责任网格员), of the same community.',
  })
  @IsString()
  gridWorkerId!: string;

  @Field(() => [HouseholdCategory], { description: 'Categories (困难类别): at least one.' })
  @ArrayMinSize(1, { message: 'categories must name at least one category' })
  @ArrayUnique()
  @IsEnum(HouseholdCategory, { each: true })
  categories!: HouseholdCategory[];

  @Field(() => Int, {
    nullable: true,
    description: 'Disability grade 1–4 (残疾等级): required with DISABILITY.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  disabilityGrade?: number;

  @Field(() => String, { nullable: true, description: 'The situation (家庭情况); personal data.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  situation?: string;

  @Field(() => String, { description: 'What help is wanted (帮扶需求); shown to partners.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  needs!: string;

  @Field(() => String, {
    description: 'Short public reason for support (帮扶理由), shown in the notice list.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reasonForSupport!: string;

  @Field(() => [HouseholdMemberInput], { description: 'The members, the head (户主) among them.' })
  @ArrayMinSize(1, { message: 'members must include the head of the household' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  members!: HouseholdMemberInput[];
}

@InputType('HouseholdUpdateInput', {
  description: 'Changes to a file in DRAFT or REJECTED; absent fields stay as they are.',
})
export class HouseholdUpdateInput {
  @Field(() => ID, { description: 'Global id of the HouseholdFile.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New file number.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  code?: string;

  @Field(() => ID, { nullable: true, description: 'Another micro-grid (of a grid you keep files for).' })
  @IsOptional()
  @IsString()
  microGridId?: string;

  @Field(() => ID, { nullable: true, description: 'Another responsible grid worker (a Person).' })
  @IsOptional()
  @IsString()
  gridWorkerId?: string;

  @Field(() => [HouseholdCategory], {
    nullable: true,
    description: 'The categories, replacing the old ones.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'categories must name at least one category' })
  @ArrayUnique()
  @IsEnum(HouseholdCategory, { each: true })
  categories?: HouseholdCategory[];

  @Field(() => Int, { nullable: true, description: 'Disability grade 1–4; null removes it.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  disabilityGrade?: number | null;

  @Field(() => String, { nullable: true, description: 'The situation; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  situation?: string | null;

  @Field(() => String, { nullable: true, description: 'What help is wanted.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  needs?: string;

  @Field(() => String, { nullable: true, description: 'Short public reason for support.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reasonForSupport?: string;

  @Field(() => [HouseholdMemberInput], {
    nullable: true,
    description: 'The members, replacing the old list.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'members must include the head of the household' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  members?: HouseholdMemberInput[];
}

@InputType('HouseholdStepInput', { description: 'A workflow step on one file, with an optional note.' })
export class HouseholdStepInput {
  @Field(() => ID, { description: 'Global id of the HouseholdFile.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why (说明), recorded in the file’s history.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@InputType('HouseholdReviewInput', {
  description:
    'The community’s review (审核) of a submitted file: APPROVE starts the public notice (公示), for ' +
    'noticeDays days, until noticeEndsAt, or for HOUSEHOLD_NOTICE_DAYS (7) by default; REJECT needs a note.',
})
export class HouseholdReviewInput extends HouseholdStepInput {
  @Field(() => ReviewDecision, { description: 'Approve or reject.' })
  @IsEnum(ReviewDecision)
  decision!: ReviewDecision;

  @Field(() => Int, { nullable: true, description: 'Length of the notice period in days (1–30).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  noticeDays?: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'Exact end of the notice period (in the future, at most 30 days ahead); instead of noticeDays.',
  })
  @IsOptional()
  noticeEndsAt?: Date;
}

@InputType('HouseholdObjectionRaiseInput', {
  description: 'An objection (异议) to a file on public notice, by a resident of its community or its staff.',
})
export class HouseholdObjectionRaiseInput {
  @Field(() => ID, { description: 'Global id of the HouseholdFile (the id in householdNotices).' })
  @IsString()
  householdId!: string;

  @Field(() => String, { description: 'The objection: what is wrong with the file, and why.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text!: string;
}

@InputType('HouseholdObjectionAnswerInput', { description: 'The community’s answer to an objection.' })
export class HouseholdObjectionAnswerInput {
  @Field(() => ID, { description: 'Global id of the HouseholdObjection.' })
  @IsString()
  objectionId!: string;

  @Field(() => ObjectionDecision, { description: 'Dismiss, or uphold (the file is withdrawn).' })
  @IsEnum(ObjectionDecision)
  decision!: ObjectionDecision;

  @Field(() => String, { description: 'The answer (答复), recorded with the objection.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  answer!: string;
}

@ArgsType()
export class HouseholdListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only files of this community (a Tenant in your scope).' })
  @IsOptional()
  @IsString()
  communityId?: string;

  @Field(() => HouseholdStatus, { nullable: true, description: 'Only files in this state.' })
  @IsOptional()
  @IsEnum(HouseholdStatus)
  status?: HouseholdStatus;

  @Field(() => HouseholdCategory, { nullable: true, description: 'Only files with this category.' })
  @IsOptional()
  @IsEnum(HouseholdCategory)
  category?: HouseholdCategory;
}

@ArgsType()
export class HouseholdNoticeArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this community (a Tenant in your scope).' })
  @IsOptional()
  @IsString()
  communityId?: string;
}

@ArgsType()
export class PublishedHouseholdArgs extends HouseholdNoticeArgs {
  @Field(() => HouseholdCategory, { nullable: true, description: 'Only households with this category.' })
  @IsOptional()
  @IsEnum(HouseholdCategory)
  category?: HouseholdCategory;
}
