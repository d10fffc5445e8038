import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { ProjectStatus } from './project-status';

@ArgsType()
export class ProgrammeListArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only programmes owned by this street or community (global id of a Tenant in your scope).',
  })
  @IsOptional()
  @IsString()
  tenantId?: string;

  @Field(() => ProjectStatus, { nullable: true, description: 'Only programmes in this state.' })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus;
}

@ArgsType()
export class ProjectListArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only projects owned by this street or community (global id of a Tenant in your scope).',
  })
  @IsOptional()
  @IsString()
  tenantId?: string;

  @Field(() => ID, { nullable: true, description: 'Only projects of this programme (global id).' })
  @IsOptional()
  @IsString()
  programmeId?: string;

  @Field(() => ProjectStatus, { nullable: true, description: 'Only projects in this state.' })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus;
}

@InputType('ProgrammeCreateInput', {
  description:
    'A new governance programme (治理项目计划). Street admins create street programmes, community admins community ones.',
})
export class ProgrammeCreateInput {
  @Field(() => String, { description: 'Name, unique within its owner, e.g. 点点爱.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the programme is for.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ProjectStatus, { nullable: true, description: 'Initial state (default ACTIVE).' })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Owner (global id of a Tenant): default the one tenant you administer; needed when you administer several.',
  })
  @IsOptional()
  @IsString()
  tenantId?: string | null;
}

@InputType('ProjectCreateInput', {
  description:
    'A new project (治理项目) in a programme. It belongs to the programme’s tenant, or (street programmes only) to a community of that street named by tenantId: only the street admin, who sees both, can place it there.',
})
export class ProjectCreateInput {
  @Field(() => ID, { description: 'Global id of the programme.' })
  @IsString()
  programmeId!: string;

  @Field(() => String, { description: 'Name, unique within the programme, e.g. 幸福来敲门.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the project does.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ProjectStatus, { nullable: true, description: 'Initial state (default ACTIVE).' })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Owner (global id of a Tenant): default the programme’s tenant; for a street programme, one of its communities.',
  })
  @IsOptional()
  @IsString()
  tenantId?: string | null;
}
