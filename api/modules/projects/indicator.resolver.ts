import { partnershipById, partnerUnitById } from '../partners/partners.loaders';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { LocalDate } from '../../core/graphql/scalars';
import { Partnership } from '../partners/partnership.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { SubProject } from './sub-project.entity';
import { SubProjectPartner } from './sub-project-links.entity';
import { IndicatorMeasurement, OutcomeIndicator } from './indicator.entity';
import { IndicatorMeasurementRecordInput, OutcomeIndicatorAddInput } from './sub-project.inputs';
import { indicatorById, measurementsByIndicatorId, subProjectById } from './projects.loaders';
import { PROJECT_WRITERS } from './projects.policy';
import { indicatorMeasurementRecord, outcomeIndicatorAdd } from './indicator.service';
import { IndicatorMeasurementRecordPayload, OutcomeIndicatorAddPayload } from './projects.types';

async function required<T>(row: T | null, what: string, id: string): Promise<T> {
  if (!row) throw notFound(what, id);
  return row;
}

@Resolver(() => OutcomeIndicator)
export class OutcomeIndicatorResolver {
  @Authorized(PROJECT_WRITERS)
  @Mutation(() => OutcomeIndicatorAddPayload, {
    description: 'Add an outcome indicator to a sub-project (same writers as the sub-project).',
  })
  async outcomeIndicatorAdd(
    @Arg('input', () => OutcomeIndicatorAddInput, { description: 'The new indicator.' })
    input: OutcomeIndicatorAddInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OutcomeIndicatorAddPayload> {
    return { indicator: await outcomeIndicatorAdd(ctx, input) };
  }

  @Authorized(PROJECT_WRITERS)
  @Mutation(() => IndicatorMeasurementRecordPayload, {
    description:
      'Record the cumulative total of an indicator as of a date (same writers as the sub-project). Appended: earlier measurements are kept as history.',
  })
  async indicatorMeasurementRecord(
    @Arg('input', () => IndicatorMeasurementRecordInput, { description: 'The measurement.' })
    input: IndicatorMeasurementRecordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorMeasurementRecordPayload> {
    return { measurement: await indicatorMeasurementRecord(ctx, input) };
  }

  @FieldResolver(() => SubProject, { description: 'The sub-project it measures.' })
  async subProject(@Root() indicator: OutcomeIndicator, @Ctx() ctx: RequestContext): Promise<SubProject> {
    const id = indicator.subProject.id;
    return required(await ctx.loaders.get(subProjectById).load(id), 'SubProject', id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Actual value (实际值): the latest measurement (by date, then by when recorded), a cumulative total; null before the first.',
  })
  async actual(@Root() indicator: OutcomeIndicator, @Ctx() ctx: RequestContext): Promise<number | null> {
    const history = await ctx.loaders.get(measurementsByIndicatorId).load(indicator.id);
    return history.at(-1)?.value ?? null;
  }

  @FieldResolver(() => LocalDate, { nullable: true, description: 'Date of the latest measurement.' })
  async actualOn(@Root() indicator: OutcomeIndicator, @Ctx() ctx: RequestContext): Promise<string | null> {
    const history = await ctx.loaders.get(measurementsByIndicatorId).load(indicator.id);
    return history.at(-1)?.measuredOn ?? null;
  }

  @FieldResolver(() => [IndicatorMeasurement], {
    description:
      'Every measurement, oldest first (by date, then by when recorded): the history, never overwritten.',
  })
  measurements(
    @Root() indicator: OutcomeIndicator,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorMeasurement[]> {
    return ctx.loaders.get(measurementsByIndicatorId).load(indicator.id);
  }
}

@Resolver(() => IndicatorMeasurement)
export class IndicatorMeasurementResolver {
  @FieldResolver(() => OutcomeIndicator, { description: 'The indicator measured.' })
  async indicator(@Root() m: IndicatorMeasurement, @Ctx() ctx: RequestContext): Promise<OutcomeIndicator> {
    return required(
      await ctx.loaders.get(indicatorById).load(m.indicator.id),
      'OutcomeIndicator',
      m.indicator.id,
    );
  }
}

@Resolver(() => SubProjectPartner)
export class SubProjectPartnerResolver {
  @FieldResolver(() => Partnership, {
    description: 'The partnership (共建协议) through which the partner joins.',
  })
  async partnership(@Root() link: SubProjectPartner, @Ctx() ctx: RequestContext): Promise<Partnership> {
    const id = link.partnership.id;
    return required(await ctx.loaders.get(partnershipById).load(id), 'Partnership', id);
  }

  @FieldResolver(() => PartnerUnit, {
    description: 'The partner unit (共建单位), e.g. a bank or a law firm.',
  })
  async partnerUnit(@Root() link: SubProjectPartner, @Ctx() ctx: RequestContext): Promise<PartnerUnit> {
    const partnership = await this.partnership(link, ctx);
    const id = partnership.partnerUnit.id;
    return required(await ctx.loaders.get(partnerUnitById).load(id), 'PartnerUnit', id);
  }
}
