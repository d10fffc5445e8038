import { ref } from '@mikro-orm/core';
import type { RequestContext } from '../../app/context';
import { badInput, conflict, invalidTransition } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { Grid } from './grid.entity';
import { GridAssignment } from './grid-assignment.entity';
import { Person } from './person.entity';
import type { GridAssignmentCreateInput, GridAssignmentEndInput } from './organisation.inputs';
import { chinaToday, ownCommunityId } from './organisation.policy';
import { loadForChange, loadReferenced } from './organisation.service';

export async function gridAssignmentCreate(
  ctx: RequestContext,
  input: GridAssignmentCreateInput,
): Promise<GridAssignment> {
  const communityId = ownCommunityId(ctx);
  const grid = await loadReferenced(ctx, Grid, input.gridId, 'gridId', communityId);
  const person = await loadReferenced(ctx, Person, input.personId, 'personId', communityId);
  const startedOn = input.startedOn ?? chinaToday();
  const serving = await ctx.em.count(GridAssignment, {
    grid,
    person,
    role: input.role,
    $or: [{ endedOn: null }, { endedOn: { $gte: startedOn } }],
  });
  if (serving > 0) {
    throw conflict('This person already serves this grid in this role; end that assignment first.');
  }
  const assignment = ctx.em.create(GridAssignment, {
    tenant: ref(Tenant, communityId),
    grid,
    person,
    role: input.role,
    startedOn,
  });
  await ctx.em.flush();
  return assignment;
}

export async function gridAssignmentEnd(
  ctx: RequestContext,
  input: GridAssignmentEndInput,
): Promise<GridAssignment> {
  const assignment = await loadForChange(ctx, GridAssignment, input.id);
  if (assignment.endedOn) throw invalidTransition('GridAssignment', 'ENDED', 'end');
  const endedOn = input.endedOn ?? chinaToday();
  if (endedOn < assignment.startedOn) {
    throw badInput('endedOn', `endedOn cannot be before the first day of service (${assignment.startedOn}).`);
  }
  assignment.endedOn = endedOn;
  await ctx.em.flush();
  return assignment;
}
