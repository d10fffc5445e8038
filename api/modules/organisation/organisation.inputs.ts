import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { GridRole } from './grid-assignment.entity';
import { MicroGridKind } from './micro-grid.entity';

/** Absent (undefined) leaves a field as it is; an explicit null is checked like any value. */
const present = (_: object, value: unknown) => value !== undefined;

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const CODE_MESSAGE =
  '$property may contain only letters, digits, "-" and "_", and must start with a letter or digit';

@ArgsType()
export class GridListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only grids of this community (global id of a Tenant).' })
  @IsOptional()
  communityId?: string;
}

@InputType('CommunityProfileUpdateInput', {
  description:
    'New values for your community profile (社区概况); created on first use. Omitted fields stay as they are; null clears an optional one.',
})
export class CommunityProfileUpdateInput {
  @Field(() => Float, { nullable: true, description: 'Area in square kilometres (辖区面积), e.g. 0.5.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  areaKm2?: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the community was founded (成立时间).' })
  @IsOptional()
  foundedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Building compounds (楼院), e.g. 15.' })
  @ValidateIf(present)
  @IsInt()
  @Min(0)
  compounds?: number;

  @Field(() => Int, { nullable: true, description: 'Residential buildings (居民楼), e.g. 95.' })
  @ValidateIf(present)
  @IsInt()
  @Min(0)
  buildings?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Compounds with no property manager (无主管楼院); at most `compounds`.',
  })
  @ValidateIf(present)
  @IsInt()
  @Min(0)
  compoundsWithoutPropertyManager?: number;

  @Field(() => Int, { nullable: true, description: 'Households (户数).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  households?: number | null;

  @Field(() => Int, { nullable: true, description: 'Residents (常住人口).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  residents?: number | null;

  @Field(() => String, { nullable: true, description: 'Free-text description.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@InputType('GridCreateInput', { description: 'A new grid (网格) in your community.' })
export class GridCreateInput {
  @Field(() => String, { description: 'Code unique within the community, e.g. G01.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 第一网格.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the grid covers.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@InputType('GridUpdateInput', {
  description: 'New values for a grid of your community. Omitted fields stay as they are.',
})
export class GridUpdateInput {
  @Field(() => ID, { description: 'Global id of the grid.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New code, unique within the community.' })
  @ValidateIf(present)
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @ValidateIf(present)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@InputType('MicroGridCreateInput', {
  description: 'A new micro-grid (微网格): one compound or building inside a grid of your community.',
})
export class MicroGridCreateInput {
  @Field(() => ID, { description: 'Global id of the grid it belongs to.' })
  @IsString()
  gridId!: string;

  @Field(() => String, { description: 'Code unique within the community, e.g. G01-M01.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 嵩山路1号.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => MicroGridKind, { description: 'Compound (楼院) or building (楼栋).' })
  @IsEnum(MicroGridKind)
  kind!: MicroGridKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the person who leads it (微网格长), from your community.',
  })
  @IsOptional()
  @IsString()
  leaderId?: string | null;
}

@InputType('GridAssignmentCreateInput', {
  description: 'A person of your community starts serving a grid in a role.',
})
export class GridAssignmentCreateInput {
  @Field(() => ID, { description: 'Global id of the grid.' })
  @IsString()
  gridId!: string;

  @Field(() => ID, { description: 'Global id of the person.' })
  @IsString()
  personId!: string;

  @Field(() => GridRole, { description: 'Role in the grid.' })
  @IsEnum(GridRole)
  role!: GridRole;

  @Field(() => LocalDate, { nullable: true, description: 'First day of service (default: today).' })
  @IsOptional()
  startedOn?: string | null;
}

@InputType('GridAssignmentEndInput', {
  description: 'A person stops serving a grid; the assignment is kept as history.',
})
export class GridAssignmentEndInput {
  @Field(() => ID, { description: 'Global id of the assignment.' })
  @IsString()
  id!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of service (default: today); not before the first day.',
  })
  @IsOptional()
  endedOn?: string | null;
}
