import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { TeamKind, TeamTheme } from './team.entity';
import { TeamMemberRole } from './team-member.entity';
import { Skill } from './person-skill.entity';

/** Absent (undefined) leaves a field as it is; an explicit null is checked like any value. */
const present = (_: object, value: unknown) => value !== undefined;

@ArgsType()
export class TeamListArgs extends PageArgs {
  @Field(() => TeamKind, { nullable: true, description: 'Only teams of this kind.' })
  @IsOptional()
  @IsEnum(TeamKind)
  kind?: TeamKind;

  @Field(() => TeamTheme, { nullable: true, description: 'Only teams with this theme tag (五色一彩).' })
  @IsOptional()
  @IsEnum(TeamTheme)
  theme?: TeamTheme;

  @Field(() => ID, {
    nullable: true,
    description: 'Only teams owned by this street or community (global id of a Tenant in your scope).',
  })
  @IsOptional()
  @IsString()
  tenantId?: string;
}

@ArgsType()
export class PeopleWithSkillArgs extends PageArgs {
  @Field(() => Skill, { description: 'The skill looked for.' })
  @IsEnum(Skill)
  skill!: Skill;

  @Field(() => ID, { nullable: true, description: 'Only people of this community (global id of a Tenant).' })
  @IsOptional()
  @IsString()
  communityId?: string;
}

@InputType('TeamCreateInput', {
  description: 'A new team, owned by your street (street admin) or your community (community admin).',
})
export class TeamCreateInput {
  @Field(() => String, { description: 'Name, unique within the owning tenant, e.g. 巧厨娘.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => TeamKind, { description: 'Kind of team.' })
  @IsEnum(TeamKind)
  kind!: TeamKind;

  @Field(() => TeamTheme, { nullable: true, description: 'Theme tag (主题色), where the street uses one.' })
  @IsOptional()
  @IsEnum(TeamTheme)
  theme?: TeamTheme | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date founded (default: today); not in the future.',
  })
  @IsOptional()
  foundedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What the team does.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the leader (队长), a person of the same tenant.',
  })
  @IsOptional()
  @IsString()
  leaderId?: string | null;
}

@InputType('TeamUpdateInput', {
  description:
    'New values for a team. Omitted fields stay as they are; a new name or leader is recorded as a team event.',
})
export class TeamUpdateInput {
  @Field(() => ID, { description: 'Global id of the team.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name (recorded as RENAMED).' })
  @ValidateIf(present)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @Field(() => TeamTheme, { nullable: true, description: 'New theme tag; null clears it.' })
  @IsOptional()
  @IsEnum(TeamTheme)
  theme?: TeamTheme | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date founded; null clears it.' })
  @IsOptional()
  foundedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Global id of the new leader, a person of the same tenant; null for none (recorded as LEADER_CHANGED).',
  })
  @IsOptional()
  @IsString()
  leaderId?: string | null;

  @Field(() => String, { nullable: true, description: 'Note recorded with the events of this change.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType('TeamChangeKindInput', {
  description: 'A team changes kind (转型), e.g. 巧厨娘 becoming the social enterprise running the canteen.',
})
export class TeamChangeKindInput {
  @Field(() => ID, { description: 'Global id of the team.' })
  @IsString()
  id!: string;

  @Field(() => TeamKind, { description: 'The new kind.' })
  @IsEnum(TeamKind)
  kind!: TeamKind;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When it changed (default: today); not in the future, not before the team was founded.',
  })
  @IsOptional()
  occurredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why or how, e.g. 承接社区食堂运营.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType('TeamMemberAddInput', {
  description: 'A person of the team’s tenant joins the team (or a past membership is recorded with leftOn).',
})
export class TeamMemberAddInput {
  @Field(() => ID, { description: 'Global id of the team.' })
  @IsString()
  teamId!: string;

  @Field(() => ID, { description: 'Global id of the person, of the team’s own street or community.' })
  @IsString()
  personId!: string;

  @Field(() => TeamMemberRole, { nullable: true, description: 'Role (default MEMBER).' })
  @IsOptional()
  @IsEnum(TeamMemberRole)
  role?: TeamMemberRole | null;

  @Field(() => LocalDate, { nullable: true, description: 'Day joined (default: today); not in the future.' })
  @IsOptional()
  joinedOn?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Day left, for a past membership; not before joinedOn, not in the future.',
  })
  @IsOptional()
  leftOn?: string | null;
}

@InputType('TeamMemberLeaveInput', {
  description: 'A member leaves the team; the membership stays as history.',
})
export class TeamMemberLeaveInput {
  @Field(() => ID, { description: 'Global id of the membership (TeamMember).' })
  @IsString()
  id!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Day left (default: today); not before the day joined, not in the future.',
  })
  @IsOptional()
  leftOn?: string | null;
}

@InputType('PersonSkillAddInput', { description: 'Record a skill of a person of your community.' })
export class PersonSkillAddInput {
  @Field(() => ID, { description: 'Global id of the person.' })
  @IsString()
  personId!: string;

  @Field(() => Skill, { description: 'The skill.' })
  @IsEnum(Skill)
  skill!: Skill;

  @Field(() => String, { nullable: true, description: 'Details, e.g. 擅长婚姻家庭纠纷.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string | null;
}

@InputType('PersonSkillRemoveInput', { description: 'Remove a skill from a person of your community.' })
export class PersonSkillRemoveInput {
  @Field(() => ID, { description: 'Global id of the person.' })
  @IsString()
  personId!: string;

  @Field(() => Skill, { description: 'The skill to remove.' })
  @IsEnum(Skill)
  skill!: Skill;
}

@ArgsType()
export class TeamMembersArgs {
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Members active on this day (default: today, China time).',
  })
  @IsOptional()
  activeOn?: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Every membership, former ones included (activeOn is then ignored).',
  })
  @IsOptional()
  @IsBoolean()
  includeFormer?: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'At most this many, in order of joining (default LIMIT_DEFAULT_PAGE_SIZE = 20, at most 100).',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  first?: number;
}
