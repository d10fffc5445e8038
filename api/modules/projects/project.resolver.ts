import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Tenant } from '../tenants/tenant.entity';
import { Programme } from './programme.entity';
import { Project } from './project.entity';
import { SubProject } from './sub-project.entity';
import { ProjectCreateInput, ProjectListArgs } from './programme.inputs';
import { programmeById, subProjectCountByProjectId, subProjectsByProjectId } from './projects.loaders';
import { PROJECT_READERS, PROJECT_WRITERS } from './projects.policy';
import { getProject, listProjects, projectCreate } from './programme.service';
import { ProjectConnection, ProjectCreatePayload } from './projects.types';
import { ownerOf } from './programme.resolver';

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized(PROJECT_READERS)
  @Query(() => ProjectConnection, {
    description: 'Projects (治理项目) in your scope, each attributed to its owner; oldest first.',
  })
  projects(@Args(() => ProjectListArgs) args: ProjectListArgs, @Ctx() ctx: RequestContext) {
    return listProjects(ctx, args);
  }

  @Authorized(PROJECT_READERS)
  @Query(() => Project, { description: 'One project in your scope by global id; NOT_FOUND outside it.' })
  project(
    @Arg('id', () => ID, { description: 'Global id of the project.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getProject(ctx, id);
  }

  @Authorized(PROJECT_WRITERS)
  @Mutation(() => ProjectCreatePayload, {
    description:
      'Create a project in a programme. Community admin: in its community’s programmes. Street admin: in its street’s programmes, owned by the street or (with tenantId) by one of its communities, and in its communities’ programmes.',
  })
  async projectCreate(
    @Arg('input', () => ProjectCreateInput, { description: 'The new project.' }) input: ProjectCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectCreatePayload> {
    return { project: await projectCreate(ctx, input) };
  }

  @FieldResolver(() => Tenant, { description: 'The street or community that owns the project.' })
  owner(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return ownerOf(ctx, project);
  }

  @FieldResolver(() => Programme, {
    nullable: true,
    description:
      'The programme the project belongs to; null when that programme is outside your scope (a street programme read from one of its communities).',
  })
  programme(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<Programme | null> {
    return ctx.loaders.get(programmeById).load(project.programme.id);
  }

  @FieldResolver(() => [SubProject], { description: 'Sub-projects (子项目) of the project, oldest first.' })
  subProjects(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<SubProject[]> {
    return ctx.loaders.get(subProjectsByProjectId).load(project.id);
  }

  @FieldResolver(() => Int, { description: 'Number of sub-projects of the project.' })
  subProjectCount(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.get(subProjectCountByProjectId).load(project.id);
  }
}
