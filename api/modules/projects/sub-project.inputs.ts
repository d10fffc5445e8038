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
  ValidateIf,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { ProjectStatus } from './project-status';
import { ScheduleFrequency } from './schedule';

/** Absent (undefined) leaves a field as it is; an explicit null is checked like any value. */
const present = (_: object, value: unknown) => value !== undefined;

@ArgsType()
export class SubProjectListArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only sub-projects owned by this street or community (global id of a Tenant in your scope).',
  })
  @IsOptional()
  @IsString()
  tenantId?: string;

  @Field(() => ID, { nullable: true, description: 'Only sub-projects of this project (global id).' })
  @IsOptional()
  @IsString()
  projectId?: string;

  @Field(() => ProjectStatus, { nullable: true, description: 'Only sub-projects in this state.' })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Only sub-projects whose period overlaps [activeFrom, activeTo]: those not ended before this day.',
  })
  @IsOptional()
  activeFrom?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Only sub-projects not starting after this day (open periods always overlap).',
  })
  @IsOptional()
  activeTo?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only sub-projects this team leads or supports (global id of a Team).',
  })
  @IsOptional()
  @IsString()
  teamId?: string;
}

@InputType('SubProjectCreateInput', {
  description: 'A new sub-project (子项目) of a project; it belongs to the project’s tenant.',
})
export class SubProjectCreateInput {
  @Field(() => ID, { description: 'Global id of the project.' })
  @IsString()
  projectId!: string;

  @Field(() => String, { description: 'Name, unique within the project, e.g. 移动之家.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the sub-project does.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ProjectStatus, { nullable: true, description: 'Initial state (default PLANNED).' })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day.' })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day; not before startsOn.' })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Lead team (牵头队伍): a team of the same tenant, or for a community a team of its street.',
  })
  @IsOptional()
  @IsString()
  leadTeamId?: string | null;
}

@InputType('SubProjectUpdateInput', {
  description:
    'New values for a sub-project. Omitted fields stay as they are; null clears an optional one. Status changes follow ProjectStatus.',
})
export class SubProjectUpdateInput {
  @Field(() => ID, { description: 'Global id of the sub-project.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @ValidateIf(present)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ProjectStatus, {
    nullable: true,
    description: 'New state; an illegal change is INVALID_TRANSITION naming the current state.',
  })
  @ValidateIf(present)
  @IsEnum(ProjectStatus)
  status?: ProjectStatus;

  @Field(() => LocalDate, { nullable: true, description: 'New first day; null clears it.' })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'New last day (not before startsOn); null clears it.',
  })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'New lead team; null clears it.' })
  @IsOptional()
  @IsString()
  leadTeamId?: string | null;
}

@InputType('SubProjectTeamInput', { description: 'A supporting team (协办队伍) of a sub-project.' })
export class SubProjectTeamInput {
  @Field(() => ID, { description: 'Global id of the sub-project.' })
  @IsString()
  subProjectId!: string;

  @Field(() => ID, {
    description:
      'Global id of the team: of the same tenant, or for a community sub-project a team of its street.',
  })
  @IsString()
  teamId!: string;
}

@InputType('SubProjectPartnerAddInput', {
  description:
    'A co-building partner supporting a sub-project, through its ACTIVE partnership with the same tenant.',
})
export class SubProjectPartnerAddInput {
  @Field(() => ID, { description: 'Global id of the sub-project.' })
  @IsString()
  subProjectId!: string;

  @Field(() => ID, { description: 'Global id of the Partnership (共建协议) of the sub-project’s tenant.' })
  @IsString()
  partnershipId!: string;

  @Field(() => String, { nullable: true, description: 'What the partner contributes, e.g. 提供场地.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  contribution?: string | null;
}

@InputType('SubProjectScheduleSetInput', {
  description:
    'Sets (replaces) the schedule of a sub-project: 移动之家 serves weekly, one service field per occurrence in rotation.',
})
export class SubProjectScheduleSetInput {
  @Field(() => ID, { description: 'Global id of the sub-project.' })
  @IsString()
  subProjectId!: string;

  @Field(() => ScheduleFrequency, { description: 'How often.' })
  @IsEnum(ScheduleFrequency)
  frequency!: ScheduleFrequency;

  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @Field(() => LocalDate, {
    description: 'First day of the schedule (the first occurrence is on or after it).',
  })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the schedule; open if null.' })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => [String], {
    description: 'Service fields (服务领域) in rotation order, e.g. 理发, 义诊, 家电维修; 1 to 20 distinct.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  serviceFields!: string[];

  @Field(() => Int, { nullable: true, description: 'Fixed volunteers per occurrence (固定志愿者), e.g. 12.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  volunteerCount?: number | null;
}

@InputType('OutcomeIndicatorAddInput', {
  description: 'A new outcome indicator (成效指标) of a sub-project.',
})
export class OutcomeIndicatorAddInput {
  @Field(() => ID, { description: 'Global id of the sub-project.' })
  @IsString()
  subProjectId!: string;

  @Field(() => String, { description: 'What is counted, unique within the sub-project, e.g. 旧物交换件数.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => String, { description: 'Unit, e.g. 件, 场, 人次, 元.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  unit!: string;

  @Field(() => Int, { nullable: true, description: 'Target total in the unit (目标值).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  target?: number | null;
}

@InputType('IndicatorMeasurementRecordInput', {
  description: 'Records the cumulative total of an indicator as of a date (appended; earlier ones are kept).',
})
export class IndicatorMeasurementRecordInput {
  @Field(() => ID, { description: 'Global id of the outcome indicator.' })
  @IsString()
  indicatorId!: string;

  @Field(() => Int, { description: 'Cumulative total to date in the indicator’s unit, e.g. 157.' })
  @IsInt()
  @Min(0)
  value!: number;

  @Field(() => LocalDate, { description: 'Date the figure refers to; not in the future.' })
  measuredOn!: string;

  @Field(() => String, { nullable: true, description: 'Note, e.g. where the figure comes from.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
