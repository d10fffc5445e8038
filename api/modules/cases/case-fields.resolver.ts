import { Authorized, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../app/context';
import { PersonalDataKind } from '../../core/privacy/masking';
import { protect } from '../../core/privacy/sensitive';
import { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { gridById, microGridById, personById } from '../organisation/organisation.loaders';
import { PEOPLE_READERS } from '../organisation/organisation.policy';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { partnerUnitById } from '../partners/partners.loaders';
import { Team } from '../teams/team.entity';
import { teamById } from '../teams/team.loaders';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { Case } from './case.entity';
import { CaseAttachment } from './case-attachment.entity';
import { CaseDeadlinePolicy } from './case-deadline-policy.entity';
import { CaseEvent } from './case-event.entity';
import { CaseMediationSession } from './case-mediation.entity';
import { OPEN_CASE_STATUSES } from './case.enums';
import {
  attachmentsByCaseId,
  attendeesBySessionId,
  eventsByCaseId,
  mediationSessionsByCaseId,
} from './case.loaders';
import { PERSONAL_ACTOR_ROLES } from './case.policy';
import { CaseStatsRow } from './case.types';

const tenantOf = (ctx: RequestContext, id: string) => ctx.loaders.get(tenantById).load(id);

/** Fields of a case read through loaders or derived (no N+1). */
@Resolver(() => Case)
export class CaseFieldsResolver {
  @FieldResolver(() => Tenant, { description: 'The community (社区) that owns the case at every level.' })
  async community(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return (await tenantOf(ctx, c.tenant.id))!;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the case is open and past its level’s deadline now (超期), by the platform clock.',
  })
  overdue(@Root() c: Case, @Ctx() ctx: RequestContext): boolean {
    return OPEN_CASE_STATUSES.includes(c.status) && c.deadlineAt < ctx.config.clock.now();
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'The grid (网格) of the spot, if known.' })
  grid(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return c.grid ? ctx.loaders.get(gridById).load(c.grid.id) : null;
  }

  @FieldResolver(() => MicroGrid, {
    nullable: true,
    description: 'The micro-grid (微网格) of the spot, if known.',
  })
  microGrid(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return c.microGrid ? ctx.loaders.get(microGridById).load(c.microGrid.id) : null;
  }

  @Authorized(PEOPLE_READERS)
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person the case is assigned to (staff and integrators; masked unless revealed).',
  })
  assigneePerson(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return c.assigneePerson ? ctx.loaders.get(personById).load(c.assigneePerson.id) : null;
  }

  @FieldResolver(() => Team, {
    nullable: true,
    description: 'The team the case is assigned to, e.g. 调解千千结.',
  })
  assigneeTeam(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return c.assigneeTeam ? ctx.loaders.get(teamById).load(c.assigneeTeam.id) : null;
  }

  @FieldResolver(() => PartnerUnit, {
    nullable: true,
    description: 'The partner unit the case is assigned to, e.g. a law firm.',
  })
  assigneePartnerUnit(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return c.assigneePartnerUnit ? ctx.loaders.get(partnerUnitById).load(c.assigneePartnerUnit.id) : null;
  }

  @FieldResolver(() => [CaseEvent], {
    description: 'The timeline (案件记录), append-only, in the order it happened.',
  })
  timeline(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseEvent[]> {
    return ctx.loaders.get(eventsByCaseId).load(c.id);
  }

  @FieldResolver(() => [CaseAttachment], { description: 'Photos (附件), by reference, oldest first.' })
  attachments(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseAttachment[]> {
    return ctx.loaders.get(attachmentsByCaseId).load(c.id);
  }

  @FieldResolver(() => [CaseMediationSession], { description: 'Mediation sessions (调解), in order.' })
  mediationSessions(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseMediationSession[]> {
    return ctx.loaders.get(mediationSessionsByCaseId).load(c.id);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => String, {
    description:
      'Who took the step: a staff, integrator or probe key’s name, 平台 for the platform; a resident’s is masked unless revealed.',
  })
  actorName(@Root() e: CaseEvent, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): string {
    if (!PERSONAL_ACTOR_ROLES.includes(e.actorRole)) return e.actorName;
    return protect(PersonalDataKind.NAME, e.actorName, e, ctx, info) as string;
  }

  @FieldResolver(() => Boolean, {
    description: 'For an escalation: whether the platform did it because the deadline passed (超期自动上报).',
  })
  automatic(@Root() e: CaseEvent): boolean {
    return e.details?.automatic === true;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'For a closing or a reopening: the satisfaction rating given (1–5).',
  })
  satisfaction(@Root() e: CaseEvent): number | null {
    const v = e.details?.satisfaction;
    return typeof v === 'number' ? v : null;
  }
}

@Resolver(() => CaseMediationSession)
export class CaseMediationSessionResolver {
  @Authorized(PEOPLE_READERS)
  @FieldResolver(() => [Person], { description: 'People who attended (masked unless revealed).' })
  async attendees(@Root() s: CaseMediationSession, @Ctx() ctx: RequestContext): Promise<Person[]> {
    const rows = await ctx.loaders.get(attendeesBySessionId).load(s.id);
    const people = await ctx.loaders
      .get(personById)
      .loadMany(rows.filter((r) => r.person).map((r) => r.person!.id));
    return people.filter((p): p is Person => !!p && !(p instanceof Error));
  }

  @FieldResolver(() => [PartnerUnit], { description: 'Partner units that attended, e.g. a law firm.' })
  async partnerUnits(@Root() s: CaseMediationSession, @Ctx() ctx: RequestContext): Promise<PartnerUnit[]> {
    const rows = await ctx.loaders.get(attendeesBySessionId).load(s.id);
    const units = await ctx.loaders
      .get(partnerUnitById)
      .loadMany(rows.filter((r) => r.partnerUnit).map((r) => r.partnerUnit!.id));
    return units.filter((u): u is PartnerUnit => !!u && !(u instanceof Error));
  }
}

@Resolver(() => CaseStatsRow)
export class CaseStatsRowResolver {
  @FieldResolver(() => Tenant, { description: 'The community the counted cases belong to.' })
  async tenant(@Root() row: CaseStatsRow, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return (await tenantOf(ctx, row.tenantId))!;
  }
}

@Resolver(() => CaseDeadlinePolicy)
export class CaseDeadlinePolicyResolver {
  @FieldResolver(() => Tenant, { description: 'The community the limit applies to.' })
  async community(@Root() row: CaseDeadlinePolicy, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return (await tenantOf(ctx, row.tenant.id))!;
  }
}
