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
import { notFound } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { Programme } from './programme.entity';
import { Project } from './project.entity';
import { ProgrammeCreateInput, ProgrammeListArgs } from './programme.inputs';
import {
  projectCountByProgrammeId,
  projectsByProgrammeId,
  subProjectCountsByProgrammeId,
} from './projects.loaders';
import { PROJECT_READERS, PROJECT_WRITERS } from './projects.policy';
import { getProgramme, listProgrammes, programmeCreate } from './programme.service';
import { ProgrammeConnection, ProgrammeCreatePayload, SubProjectStatusCount } from './projects.types';

/** The tenant that owns a row (street or community), through the per-request tenant loader. */
export async function ownerOf(ctx: RequestContext, row: { tenant: { id: string } }): Promise<Tenant> {
  const tenant = await ctx.loaders.get(tenantById).load(row.tenant.id);
  if (!tenant) throw notFound('Tenant', row.tenant.id);
  return tenant;
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Authorized(PROJECT_READERS)
  @Query(() => ProgrammeConnection, {
    description:
      'Governance programmes (治理项目计划) in your scope, each attributed to its owner; oldest first. Every role reads them (public information).',
  })
  programmes(@Args(() => ProgrammeListArgs) args: ProgrammeListArgs, @Ctx() ctx: RequestContext) {
    return listProgrammes(ctx, args);
  }

  @Authorized(PROJECT_READERS)
  @Query(() => Programme, { description: 'One programme in your scope by global id; NOT_FOUND outside it.' })
  programme(
    @Arg('id', () => ID, { description: 'Global id of the programme.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getProgramme(ctx, id);
  }

  @Authorized(PROJECT_WRITERS)
  @Mutation(() => ProgrammeCreatePayload, {
    description:
      'Create a programme owned by the street or community you administer; a street admin may also name one of its communities with tenantId.',
  })
  async programmeCreate(
    @Arg('input', () => ProgrammeCreateInput, { description: 'The new programme.' })
    input: ProgrammeCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgrammeCreatePayload> {
    return { programme: await programmeCreate(ctx, input) };
  }

  @FieldResolver(() => Tenant, { description: 'The street or community that owns the programme.' })
  owner(@Root() programme: Programme, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return ownerOf(ctx, programme);
  }

  @FieldResolver(() => [Project], {
    description:
      'Projects of the programme within your scope, oldest first (a street programme includes its communities’ projects).',
  })
  projects(@Root() programme: Programme, @Ctx() ctx: RequestContext): Promise<Project[]> {
    return ctx.loaders.get(projectsByProgrammeId).load(programme.id);
  }

  @FieldResolver(() => Int, { description: 'Number of projects of the programme (within your scope).' })
  projectCount(@Root() programme: Programme, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.get(projectCountByProgrammeId).load(programme.id);
  }

  @FieldResolver(() => Int, {
    description: 'Number of sub-projects in all projects of the programme (within your scope), e.g. 23.',
  })
  async subProjectCount(@Root() programme: Programme, @Ctx() ctx: RequestContext): Promise<number> {
    const counts = await ctx.loaders.get(subProjectCountsByProgrammeId).load(programme.id);
    return counts.reduce((sum, c) => sum + c.count, 0);
  }

  @FieldResolver(() => [SubProjectStatusCount], {
    description: 'Sub-projects of the programme by state (states with none are left out).',
  })
  subProjectCountsByStatus(
    @Root() programme: Programme,
    @Ctx() ctx: RequestContext,
  ): Promise<SubProjectStatusCount[]> {
    return ctx.loaders.get(subProjectCountsByProgrammeId).load(programme.id);
  }
}
