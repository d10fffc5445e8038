import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { notFound } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { Grid } from './grid.entity';
import { GridAssignment } from './grid-assignment.entity';
import { MicroGrid } from './micro-grid.entity';
import { GridCreateInput, GridListArgs, GridUpdateInput } from './organisation.inputs';
import { activeAssignmentsByGridId, assignmentsByGridId, microGridsByGridId } from './organisation.loaders';
import { GRID_READERS, PEOPLE_READERS } from './organisation.policy';
import { getGrid, gridCreate, gridUpdate, listGrids } from './organisation.service';
import { GridConnection, GridCreatePayload, GridUpdatePayload } from './organisation.types';

@Resolver(() => Grid)
export class GridResolver {
  @Authorized(GRID_READERS)
  @Query(() => Grid, {
    description: 'One grid (网格) in your scope by global id; NOT_FOUND outside it.',
  })
  grid(
    @Arg('id', () => ID, { description: 'Global id of the grid.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getGrid(ctx, id);
  }

  @Authorized(GRID_READERS)
  @Query(() => GridConnection, {
    description: 'Grids (网格) in your scope, each attributed to its community; oldest first.',
  })
  grids(@Args(() => GridListArgs) args: GridListArgs, @Ctx() ctx: RequestContext) {
    return listGrids(ctx, args);
  }

  @Authorized([Role.COMMUNITY_ADMIN])
  @Mutation(() => GridCreatePayload, {
    description: 'Create a grid (网格) in your community (community admin).',
  })
  async gridCreate(
    @Arg('input', () => GridCreateInput, { description: 'The new grid.' }) input: GridCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GridCreatePayload> {
    return { grid: await gridCreate(ctx, input) };
  }

  @Authorized([Role.COMMUNITY_ADMIN])
  @Mutation(() => GridUpdatePayload, { description: 'Change a grid of your community (community admin).' })
  async gridUpdate(
    @Arg('input', () => GridUpdateInput, { description: 'The grid and its new values.' })
    input: GridUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GridUpdatePayload> {
    return { grid: await gridUpdate(ctx, input) };
  }

  @FieldResolver(() => Tenant, { description: 'The community (社区) the grid belongs to.' })
  async community(@Root() grid: Grid, @Ctx() ctx: RequestContext): Promise<Tenant> {
    const tenant = await ctx.loaders.get(tenantById).load(grid.tenant.id);
    if (!tenant) throw notFound('Tenant', grid.tenant.id);
    return tenant;
  }

  @FieldResolver(() => [MicroGrid], { description: 'Micro-grids (微网格) of this grid, ordered by code.' })
  microGrids(@Root() grid: Grid, @Ctx() ctx: RequestContext): Promise<MicroGrid[]> {
    return ctx.loaders.get(microGridsByGridId).load(grid.id);
  }

  @Authorized(PEOPLE_READERS)
  @FieldResolver(() => [GridAssignment], {
    description: 'People serving this grid (网格人员), in order of their first day.',
  })
  assignments(
    @Root() grid: Grid,
    @Arg('activeOnly', () => Boolean, {
      nullable: true,
      defaultValue: true,
      description: 'Only assignments serving today (default); false includes ended ones (history).',
    })
    activeOnly: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<GridAssignment[]> {
    const loader = activeOnly === false ? assignmentsByGridId : activeAssignmentsByGridId;
    return ctx.loaders.get(loader).load(grid.id);
  }
}
