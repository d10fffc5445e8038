import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
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
import { CaseCategory } from '../cases/case.enums';
import { FindingKind, VisitPurpose } from './care.enums';

const NOT_BLANK = /\S/;

@InputType('VisitFindingInput', { description: 'One thing the visit found (走访发现).' })
export class VisitFindingInput {
  @Field(() => FindingKind, { description: 'What kind of finding.' })
  @IsEnum(FindingKind)
  kind!: FindingKind;

  @Field(() => String, { description: 'What was found, e.g. 厨房水管漏水 (at most 2000 characters).' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'note must not be empty' })
  @MaxLength(2000)
  note!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the HouseholdFile the finding concerns (of the visit’s grid), to link it.',
  })
  @IsOptional()
  @IsString()
  householdId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'With householdId: the household’s needs as the visit found them (更新帮扶需求); written to the file, its history records the finding.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  householdNeeds?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'With householdId: the household’s situation as the visit found it (家庭情况, personal data); written to the file.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  householdSituation?: string | null;

  @Field(() => CaseCategory, {
    nullable: true,
    description:
      'Open a case (矛盾纠纷/诉求/隐患) of this category from the finding (source VISIT), at once.',
  })
  @IsOptional()
  @IsEnum(CaseCategory)
  openCaseCategory?: CaseCategory | null;
}

@InputType('HouseholdVisitRecordInput', {
  description: 'A household visit (入户走访) to record, with its findings, in a micro-grid of your grids.',
})
export class HouseholdVisitRecordInput {
  @Field(() => ID, { description: 'Global id of the MicroGrid visited; its grid must be yours.' })
  @IsString()
  microGridId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Global id of the household’s HouseholdFile (一户一档), when it has one: in that micro-grid.',
  })
  @IsOptional()
  @IsString()
  householdId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the resident (Person) met, when known.' })
  @IsOptional()
  @IsString()
  residentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the visiting grid worker (Person); default: your own person record.',
  })
  @IsOptional()
  @IsString()
  visitorId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the visit took place (default: now); not in the future.',
  })
  @IsOptional()
  @IsDate()
  visitedAt?: Date | null;

  @Field(() => VisitPurpose, { description: 'Why the household was visited.' })
  @IsEnum(VisitPurpose)
  purpose!: VisitPurpose;

  @Field(() => String, {
    nullable: true,
    description: 'Where exactly (building, unit, door), at most 200 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressNote?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What was seen and said (personal data, withheld by default).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @Field(() => [VisitFindingInput], { nullable: true, description: 'What the visit found (at most 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  findings?: VisitFindingInput[] | null;
}

@InputType('VisitFindingLinkHouseholdInput', {
  description:
    'Link a finding to the household file it concerns (the file then lists it under visitFindings).',
})
export class VisitFindingLinkHouseholdInput {
  @Field(() => ID, { description: 'Global id of the VisitFinding.' })
  @IsString()
  findingId!: string;

  @Field(() => ID, { description: 'Global id of the HouseholdFile (of the visit’s grid).' })
  @IsString()
  householdId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The household’s needs as the visit found them (更新帮扶需求); written to the file.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  needs?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The household’s situation as the visit found it (家庭情况, personal data); written to the file.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  situation?: string | null;
}

@InputType('VisitFindingOpenCaseInput', {
  description:
    'Open a case (矛盾纠纷/诉求/隐患) from a visit finding: source VISIT, at the visit’s micro-grid.',
})
export class VisitFindingOpenCaseInput {
  @Field(() => ID, { description: 'Global id of the VisitFinding (that has not opened a case yet).' })
  @IsString()
  findingId!: string;

  @Field(() => CaseCategory, { description: 'The case’s category.' })
  @IsEnum(CaseCategory)
  category!: CaseCategory;

  @Field(() => String, { nullable: true, description: 'What happened (default: the finding’s note).' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;
}

@ArgsType()
export class HouseholdVisitListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only visits in this community (a Tenant in your scope).' })
  @IsOptional()
  @IsString()
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only visits in this grid.' })
  @IsOptional()
  @IsString()
  gridId?: string;

  @Field(() => ID, { nullable: true, description: 'Only visits to this household file.' })
  @IsOptional()
  @IsString()
  householdId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Visited on or after this day (China date).' })
  @IsOptional()
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Visited on or before this day (China date).' })
  @IsOptional()
  to?: string;
}

@ArgsType()
export class VisitStatsArgs {
  @Field(() => ID, { nullable: true, description: 'Only this community (a Tenant in your scope).' })
  @IsOptional()
  @IsString()
  communityId?: string;

  @Field(() => LocalDate, { description: 'First day counted (China date).' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day counted (China date); at most 3 years after from.' })
  to!: string;
}
