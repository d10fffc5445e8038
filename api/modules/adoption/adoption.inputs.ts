import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import {
  AdoptionStatus,
  FollowUpStatus,
  PledgeFrequency,
  PledgeKind,
  SupportConfirmation,
} from './adoption.enums';

const FEN =
  'In fen (分), an integer: 1 yuan (元) = 100 fen, so ¥10,000 is 1000000. Money is never a float on this API.';

@InputType('PledgeInput', {
  description:
    'A pledge (认捐): ONE_OFF_IN_KIND needs description (and dueOn, default today); RECURRING_MONEY needs ' +
    'amountFen, frequency MONTHLY or YEARLY, and an end: endsOn or untilMemberId (until the child turns 18); ' +
    'RECURRING_SERVICE needs description and frequency (endsOn optional).',
})
export class PledgeInput {
  @Field(() => PledgeKind, { description: 'What is pledged.' })
  @IsEnum(PledgeKind)
  kind!: PledgeKind;

  @Field(() => String, { nullable: true, description: 'The item or service; for money, what it is for.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @Field(() => Int, { nullable: true, description: `RECURRING_MONEY: the amount each time. ${FEN} > 0.` })
  @IsOptional()
  @IsInt()
  amountFen?: number;

  @Field(() => PledgeFrequency, { nullable: true, description: 'Recurring pledges: how often.' })
  @IsOptional()
  @IsEnum(PledgeFrequency)
  frequency?: PledgeFrequency;

  @Field(() => LocalDate, { nullable: true, description: 'First day and first due date (default today).' })
  @IsOptional()
  startsOn?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Recurring: last day (inclusive).' })
  @IsOptional()
  endsOn?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'ONE_OFF_IN_KIND: when the item is due (default today).',
  })
  @IsOptional()
  dueOn?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Recurring: global id of a HouseholdMember (a minor of this household, with a birth date): the pledge ' +
      'runs until the day before the child’s 18th birthday, computed by the platform. An endsOn past it is refused.',
  })
  @IsOptional()
  @IsString()
  untilMemberId?: string;
}

@InputType('HouseholdAdoptInput', { description: 'Adopt a published household (认领) with your pledges.' })
export class HouseholdAdoptInput {
  @Field(() => ID, { description: 'Global id of the HouseholdFile (from publishedHouseholds).' })
  @IsString()
  householdId!: string;

  @Field(() => [PledgeInput], { description: 'One or more pledges (at most 20).' })
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  pledges!: PledgeInput[];

  @Field(() => String, { nullable: true, description: 'A note for the community.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType('AdoptionEndInput', {
  description: 'End an adoption (解除认领); the household is published again.',
})
export class AdoptionEndInput {
  @Field(() => ID, { description: 'Global id of the Adoption.' })
  @IsString()
  id!: string;

  @Field(() => String, { description: 'Why it ends.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

@InputType('SupportRecordCreateInput', { description: 'Record a delivery on a pledge (帮扶记录).' })
export class SupportRecordCreateInput {
  @Field(() => ID, { description: 'Global id of the Pledge.' })
  @IsString()
  pledgeId!: string;

  @Field(() => LocalDate, { description: 'When it was delivered; not in the future.' })
  deliveredOn!: string;

  @Field(() => Int, {
    nullable: true,
    description: `Money pledges (required there, only there). ${FEN} > 0.`,
  })
  @IsOptional()
  @IsInt()
  amountFen?: number;

  @Field(() => String, {
    nullable: true,
    description: 'What was delivered (default: the pledge’s description).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  item?: string;

  @Field(() => String, { nullable: true, description: 'Evidence (凭证): receipt number, photo reference, …' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  evidenceNote?: string;
}

@InputType('SupportRecordConfirmInput', {
  description: 'What the household said about a delivery (入户核实); a discrepancy needs a note.',
})
export class SupportRecordConfirmInput {
  @Field(() => ID, { description: 'Global id of the SupportRecord.' })
  @IsString()
  id!: string;

  @Field(() => SupportConfirmation, { description: 'RECEIVED, NOT_RECEIVED or RECEIVED_WITH_ISSUES.' })
  @IsEnum(SupportConfirmation)
  confirmation!: SupportConfirmation;

  @Field(() => String, {
    nullable: true,
    description: 'What the household said (required for a discrepancy).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType('SupportFollowUpResolveInput', { description: 'Resolve a follow-up (跟进事项).' })
export class SupportFollowUpResolveInput {
  @Field(() => ID, { description: 'Global id of the SupportFollowUp.' })
  @IsString()
  id!: string;

  @Field(() => String, { description: 'How it was resolved.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  resolution!: string;
}

@ArgsType()
export class AdoptionListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this community (a Tenant in your scope).' })
  @IsOptional()
  communityId?: string;

  @Field(() => AdoptionStatus, { nullable: true, description: 'Only adoptions in this state.' })
  @IsOptional()
  @IsEnum(AdoptionStatus)
  status?: AdoptionStatus;
}

@ArgsType()
export class FollowUpListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this community (a Tenant in your scope).' })
  @IsOptional()
  communityId?: string;

  @Field(() => FollowUpStatus, { nullable: true, description: 'Only follow-ups in this state.' })
  @IsOptional()
  @IsEnum(FollowUpStatus)
  status?: FollowUpStatus;
}
