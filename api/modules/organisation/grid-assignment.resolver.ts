import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { notFound } from '../../core/errors/domain-error';
import { Grid } from './grid.entity';
import { GridAssignment } from './grid-assignment.entity';
import { Person } from './person.entity';
import { GridAssignmentCreateInput, GridAssignmentEndInput } from './organisation.inputs';
import { gridById, personById } from './organisation.loaders';
import { gridAssignmentCreate, gridAssignmentEnd } from './grid-assignment.service';
import { GridAssignmentCreatePayload, GridAssignmentEndPayload } from './organisation.types';

@Resolver(() => GridAssignment)
export class GridAssignmentResolver {
  @Authorized([Role.COMMUNITY_ADMIN])
  @Mutation(() => GridAssignmentCreatePayload, {
    description: 'A person of your community starts serving a grid in a role (community admin).',
  })
  async gridAssignmentCreate(
    @Arg('input', () => GridAssignmentCreateInput, { description: 'Grid, person, role and first day.' })
    input: GridAssignmentCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GridAssignmentCreatePayload> {
    return { gridAssignment: await gridAssignmentCreate(ctx, input) };
  }

  @Authorized([Role.COMMUNITY_ADMIN])
  @Mutation(() => GridAssignmentEndPayload, {
    description:
      'End an assignment (community admin); it stays as history. INVALID_TRANSITION when it has already ended.',
  })
  async gridAssignmentEnd(
    @Arg('input', () => GridAssignmentEndInput, { description: 'The assignment and its last day.' })
    input: GridAssignmentEndInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GridAssignmentEndPayload> {
    return { gridAssignment: await gridAssignmentEnd(ctx, input) };
  }

  @FieldResolver(() => Grid, { description: 'The grid served.' })
  async grid(@Root() assignment: GridAssignment, @Ctx() ctx: RequestContext): Promise<Grid> {
    const grid = await ctx.loaders.get(gridById).load(assignment.grid.id);
    if (!grid) throw notFound('Grid', assignment.grid.id);
    return grid;
  }

  @FieldResolver(() => Person, { description: 'The person serving (masked unless revealed).' })
  person(@Root() assignment: GridAssignment, @Ctx() ctx: RequestContext): Promise<Person> {
    // Not async: one promise less for each of a page's hundreds of assignments.
    const id = assignment.person.id;
    return ctx.loaders
      .get(personById)
      .load(id)
      .then((person) => person ?? Promise.reject(notFound('Person', id)));
  }
}
