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
import { tenantById } from '../tenants/tenant.loaders';
import { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { gridById, microGridById, personById } from '../organisation/organisation.loaders';
import { HouseholdFile } from '../households/household-file.entity';
import { CareSettings, CareSubject } from './care-subject.entity';
import { CareAlert, CareAlertEvent, CareCheckIn } from './care-alert.entity';
import { CareAlertAction } from './care.enums';
import {
  CareAlertAcknowledgeInput,
  CareAlertCloseInput,
  CareAlertListArgs,
  CareCheckInListArgs,
  CareCheckInRecordInput,
  CareSettingsUpdateInput,
  CareSubjectEnrolInput,
  CareSubjectListArgs,
  CareSubjectUpdateInput,
} from './care.inputs';
import {
  careSubjectById,
  eventsByAlertId,
  householdFileById,
  lastCheckInBySubjectId,
  openAlertsBySubjectId,
} from './care.loaders';
import { CARE_ADMINS, CARE_READERS, CARE_STAFF, CHECK_IN_RECORDERS, staffRoleFor } from './care.policy';
import {
  careAlertAcknowledge,
  careAlertClose,
  careCheckInRecord,
  careSettingsUpdate,
  careSubjectEnrol,
  careSubjectUpdate,
  getAlert,
  getSettings,
  getSubject,
  listAlerts,
  listCheckIns,
  listSubjects,
} from './care.service';
import {
  CareAlertConnection,
  CareAlertPayload,
  CareCheckInConnection,
  CareCheckInPayload,
  CareSettingsPayload,
  CareSubjectConnection,
  CareSubjectPayload,
} from './care.types';
import { staffActionsFrom } from './care.workflow';

/** The daily greeting (每日一问候): enrolled people, settings and check-ins. */
@Resolver(() => CareSubject)
export class CareSubjectResolver {
  @Authorized(CARE_READERS)
  @Query(() => CareSubjectConnection, {
    description:
      'People enrolled in the daily greeting (每日一问候) you may read, oldest first: a grid worker those of its ' +
      'grids, a community admin its community’s, street and district their subtree’s (masked).',
  })
  careSubjects(@Args(() => CareSubjectListArgs) args: CareSubjectListArgs, @Ctx() ctx: RequestContext) {
    return listSubjects(ctx, args);
  }

  @Authorized(CARE_READERS)
  @Query(() => CareSubject, { description: 'One enrolment you may read, by global id; NOT_FOUND otherwise.' })
  careSubject(
    @Arg('id', () => ID, { description: 'Global id of the CareSubject.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getSubject(ctx, id);
  }

  @Authorized(CARE_READERS)
  @Query(() => CareCheckInConnection, { description: 'Check-ins of one enrolled person, oldest first.' })
  careCheckIns(@Args(() => CareCheckInListArgs) args: CareCheckInListArgs, @Ctx() ctx: RequestContext) {
    return listCheckIns(ctx, args);
  }

  @Authorized(CARE_READERS)
  @Query(() => CareSettings, {
    description: 'The daily-greeting settings of a community (the defaults when never changed).',
  })
  careSettings(
    @Arg('communityId', () => ID, {
      nullable: true,
      description: 'Global id of the community (Tenant); default: your own.',
    })
    communityId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return getSettings(ctx, communityId ?? undefined);
  }

  @Authorized(CARE_STAFF)
  @Mutation(() => CareSubjectPayload, {
    description:
      'Enrol a person in the daily greeting (每日一问候): the grid worker of the micro-grid’s grid, or the ' +
      'community admin. The first check-in is due at the next checkInBy (China time).',
  })
  async careSubjectEnrol(
    @Arg('input', () => CareSubjectEnrolInput, { description: 'The enrolment.' })
    input: CareSubjectEnrolInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CareSubjectPayload> {
    return { subject: await careSubjectEnrol(ctx, input) };
  }

  @Authorized(CARE_STAFF)
  @Mutation(() => CareSubjectPayload, {
    description: 'Change an enrolment (time, worker, window, end date).',
  })
  async careSubjectUpdate(
    @Arg('input', () => CareSubjectUpdateInput, { description: 'The enrolment and its changes.' })
    input: CareSubjectUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CareSubjectPayload> {
    return { subject: await careSubjectUpdate(ctx, input) };
  }

  @Authorized(CARE_ADMINS)
  @Mutation(() => CareSettingsPayload, { description: 'Change your community’s daily-greeting defaults.' })
  async careSettingsUpdate(
    @Arg('input', () => CareSettingsUpdateInput, { description: 'The changes.' })
    input: CareSettingsUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CareSettingsPayload> {
    return { settings: await careSettingsUpdate(ctx, input) };
  }

  @Authorized(CHECK_IN_RECORDERS)
  @Mutation(() => CareCheckInPayload, {
    description:
      'Record today’s check-in (China date): a device of the person’s community (智能门铃) records DOORBELL; the ' +
      'grid worker or community admin records PHONE or VISIT, which also closes the day’s open alert as SAFE.',
  })
  careCheckInRecord(
    @Arg('input', () => CareCheckInRecordInput, { description: 'The check-in.' })
    input: CareCheckInRecordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CareCheckInPayload> {
    return careCheckInRecord(ctx, input);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person enrolled (masked unless revealed).',
  })
  person(@Root() subject: CareSubject, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(personById).load(subject.person.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The responsible grid worker (责任网格员).' })
  responsibleWorker(@Root() subject: CareSubject, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(personById).load(subject.responsibleWorker.id);
  }

  @FieldResolver(() => Tenant, { description: 'The community (社区).' })
  community(@Root() subject: CareSubject, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(tenantById).load(subject.tenant.id);
  }

  @FieldResolver(() => Grid, { description: 'The grid (网格).' })
  grid(@Root() subject: CareSubject, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(gridById).load(subject.grid.id);
  }

  @FieldResolver(() => MicroGrid, { description: 'The micro-grid (微网格) the person lives in.' })
  microGrid(@Root() subject: CareSubject, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(microGridById).load(subject.microGrid.id);
  }

  @FieldResolver(() => HouseholdFile, { nullable: true, description: 'The person’s household file, if any.' })
  household(@Root() subject: CareSubject, @Ctx() ctx: RequestContext) {
    return subject.household ? ctx.loaders.get(householdFileById).load(subject.household.id) : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Own escalation window in minutes; null when the community setting applies.',
  })
  ackWindowMinutes(@Root() subject: CareSubject): number | null {
    return subject.ackWindowMinutes ?? null;
  }

  @FieldResolver(() => CareCheckIn, { nullable: true, description: 'The latest check-in, if any.' })
  lastCheckIn(@Root() subject: CareSubject, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(lastCheckInBySubjectId).load(subject.id);
  }

  @FieldResolver(() => [CareAlert], { description: 'Alerts not yet closed, oldest first.' })
  openAlerts(@Root() subject: CareSubject, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(openAlertsBySubjectId).load(subject.id);
  }
}

/** Care alerts (关爱预警): lists, follow-up steps and fields. */
@Resolver(() => CareAlert)
export class CareAlertResolver {
  @Authorized(CARE_READERS)
  @Query(() => CareAlertConnection, {
    description:
      'Care alerts (关爱预警) you may read, oldest first: a grid worker its grids’, a community admin its ' +
      'community’s, a street admin or integrator its subtree’s.',
  })
  careAlerts(@Args(() => CareAlertListArgs) args: CareAlertListArgs, @Ctx() ctx: RequestContext) {
    return listAlerts(ctx, args);
  }

  @Authorized(CARE_READERS)
  @Query(() => CareAlert, { description: 'One care alert you may read, by global id; NOT_FOUND otherwise.' })
  careAlert(
    @Arg('id', () => ID, { description: 'Global id of the CareAlert.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getAlert(ctx, id);
  }

  @Authorized(CARE_STAFF)
  @Mutation(() => CareAlertPayload, {
    description:
      'Acknowledge a RAISED or ESCALATED alert (响应): the grid worker of its grid or the community admin.',
  })
  careAlertAcknowledge(
    @Arg('input', () => CareAlertAcknowledgeInput, { description: 'The alert and a note.' })
    input: CareAlertAcknowledgeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CareAlertPayload> {
    return careAlertAcknowledge(ctx, input);
  }

  @Authorized(CARE_STAFF)
  @Mutation(() => CareAlertPayload, {
    description:
      'Close an alert with what was found (办结): the grid worker of its grid or the community admin.',
  })
  careAlertClose(
    @Arg('input', () => CareAlertCloseInput, { description: 'The alert and the outcome.' })
    input: CareAlertCloseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CareAlertPayload> {
    return careAlertClose(ctx, input);
  }

  @FieldResolver(() => CareSubject, { nullable: true, description: 'The enrolled person’s enrolment.' })
  subject(@Root() alert: CareAlert, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(careSubjectById).load(alert.subject.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The grid worker it is assigned to.' })
  assignedWorker(@Root() alert: CareAlert, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(personById).load(alert.assignedWorker.id);
  }

  @FieldResolver(() => Tenant, { description: 'The community (社区).' })
  community(@Root() alert: CareAlert, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(tenantById).load(alert.tenant.id);
  }

  @FieldResolver(() => Grid, { description: 'The grid (网格).' })
  grid(@Root() alert: CareAlert, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(gridById).load(alert.grid.id);
  }

  @FieldResolver(() => [CareAlertEvent], { description: 'The alert’s history, in the order it happened.' })
  events(@Root() alert: CareAlert, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(eventsByAlertId).load(alert.id);
  }

  @FieldResolver(() => [CareAlertAction], { description: 'The steps you may take on this alert now.' })
  availableActions(@Root() alert: CareAlert, @Ctx() ctx: RequestContext): CareAlertAction[] {
    return ctx.principal && staffRoleFor(ctx.principal, alert) ? staffActionsFrom(alert.status) : [];
  }
}
