import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { toGlobalId } from '../../core/graphql/global-id';
import { LocalDate } from '../../core/graphql/scalars';
import { PersonalDataKind } from '../../core/privacy/masking';
import { RevealPurpose } from '../../core/privacy/reveal-purpose.enum';
import { communityFilter } from '../organisation/organisation.policy';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { partnerUnitById } from '../partners/partners.loaders';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { HouseholdFile } from '../households/household-file.entity';
import { WITHHELD_TEXT } from '../households/household-file.entity';
import { FILE_READERS } from '../households/household.policy';
import { Adoption } from './adoption.entity';
import { Pledge } from './pledge.entity';
import { SupportRecord } from './support-record.entity';
import { SupportFollowUp } from './support-follow-up.entity';
import {
  AdoptionEndInput,
  AdoptionListArgs,
  HouseholdAdoptInput,
  SupportRecordCreateInput,
} from './adoption.inputs';
import {
  adoptionsByHouseholdId,
  householdFileById,
  pledgeById,
  pledgesByAdoptionId,
  summariesBy,
  supportByAdoptionId,
  supportByHouseholdId,
  supportByPledgeId,
  supportRecordById,
  supportRecordsByPledgeId,
} from './adoption.loaders';
import {
  ADOPTERS,
  ADOPTION_ENDERS,
  ADOPTION_READERS,
  partnerUnitOf,
  principalOf,
  SUMMARY_READERS,
  SUPPORT_RECORDERS,
} from './adoption.policy';
import { adoptionEnd, householdAdopt, listAdoptions, supportRecordCreate } from './adoption.service';
import {
  AdoptedHousehold,
  AdoptedHouseholdMember,
  AdoptionConnection,
  AdoptionPayload,
  SupportRecordPayload,
  SupportSummary,
  TenantSupportSummary,
} from './adoption.types';
import { adoptedView, headOf, membersOf, shown } from './adopted-household.view';
import { scheduleOf, type SummaryShape } from './support-summary';
import { chinaToday } from '../organisation/organisation.policy';

const required = <T>(row: T | null | undefined, what: string, id: string): T => {
  if (!row) throw notFound(what, id);
  return row;
};

/** The GraphQL shape of a summary (global pledge ids, the overdue count). */
export const toSummary = (s: SummaryShape): SupportSummary =>
  Object.assign(new SupportSummary(), {
    ...s,
    overdue: s.overdue.map((o) => ({ pledgeId: toGlobalId('Pledge', o.pledgeId), dueOn: o.dueOn })),
    overdueCount: s.overdue.length,
  });

@Resolver(() => Adoption)
export class AdoptionResolver {
  @Authorized(ADOPTERS)
  @Mutation(() => AdoptionPayload, {
    description:
      'Adopt a household published for adoption (认领) in a community your unit partners with, with one or more ' +
      'pledges. Two partners at once: one succeeds, the other gets CONFLICT. Not PUBLISHED: INVALID_TRANSITION ' +
      '(extensions.state); already adopted: CONFLICT; not in a partnered community: NOT_FOUND.',
  })
  householdAdopt(
    @Arg('input', () => HouseholdAdoptInput, { description: 'The household and the pledges.' })
    input: HouseholdAdoptInput,
    @Ctx() ctx: RequestContext,
  ) {
    return householdAdopt(ctx, input);
  }

  @Authorized(ADOPTION_ENDERS)
  @Mutation(() => AdoptionPayload, {
    description:
      'End an adoption (解除认领): the adopting partner or the community admin; the household is PUBLISHED ' +
      'again and the partner’s full view of it ends.',
  })
  adoptionEnd(
    @Arg('input', () => AdoptionEndInput, { description: 'The adoption and why it ends.' })
    input: AdoptionEndInput,
    @Ctx() ctx: RequestContext,
  ) {
    return adoptionEnd(ctx, input);
  }

  @Authorized(SUPPORT_RECORDERS)
  @Mutation(() => SupportRecordPayload, {
    description:
      'Record a delivery on a pledge (帮扶记录): the adopting partner or the community staff, while the adoption ' +
      'is ACTIVE. The first one moves the household to SUPPORT_UNDER_WAY (开始帮扶).',
  })
  supportRecordCreate(
    @Arg('input', () => SupportRecordCreateInput, { description: 'The delivery.' })
    input: SupportRecordCreateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return supportRecordCreate(ctx, input);
  }

  @Authorized(ADOPTION_READERS)
  @Query(() => AdoptionConnection, {
    description:
      'Adoptions you may read, oldest first: a partner its own unit’s; community staff their community’s; a ' +
      'street admin or integrator their subtree’s.',
  })
  adoptions(@Args(() => AdoptionListArgs) args: AdoptionListArgs, @Ctx() ctx: RequestContext) {
    return listAdoptions(ctx, args);
  }

  @Authorized(ADOPTERS)
  @Query(() => SupportSummary, {
    description: 'Pledged against delivered over all your unit’s adoptions (ended ones up to their end).',
  })
  async mySupportSummary(@Ctx() ctx: RequestContext): Promise<SupportSummary> {
    const [summary] = await summariesBy(ctx.em, 'partnerUnit', [partnerUnitOf(ctx)]);
    return toSummary(summary);
  }

  @Authorized(SUMMARY_READERS)
  @Query(() => [TenantSupportSummary], {
    description:
      'Pledged against delivered per community of your subtree (or one community); communities with no pledge ' +
      'are left out.',
  })
  async supportSummary(
    @Arg('communityId', () => ID, {
      nullable: true,
      description: 'Only this community (a Tenant in your scope).',
    })
    communityId: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<TenantSupportSummary[]> {
    const community = communityFilter(ctx, communityId ?? undefined);
    const ids = community ? [community] : principalOf(ctx).tenantIds;
    const summaries = await summariesBy(ctx.em, 'tenant', ids);
    return ids
      .map((tenantId, i) =>
        Object.assign(new TenantSupportSummary(), { tenantId, summary: toSummary(summaries[i]) }),
      )
      .filter((t) => t.summary.pledgeCount > 0);
  }

  @FieldResolver(() => ID, { description: 'Global id of the adopted HouseholdFile.' })
  householdId(@Root() adoption: Adoption): string {
    return toGlobalId('HouseholdFile', adoption.household.id);
  }

  @FieldResolver(() => AdoptedHousehold, {
    description:
      'The household as the adopting partner sees it: in full (audited) with a purpose while the adoption is ' +
      'ACTIVE; masked otherwise.',
  })
  async household(
    @Root() adoption: Adoption,
    @Arg('purpose', () => RevealPurpose, {
      nullable: true,
      description:
        'Why you need the personal data (e.g. CARE_SERVICE): every plain value is then audited. Without it ' +
        '(and without @reveal for community staff) names, phone and address are masked and the situation null.',
    })
    purpose: RevealPurpose | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<AdoptedHousehold> {
    const id = adoption.household.id;
    const file = required(await ctx.loaders.get(householdFileById).load(id), 'HouseholdFile', id);
    return adoptedView(file, purpose ?? ctx.revealPurpose);
  }

  @FieldResolver(() => PartnerUnit, { description: 'The adopting partner unit (共建单位).' })
  async partnerUnit(@Root() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<PartnerUnit> {
    const id = adoption.partnerUnit.id;
    return required(await ctx.loaders.get(partnerUnitById).load(id), 'PartnerUnit', id);
  }

  @FieldResolver(() => Tenant, { description: 'The household’s community.' })
  async community(@Root() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return required(await ctx.loaders.get(tenantById).load(adoption.tenant.id), 'Tenant', adoption.tenant.id);
  }

  @FieldResolver(() => [Pledge], { description: 'The pledges (认捐), in the order made.' })
  pledges(@Root() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<Pledge[]> {
    return ctx.loaders.get(pledgesByAdoptionId).load(adoption.id);
  }

  @FieldResolver(() => SupportSummary, { description: 'Pledged against delivered for this adoption.' })
  async support(@Root() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<SupportSummary> {
    return toSummary(await ctx.loaders.get(supportByAdoptionId).load(adoption.id));
  }
}

@Resolver(() => AdoptedHousehold)
export class AdoptedHouseholdResolver {
  @FieldResolver(() => Tenant, { description: 'The community.' })
  async community(@Root() view: AdoptedHousehold, @Ctx() ctx: RequestContext): Promise<Tenant> {
    const id = view.file.tenant.id;
    return required(await ctx.loaders.get(tenantById).load(id), 'Tenant', id);
  }

  @FieldResolver(() => String, { description: 'The head’s name (户主): plain under @reveal, else 徐**.' })
  async headName(@Root() view: AdoptedHousehold, @Ctx() ctx: RequestContext): Promise<string> {
    const head = await headOf(ctx, view.file);
    if (!head) return '*';
    return (await shown(ctx, view, PersonalDataKind.NAME, head.name, subject(head, 'name'))) as string;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The head’s phone: plain under @reveal, else masked.',
  })
  async headPhone(@Root() view: AdoptedHousehold, @Ctx() ctx: RequestContext): Promise<string | null> {
    const head = await headOf(ctx, view.file);
    return head ? shown(ctx, view, PersonalDataKind.PHONE, head.phone, subject(head, 'phone')) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The address (住址): plain under @reveal, else masked.',
  })
  async address(@Root() view: AdoptedHousehold, @Ctx() ctx: RequestContext): Promise<string | null> {
    const head = await headOf(ctx, view.file);
    return head ? shown(ctx, view, PersonalDataKind.ADDRESS, head.address, subject(head, 'address')) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The household’s situation (家庭情况): plain under @reveal, else null.',
  })
  situation(@Root() view: AdoptedHousehold, @Ctx() ctx: RequestContext): Promise<string | null> {
    const f = view.file;
    return shown(ctx, view, WITHHELD_TEXT, f.situation, {
      entityType: 'HouseholdFile',
      entityId: f.id,
      field: 'situation',
      personId: f.head.id,
    });
  }

  @FieldResolver(() => [AdoptedHouseholdMember], { description: 'The members, the head first.' })
  members(@Root() view: AdoptedHousehold, @Ctx() ctx: RequestContext): Promise<AdoptedHouseholdMember[]> {
    return membersOf(ctx, view);
  }
}

const subject = (person: { id: string }, field: string) => ({
  entityType: 'Person',
  entityId: person.id,
  field,
  personId: person.id,
});

@Resolver(() => Pledge)
export class PledgeResolver {
  @FieldResolver(() => [LocalDate], {
    description: 'Due dates computed by the platform (an open-ended service: up to today).',
  })
  dueDates(@Root() pledge: Pledge): string[] {
    return scheduleOf(
      {
        kind: pledge.kind,
        frequency: pledge.frequency ?? null,
        startsOn: String(pledge.startsOn).slice(0, 10),
        endsOn: pledge.endsOn ? String(pledge.endsOn).slice(0, 10) : null,
        dueOn: pledge.dueOn ? String(pledge.dueOn).slice(0, 10) : null,
        endedOn: null,
      } as never,
      chinaToday(),
    );
  }

  @FieldResolver(() => Boolean, { description: 'Whether it runs until a child of the household turns 18.' })
  untilAge18(@Root() pledge: Pledge): boolean {
    return !!pledge.untilPerson;
  }

  @FieldResolver(() => ID, { description: 'Global id of the Adoption.' })
  adoptionId(@Root() pledge: Pledge): string {
    return toGlobalId('Adoption', pledge.adoption.id);
  }

  @FieldResolver(() => SupportSummary, { description: 'Pledged against delivered for this pledge.' })
  async support(@Root() pledge: Pledge, @Ctx() ctx: RequestContext): Promise<SupportSummary> {
    return toSummary(await ctx.loaders.get(supportByPledgeId).load(pledge.id));
  }

  @FieldResolver(() => [SupportRecord], { description: 'Deliveries on it, by delivery date.' })
  supportRecords(@Root() pledge: Pledge, @Ctx() ctx: RequestContext): Promise<SupportRecord[]> {
    return ctx.loaders.get(supportRecordsByPledgeId).load(pledge.id);
  }
}

@Resolver(() => SupportRecord)
export class SupportRecordResolver {
  @FieldResolver(() => Pledge, { description: 'The pledge it delivers on.' })
  async pledge(@Root() record: SupportRecord, @Ctx() ctx: RequestContext): Promise<Pledge> {
    return required(await ctx.loaders.get(pledgeById).load(record.pledge.id), 'Pledge', record.pledge.id);
  }
}

@Resolver(() => SupportFollowUp)
export class SupportFollowUpFieldsResolver {
  @FieldResolver(() => SupportRecord, { description: 'The disputed delivery.' })
  async supportRecord(@Root() f: SupportFollowUp, @Ctx() ctx: RequestContext): Promise<SupportRecord> {
    const id = f.supportRecord.id;
    return required(await ctx.loaders.get(supportRecordById).load(id), 'SupportRecord', id);
  }

  @FieldResolver(() => HouseholdFile, { description: 'The household (masked unless revealed by its staff).' })
  async household(@Root() f: SupportFollowUp, @Ctx() ctx: RequestContext): Promise<HouseholdFile> {
    const id = f.household.id;
    return required(await ctx.loaders.get(householdFileById).load(id), 'HouseholdFile', id);
  }
}

/** Fields the adoption module adds to the household file (community staff and integrators). */
@Resolver(() => HouseholdFile)
export class HouseholdAdoptionFieldsResolver {
  @Authorized(FILE_READERS)
  @FieldResolver(() => [Adoption], { description: 'Adoptions of this household (认领), oldest first.' })
  adoptions(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext): Promise<Adoption[]> {
    return ctx.loaders.get(adoptionsByHouseholdId).load(file.id);
  }

  @Authorized(FILE_READERS)
  @FieldResolver(() => SupportSummary, {
    description:
      'Pledged against delivered for this household, over all its adoptions (ended ones up to their end).',
  })
  async support(@Root() file: HouseholdFile, @Ctx() ctx: RequestContext): Promise<SupportSummary> {
    return toSummary(await ctx.loaders.get(supportByHouseholdId).load(file.id));
  }
}

@Resolver(() => TenantSupportSummary)
export class TenantSupportSummaryResolver {
  @FieldResolver(() => Tenant, { description: 'The community summed up.' })
  async community(@Root() s: TenantSupportSummary, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return required(await ctx.loaders.get(tenantById).load(s.tenantId), 'Tenant', s.tenantId);
  }
}
