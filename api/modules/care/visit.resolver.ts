import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { gridById, microGridById, personById } from '../organisation/organisation.loaders';
import { HouseholdFile } from '../households/household-file.entity';
import { HouseholdVisit, VisitFinding } from './household-visit.entity';
import {
  HouseholdVisitListArgs,
  HouseholdVisitRecordInput,
  VisitFindingLinkHouseholdInput,
  VisitFindingOpenCaseInput,
  VisitStatsArgs,
} from './visit.inputs';
import { Case } from '../cases/case.entity';
import {
  caseById,
  findingsByCaseId,
  findingsByHouseholdId,
  findingsByVisitId,
  householdFileById,
  visitById,
} from './care.loaders';
import { CARE_READERS, CARE_STAFF, STATS_READERS } from './care.policy';
import {
  HouseholdVisitConnection,
  HouseholdVisitPayload,
  VisitFindingPayload,
  VisitMonthStat,
} from './care.types';
import {
  getVisit,
  householdVisitRecord,
  listVisits,
  visitFindingLinkHousehold,
  visitFindingOpenCase,
  visitStats,
} from './visit.service';

const byId = <T>(loader: { load(id: string): Promise<T | null> }, ref: { id: string } | null | undefined) =>
  ref ? loader.load(ref.id) : null;

/** Household visits (入户走访): queries, mutations and the fields read through loaders. */
@Resolver(() => HouseholdVisit)
export class HouseholdVisitResolver {
  @Authorized(CARE_READERS)
  @Query(() => HouseholdVisitConnection, {
    description:
      'Household visits (入户走访) you may read, oldest first: a grid worker those of its grids, a community ' +
      'admin its community’s, a street admin or integrator its subtree’s (personal data masked).',
  })
  householdVisits(
    @Args(() => HouseholdVisitListArgs) args: HouseholdVisitListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return listVisits(ctx, args);
  }

  @Authorized(CARE_READERS)
  @Query(() => HouseholdVisit, {
    description: 'One household visit you may read, by global id; NOT_FOUND otherwise.',
  })
  householdVisit(
    @Arg('id', () => ID, { description: 'Global id of the HouseholdVisit.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getVisit(ctx, id);
  }

  @Authorized(STATS_READERS)
  @Query(() => [VisitMonthStat], {
    description:
      'Household visits per community and month (China time) in your scope: visits, household files visited, ' +
      'findings. Counts only, no personal data.',
  })
  visitStats(@Args(() => VisitStatsArgs) args: VisitStatsArgs, @Ctx() ctx: RequestContext) {
    return visitStats(ctx, args);
  }

  @Authorized(CARE_STAFF)
  @Mutation(() => HouseholdVisitPayload, {
    description:
      'Record a household visit with its findings (入户走访): the grid worker of the micro-grid’s grid, or the ' +
      'community admin. A finding may name the household file it concerns.',
  })
  async householdVisitRecord(
    @Arg('input', () => HouseholdVisitRecordInput, { description: 'The visit.' })
    input: HouseholdVisitRecordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdVisitPayload> {
    return { visit: await householdVisitRecord(ctx, input) };
  }

  @Authorized(CARE_STAFF)
  @Mutation(() => VisitFindingPayload, {
    description: 'Link a visit finding to the household file it concerns (staff of both grids).',
  })
  async visitFindingLinkHousehold(
    @Arg('input', () => VisitFindingLinkHouseholdInput, { description: 'The finding and the file.' })
    input: VisitFindingLinkHouseholdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VisitFindingPayload> {
    return { finding: await visitFindingLinkHousehold(ctx, input) };
  }

  @Authorized(CARE_STAFF)
  @Mutation(() => VisitFindingPayload, {
    description:
      'Open a case (矛盾纠纷/诉求/隐患) from a visit finding, once (source VISIT; CONFLICT when it already has one): ' +
      'staff of the visit’s grid. The case lists the finding under visitFindings.',
  })
  async visitFindingOpenCase(
    @Arg('input', () => VisitFindingOpenCaseInput, { description: 'The finding and the case category.' })
    input: VisitFindingOpenCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VisitFindingPayload> {
    return { finding: await visitFindingOpenCase(ctx, input) };
  }

  @FieldResolver(() => Tenant, { description: 'The community (社区) of the visit.' })
  community(@Root() visit: HouseholdVisit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(tenantById).load(visit.tenant.id);
  }

  @FieldResolver(() => Grid, { description: 'The grid (网格) of the micro-grid visited.' })
  grid(@Root() visit: HouseholdVisit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(gridById).load(visit.grid.id);
  }

  @FieldResolver(() => MicroGrid, { description: 'The micro-grid (微网格) visited.' })
  microGrid(@Root() visit: HouseholdVisit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(microGridById).load(visit.microGrid.id);
  }

  @FieldResolver(() => HouseholdFile, {
    nullable: true,
    description: 'The household’s file (一户一档), if it has one.',
  })
  household(@Root() visit: HouseholdVisit, @Ctx() ctx: RequestContext) {
    return byId(ctx.loaders.get(householdFileById), visit.household);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The resident met (masked unless revealed).' })
  resident(@Root() visit: HouseholdVisit, @Ctx() ctx: RequestContext) {
    return byId(ctx.loaders.get(personById), visit.resident);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The grid worker who visited (masked unless revealed).',
  })
  visitor(@Root() visit: HouseholdVisit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(personById).load(visit.visitor.id);
  }

  @FieldResolver(() => [VisitFinding], { description: 'What the visit found, in the order recorded.' })
  findings(@Root() visit: HouseholdVisit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(findingsByVisitId).load(visit.id);
  }
}

@Resolver(() => VisitFinding)
export class VisitFindingResolver {
  @FieldResolver(() => HouseholdVisit, { nullable: true, description: 'The household visit that found it.' })
  visit(@Root() finding: VisitFinding, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(visitById).load(finding.visit.id);
  }

  @FieldResolver(() => HouseholdFile, {
    nullable: true,
    description: 'The household file it concerns, if linked.',
  })
  household(@Root() finding: VisitFinding, @Ctx() ctx: RequestContext) {
    return byId(ctx.loaders.get(householdFileById), finding.household);
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: 'The case (矛盾纠纷/诉求/隐患) it opened, if it did and you may read the case.',
  })
  case(@Root() finding: VisitFinding, @Ctx() ctx: RequestContext) {
    return byId(ctx.loaders.get(caseById), finding.case);
  }
}

/** The other way of the finding → case link, a field of the cases module's type. */
@Resolver(() => Case)
export class CaseVisitFindingsResolver {
  @Authorized(CARE_READERS)
  @FieldResolver(() => [VisitFinding], {
    description: 'Findings of household visits (走访发现) that opened this case or were linked to it.',
  })
  visitFindings(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(findingsByCaseId).load(c.id);
  }
}

/** The other way of the finding → file link, a field of the households module's type. */
@Resolver(() => HouseholdFile)
export class HouseholdFileVisitsResolver {
  @Authorized(CARE_READERS)
  @FieldResolver(() => [VisitFinding], {
    description: 'Findings of household visits (走访发现) linked to this file, oldest first.',
  })
  visitFindings(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(findingsByHouseholdId).load(file.id);
  }
}

@Resolver(() => VisitMonthStat)
export class VisitMonthStatResolver {
  @FieldResolver(() => Tenant, { description: 'The community (社区) counted.' })
  community(@Root() stat: VisitMonthStat, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(tenantById).load(stat.tenantId);
  }
}
