import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { PersonalDataKind } from '../../core/privacy/masking';
import { Sensitive } from '../../core/privacy/sensitive';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { gridById, microGridById, personById } from '../organisation/organisation.loaders';
import { HouseholdFile } from './household-file.entity';
import { HouseholdMember } from './household-member.entity';
import { HouseholdEvent } from './household-event.entity';
import { HouseholdObjection } from './household-objection.entity';
import { HouseholdAction } from './household.enums';
import {
  HouseholdCreateInput,
  HouseholdListArgs,
  HouseholdReviewInput,
  HouseholdStepInput,
  HouseholdUpdateInput,
} from './household.inputs';
import { eventsByHouseholdId, membersByHouseholdId, objectionsByHouseholdId } from './household.loaders';
import { FILE_ADMINS, FILE_READERS, FILE_STAFF } from './household.policy';
import { getHousehold, householdCreate, householdUpdate, listHouseholds } from './household.service';
import {
  householdClose,
  householdPublish,
  householdReview,
  householdSubmit,
} from './household-workflow.service';
import { HouseholdFileConnection, HouseholdFilePayload, HouseholdStepPayload } from './household.types';
import { actionsFrom } from './household.workflow';

const required = <T>(row: T | null, what: string, id: string): T => {
  if (!row) throw notFound(what, id);
  return row;
};

@Resolver(() => HouseholdFile)
export class HouseholdResolver {
  @Authorized(FILE_READERS)
  @Query(() => HouseholdFile, {
    description:
      'One household file (一户一档) by global id: the community’s admin, the grid worker of its grid, and ' +
      'the street and district above (masked). NOT_FOUND otherwise.',
  })
  household(
    @Arg('id', () => ID, { description: 'Global id of the file.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getHousehold(ctx, id);
  }

  @Authorized(FILE_READERS)
  @Query(() => HouseholdFileConnection, {
    description:
      'Household files you may read, oldest first: a grid worker those of its grids, a community admin its ' +
      'community’s, a street admin or integrator its subtree’s (personal data masked).',
  })
  households(@Args(() => HouseholdListArgs) args: HouseholdListArgs, @Ctx() ctx: RequestContext) {
    return listHouseholds(ctx, args);
  }

  @Authorized(FILE_STAFF)
  @Mutation(() => HouseholdFilePayload, {
    description:
      'Create a household file as a DRAFT (建档): the grid worker of the micro-grid’s grid, or the community admin.',
  })
  async householdCreate(
    @Arg('input', () => HouseholdCreateInput, { description: 'The file.' }) input: HouseholdCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdFilePayload> {
    return { household: await householdCreate(ctx, input) };
  }

  @Authorized(FILE_STAFF)
  @Mutation(() => HouseholdFilePayload, {
    description: 'Change a file in DRAFT or REJECTED (INVALID_TRANSITION in any other state).',
  })
  async householdUpdate(
    @Arg('input', () => HouseholdUpdateInput, { description: 'The file and its changes.' })
    input: HouseholdUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdFilePayload> {
    return { household: await householdUpdate(ctx, input) };
  }

  @Authorized(FILE_STAFF)
  @Mutation(() => HouseholdStepPayload, {
    description: 'Submit a DRAFT or REJECTED file for review (提交审核).',
  })
  householdSubmit(
    @Arg('input', () => HouseholdStepInput, { description: 'The file and a note.' })
    input: HouseholdStepInput,
    @Ctx() ctx: RequestContext,
  ) {
    return householdSubmit(ctx, input);
  }

  @Authorized(FILE_ADMINS)
  @Mutation(() => HouseholdStepPayload, {
    description:
      'Review a SUBMITTED file (审核): APPROVE starts the public notice (公示) and schedules its end, when the ' +
      'file is published by itself unless an objection is open; REJECT sends it back with a note.',
  })
  householdReview(
    @Arg('input', () => HouseholdReviewInput, { description: 'The decision.' }) input: HouseholdReviewInput,
    @Ctx() ctx: RequestContext,
  ) {
    return householdReview(ctx, input);
  }

  @Authorized(FILE_ADMINS)
  @Mutation(() => HouseholdStepPayload, {
    description:
      'Publish a file for adoption (发布认领) by hand, once its notice period is over and no objection is open ' +
      '(the platform does it by itself at the end of the notice).',
  })
  householdPublish(
    @Arg('input', () => HouseholdStepInput, { description: 'The file and a note.' })
    input: HouseholdStepInput,
    @Ctx() ctx: RequestContext,
  ) {
    return householdPublish(ctx, input);
  }

  @Authorized(FILE_ADMINS)
  @Mutation(() => HouseholdStepPayload, {
    description: 'Close a file (结案): from DRAFT or REJECTED (abandoned), PUBLISHED or SUPPORT_UNDER_WAY.',
  })
  householdClose(
    @Arg('input', () => HouseholdStepInput, { description: 'The file and a note.' })
    input: HouseholdStepInput,
    @Ctx() ctx: RequestContext,
  ) {
    return householdClose(ctx, input);
  }

  @FieldResolver(() => Tenant, { description: 'The community the household belongs to.' })
  async community(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return required(await ctx.loaders.get(tenantById).load(file.tenant.id), 'Tenant', file.tenant.id);
  }

  @FieldResolver(() => Grid, { description: 'The grid (网格) of its micro-grid.' })
  async grid(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext): Promise<Grid> {
    return required(await ctx.loaders.get(gridById).load(file.grid.id), 'Grid', file.grid.id);
  }

  @FieldResolver(() => MicroGrid, { description: 'The micro-grid (微网格) the household lives in.' })
  async microGrid(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext): Promise<MicroGrid> {
    return required(
      await ctx.loaders.get(microGridById).load(file.microGrid.id),
      'MicroGrid',
      file.microGrid.id,
    );
  }

  @FieldResolver(() => Person, {
    description: 'The grid worker responsible (责任网格员), masked unless revealed.',
  })
  async gridWorker(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext): Promise<Person> {
    return required(await ctx.loaders.get(personById).load(file.gridWorker.id), 'Person', file.gridWorker.id);
  }

  @Sensitive(PersonalDataKind.NAME)
  @FieldResolver(() => String, {
    description: 'Display name: the head’s name (户主姓名), masked as 徐** unless revealed.',
  })
  async displayName(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext): Promise<string> {
    return required(await ctx.loaders.get(personById).load(file.head.id), 'Person', file.head.id).name;
  }

  @FieldResolver(() => [HouseholdMember], { description: 'The members, the head first.' })
  members(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext): Promise<HouseholdMember[]> {
    return ctx.loaders.get(membersByHouseholdId).load(file.id);
  }

  @FieldResolver(() => [HouseholdEvent], { description: 'The file’s history (流程记录), oldest first.' })
  events(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext): Promise<HouseholdEvent[]> {
    return ctx.loaders.get(eventsByHouseholdId).load(file.id);
  }

  @Authorized(FILE_STAFF)
  @FieldResolver(() => [HouseholdObjection], {
    description: 'Objections (异议) raised during the notice: the community’s staff only.',
  })
  objections(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext): Promise<HouseholdObjection[]> {
    return ctx.loaders.get(objectionsByHouseholdId).load(file.id);
  }

  @FieldResolver(() => [HouseholdAction], {
    description:
      'Steps the workflow allows from the current state (whether you may take them is your role’s).',
  })
  nextActions(@Root() file: HouseholdFile): HouseholdAction[] {
    return actionsFrom(file.status);
  }
}
