import { ref } from '@mikro-orm/core';
import type { RequestContext } from '../../app/context';
import { unauthenticated } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { loadInScope } from '../organisation/organisation.service';
import { assertNotFuture } from '../organisation/organisation.policy';
import { SubProject } from './sub-project.entity';
import { IndicatorMeasurement, OutcomeIndicator } from './indicator.entity';
import type { IndicatorMeasurementRecordInput, OutcomeIndicatorAddInput } from './sub-project.inputs';
import { assertCanWrite } from './projects.policy';

export async function outcomeIndicatorAdd(
  ctx: RequestContext,
  input: OutcomeIndicatorAddInput,
): Promise<OutcomeIndicator> {
  const subProject = await loadInScope(ctx, SubProject, input.subProjectId, 'subProjectId');
  await assertCanWrite(ctx, subProject.tenant.id);
  const indicator = ctx.em.create(OutcomeIndicator, {
    tenant: ref(Tenant, subProject.tenant.id),
    subProject,
    name: input.name,
    unit: input.unit,
    target: input.target ?? undefined,
  });
  await ctx.em.flush();
  return indicator;
}

/** Appends a measurement; earlier ones stay as the indicator's history (the table is append-only). */
export async function indicatorMeasurementRecord(
  ctx: RequestContext,
  input: IndicatorMeasurementRecordInput,
): Promise<IndicatorMeasurement> {
  const principal = ctx.principal;
  if (!principal) throw unauthenticated();
  const indicator = await loadInScope(ctx, OutcomeIndicator, input.indicatorId, 'indicatorId');
  await assertCanWrite(ctx, indicator.tenant.id);
  assertNotFuture('measuredOn', input.measuredOn);
  const measurement = ctx.em.create(IndicatorMeasurement, {
    tenant: ref(Tenant, indicator.tenant.id),
    indicator,
    value: input.value,
    measuredOn: input.measuredOn,
    note: input.note ?? undefined,
    recordedById: principal.id,
    recordedByName: principal.name.slice(0, 100),
  });
  await ctx.em.flush();
  return measurement;
}
