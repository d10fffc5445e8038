import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { Person } from '../organisation/person.entity';
import { personById } from '../organisation/organisation.loaders';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { partnerUnitById } from '../partners/partners.loaders';
import { HouseholdFile } from '../households/household-file.entity';
import { Case } from '../cases/case.entity';
import { Meeting } from './meeting.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import { MeetingDecision } from './meeting-decision.entity';
import { MeetingDecisionLink } from './meeting-decision-link.entity';
import {
  decisionById,
  linksByCaseId,
  linksByDecisionId,
  linksByHouseholdFileId,
  meetingById,
  readableCaseById,
  readableFileById,
} from './meeting.loaders';
import { MEETING_STAFF_READERS, readsOrganisation } from './meeting.policy';
import { MeetingTenantStats } from './meeting.types';

const required = <T>(row: T | null, what: string, id: string): T => {
  if (!row) throw notFound(what, id);
  return row;
};

@Resolver(() => MeetingAttendee)
export class MeetingAttendeeResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description:
      'The person attending, masked unless revealed; null for a partner unit, and for partner readers.',
  })
  person(@Root() a: MeetingAttendee, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    if (!a.person || !readsOrganisation(ctx.principal)) return null;
    return ctx.loaders.get(personById).load(a.person.id);
  }

  @FieldResolver(() => PartnerUnit, {
    nullable: true,
    description: 'The partner unit attending (共建单位), if it is one.',
  })
  partnerUnit(@Root() a: MeetingAttendee, @Ctx() ctx: RequestContext): Promise<PartnerUnit | null> | null {
    return a.partnerUnit ? ctx.loaders.get(partnerUnitById).load(a.partnerUnit.id) : null;
  }
}

@Resolver(() => MeetingDecision)
export class MeetingDecisionResolver {
  @FieldResolver(() => Meeting, { description: 'The meeting that decided it.' })
  async meeting(@Root() d: MeetingDecision, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return required(await ctx.loaders.get(meetingById).load(d.meeting.id), 'Meeting', d.meeting.id);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      'Who is responsible (责任人), masked unless revealed; null when not named, and for partners.',
  })
  responsible(@Root() d: MeetingDecision, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    if (!d.responsible || !readsOrganisation(ctx.principal)) return null;
    return ctx.loaders.get(personById).load(d.responsible.id);
  }

  @FieldResolver(() => [MeetingDecisionLink], {
    description: 'What it acts on: links to cases and household files of the meeting’s tenant.',
  })
  links(@Root() d: MeetingDecision, @Ctx() ctx: RequestContext): Promise<MeetingDecisionLink[]> {
    return ctx.loaders.get(linksByDecisionId).load(d.id);
  }
}

@Resolver(() => MeetingDecisionLink)
export class MeetingDecisionLinkResolver {
  @FieldResolver(() => MeetingDecision, { description: 'The decision.' })
  async decision(@Root() l: MeetingDecisionLink, @Ctx() ctx: RequestContext): Promise<MeetingDecision> {
    return required(
      await ctx.loaders.get(decisionById).load(l.decision.id),
      'MeetingDecision',
      l.decision.id,
    );
  }

  @FieldResolver(() => HouseholdFile, {
    nullable: true,
    description:
      'The household file (一户一档) it acts on, when you may read that file (its community’s staff, the grid worker of its grid, the street and district masked); null otherwise.',
  })
  householdFile(
    @Root() l: MeetingDecisionLink,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdFile | null> | null {
    return l.householdFile ? readableFileById(ctx).load(l.householdFile.id) : null;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description:
      'The case (矛盾纠纷/诉求/隐患) it acts on, when you may read that case (its community’s staff, the grid worker of its grid, the street once escalated, the district); null otherwise.',
  })
  case(@Root() l: MeetingDecisionLink, @Ctx() ctx: RequestContext): Promise<Case | null> | null {
    return l.case ? readableCaseById(ctx).load(l.case.id) : null;
  }
}

@Resolver(() => MeetingTenantStats)
export class MeetingTenantStatsResolver {
  @FieldResolver(() => Tenant, { description: 'The owning community or street.' })
  async tenant(@Root() s: MeetingTenantStats, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return required(await ctx.loaders.get(tenantById).load(s.tenantId), 'Tenant', s.tenantId);
  }
}

/** The decisions behind `links`, in link order (one batch for every parent of the level). */
async function decisionsOf(ctx: RequestContext, links: MeetingDecisionLink[]): Promise<MeetingDecision[]> {
  const decisions = await ctx.loaders.get(decisionById).loadMany(links.map((l) => l.decision.id));
  return decisions.filter((d): d is MeetingDecision => !!d && !(d instanceof Error));
}

/** Links read both ways: a household file lists the decisions that act on it. */
@Resolver(() => HouseholdFile)
export class HouseholdFileMeetingsResolver {
  @Authorized(MEETING_STAFF_READERS)
  @FieldResolver(() => [MeetingDecision], {
    description: 'Decisions of meetings (议定事项) that act on this household, oldest first.',
  })
  async meetingDecisions(
    @Root() file: HouseholdFile,
    @Ctx() ctx: RequestContext,
  ): Promise<MeetingDecision[]> {
    return decisionsOf(ctx, await ctx.loaders.get(linksByHouseholdFileId).load(file.id));
  }
}

/** Links read both ways: a case lists the decisions that act on it. */
@Resolver(() => Case)
export class CaseMeetingsResolver {
  @Authorized(MEETING_STAFF_READERS)
  @FieldResolver(() => [MeetingDecision], {
    description: 'Decisions of meetings (议定事项) that act on this case, oldest first.',
  })
  async meetingDecisions(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<MeetingDecision[]> {
    return decisionsOf(ctx, await ctx.loaders.get(linksByCaseId).load(c.id));
  }
}
