import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { LocalDate } from '../../core/graphql/scalars';
import { Tenant } from '../tenants/tenant.entity';
import { Team } from '../teams/team.entity';
import { teamById } from '../teams/team.loaders';
import { Project } from './project.entity';
import { SubProject } from './sub-project.entity';
import { SubProjectPartner } from './sub-project-links.entity';
import { OutcomeIndicator } from './indicator.entity';
import {
  SubProjectCreateInput,
  SubProjectListArgs,
  SubProjectPartnerAddInput,
  SubProjectScheduleSetInput,
  SubProjectTeamInput,
  SubProjectUpdateInput,
} from './sub-project.inputs';
import {
  indicatorsBySubProjectId,
  partnersBySubProjectId,
  projectById,
  supportingTeamsBySubProjectId,
} from './projects.loaders';
import { PROJECT_READERS, PROJECT_WRITERS } from './projects.policy';
import {
  getSubProject,
  listSubProjects,
  subProjectCreate,
  subProjectPartnerAdd,
  subProjectScheduleSet,
  subProjectTeamAdd,
  subProjectTeamRemove,
  subProjectUpdate,
} from './sub-project.service';
import { assertServiceRange, serviceDates } from './schedule';
import {
  ServiceDate,
  SubProjectConnection,
  SubProjectPartnerAddPayload,
  SubProjectPayload,
  SubProjectSchedule,
} from './projects.types';
import { ownerOf } from './programme.resolver';

const WRITE_RULE =
  'Admin of the sub-project’s community (or street), or the street admin of the street above it.';

@Resolver(() => SubProject)
export class SubProjectResolver {
  @Authorized(PROJECT_READERS)
  @Query(() => SubProjectConnection, {
    description:
      'Sub-projects (子项目) in your scope, filtered by owner, project, state, period overlap and team; oldest first.',
  })
  subProjects(@Args(() => SubProjectListArgs) args: SubProjectListArgs, @Ctx() ctx: RequestContext) {
    return listSubProjects(ctx, args);
  }

  @Authorized(PROJECT_READERS)
  @Query(() => SubProject, {
    description: 'One sub-project in your scope by global id; NOT_FOUND outside it.',
  })
  subProject(
    @Arg('id', () => ID, { description: 'Global id of the sub-project.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getSubProject(ctx, id);
  }

  @Authorized(PROJECT_WRITERS)
  @Mutation(() => SubProjectPayload, { description: `Create a sub-project in a project. ${WRITE_RULE}` })
  async subProjectCreate(
    @Arg('input', () => SubProjectCreateInput, { description: 'The new sub-project.' })
    input: SubProjectCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubProjectPayload> {
    return { subProject: await subProjectCreate(ctx, input) };
  }

  @Authorized(PROJECT_WRITERS)
  @Mutation(() => SubProjectPayload, {
    description: `Change a sub-project: name, description, state, period, lead team. ${WRITE_RULE}`,
  })
  async subProjectUpdate(
    @Arg('input', () => SubProjectUpdateInput, { description: 'The sub-project and its new values.' })
    input: SubProjectUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubProjectPayload> {
    return { subProject: await subProjectUpdate(ctx, input) };
  }

  @Authorized(PROJECT_WRITERS)
  @Mutation(() => SubProjectPayload, {
    description: `Add a supporting team (协办队伍): of the same tenant, or a street team for a community sub-project. ${WRITE_RULE}`,
  })
  async subProjectTeamAdd(
    @Arg('input', () => SubProjectTeamInput, { description: 'The sub-project and the team.' })
    input: SubProjectTeamInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubProjectPayload> {
    return { subProject: await subProjectTeamAdd(ctx, input) };
  }

  @Authorized(PROJECT_WRITERS)
  @Mutation(() => SubProjectPayload, { description: `Remove a supporting team. ${WRITE_RULE}` })
  async subProjectTeamRemove(
    @Arg('input', () => SubProjectTeamInput, { description: 'The sub-project and the team.' })
    input: SubProjectTeamInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubProjectPayload> {
    return { subProject: await subProjectTeamRemove(ctx, input) };
  }

  @Authorized(PROJECT_WRITERS)
  @Mutation(() => SubProjectPartnerAddPayload, {
    description: `Add a co-building partner through its active partnership with the sub-project’s tenant. ${WRITE_RULE}`,
  })
  async subProjectPartnerAdd(
    @Arg('input', () => SubProjectPartnerAddInput, { description: 'The sub-project and the partnership.' })
    input: SubProjectPartnerAddInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubProjectPartnerAddPayload> {
    return { partner: await subProjectPartnerAdd(ctx, input) };
  }

  @Authorized(PROJECT_WRITERS)
  @Mutation(() => SubProjectPayload, {
    description: `Set (replace) the schedule of a sub-project. ${WRITE_RULE}`,
  })
  async subProjectScheduleSet(
    @Arg('input', () => SubProjectScheduleSetInput, { description: 'The sub-project and its schedule.' })
    input: SubProjectScheduleSetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubProjectPayload> {
    return { subProject: await subProjectScheduleSet(ctx, input) };
  }

  @FieldResolver(() => Tenant, { description: 'The street or community that owns the sub-project.' })
  owner(@Root() subProject: SubProject, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return ownerOf(ctx, subProject);
  }

  @FieldResolver(() => Project, { description: 'The project (same owner).' })
  async project(@Root() subProject: SubProject, @Ctx() ctx: RequestContext): Promise<Project> {
    const project = await ctx.loaders.get(projectById).load(subProject.project.id);
    if (!project) throw notFound('Project', subProject.project.id);
    return project;
  }

  @FieldResolver(() => Team, {
    nullable: true,
    description:
      'Lead team (牵头队伍); null if none, or if it is a street team outside your scope (read from a community).',
  })
  async leadTeam(@Root() subProject: SubProject, @Ctx() ctx: RequestContext): Promise<Team | null> {
    return subProject.leadTeam ? ctx.loaders.get(teamById).load(subProject.leadTeam.id) : null;
  }

  @FieldResolver(() => [Team], {
    description:
      'Supporting teams (协办队伍) in the order added; street teams outside your scope are left out.',
  })
  supportingTeams(@Root() subProject: SubProject, @Ctx() ctx: RequestContext): Promise<Team[]> {
    return ctx.loaders.get(supportingTeamsBySubProjectId).load(subProject.id);
  }

  @FieldResolver(() => [SubProjectPartner], { description: 'Co-building partners (共建单位) supporting it.' })
  partners(@Root() subProject: SubProject, @Ctx() ctx: RequestContext): Promise<SubProjectPartner[]> {
    return ctx.loaders.get(partnersBySubProjectId).load(subProject.id);
  }

  @FieldResolver(() => [OutcomeIndicator], {
    description: 'Outcome indicators (成效指标), in the order added.',
  })
  indicators(@Root() subProject: SubProject, @Ctx() ctx: RequestContext): Promise<OutcomeIndicator[]> {
    return ctx.loaders.get(indicatorsBySubProjectId).load(subProject.id);
  }

  @FieldResolver(() => SubProjectSchedule, {
    nullable: true,
    description: 'The schedule; null if none is set.',
  })
  schedule(@Root() s: SubProject): SubProjectSchedule | null {
    if (!s.scheduleFrequency || !s.scheduleWeekday || !s.scheduleStartsOn) return null;
    return {
      frequency: s.scheduleFrequency,
      weekday: s.scheduleWeekday,
      startsOn: s.scheduleStartsOn,
      endsOn: s.scheduleEndsOn ?? null,
      serviceFields: s.scheduleServiceFields ?? [],
      volunteerCount: s.scheduleVolunteerCount ?? null,
    };
  }

  @FieldResolver(() => [ServiceDate], {
    description:
      'Dates in [from, to] on which the schedule serves, each with its rotating service field (empty without a schedule). The range may span at most 366 days (BAD_USER_INPUT beyond).',
  })
  serviceDates(
    @Root() s: SubProject,
    @Arg('from', () => LocalDate, { description: 'First day of the range.' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last day of the range (at most 366 days after from).' })
    to: string,
  ): ServiceDate[] {
    assertServiceRange(from, to);
    const schedule = this.schedule(s);
    return schedule ? serviceDates(schedule, from, to) : [];
  }
}
