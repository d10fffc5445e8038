import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { maskMinorName, maskName } from '../../core/privacy/masking';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { gridById, personById } from '../organisation/organisation.loaders';
import type { Person } from '../organisation/person.entity';
import { HouseholdNoticeArgs, PublishedHouseholdArgs } from './household.inputs';
import { membersByHouseholdId } from './household.loaders';
import { NOTICE_READERS, PARTNER_READERS, STATS_READERS } from './household.policy';
import { householdStats, listNotices, listPublished } from './household-views.service';
import {
  HouseholdNotice,
  HouseholdNoticeConnection,
  HouseholdStats,
  PartnerHouseholdMember,
  PublishedHousehold,
  PublishedHouseholdConnection,
} from './household.types';
import { ageOf } from './household-member.resolver';

/*
 * The de-identified views (public notice, partners' published list, counts). Their types hold
 * no personal field at all, so nothing here can be revealed: names are masked in code, the
 * way DOMAIN.md prescribes for these readers, and a minor gets the shortest form (张*).
 */

async function community(ctx: RequestContext, tenantId: string): Promise<Tenant> {
  const tenant = await ctx.loaders.get(tenantById).load(tenantId);
  if (!tenant) throw notFound('Tenant', tenantId);
  return tenant;
}

/** A name as a reader without any right to it sees it: 徐**, a minor's (or unknown age) 徐*. */
function maskedFor(person: Person | null): string {
  if (!person) return '*';
  const age = ageOf(person.birthDate);
  return age === null || age < 18 ? maskMinorName(person.name) : maskName(person.name);
}

@Resolver(() => HouseholdNotice)
export class HouseholdNoticeResolver {
  @Authorized(NOTICE_READERS)
  @Query(() => HouseholdNoticeConnection, {
    description:
      'The public notice list (公示名单): households on notice in your community (residents) or scope (staff), ' +
      'de-identified: categories, grid, masked name, reason, end of notice. Oldest first.',
  })
  householdNotices(@Args(() => HouseholdNoticeArgs) args: HouseholdNoticeArgs, @Ctx() ctx: RequestContext) {
    return listNotices(ctx, args);
  }

  @FieldResolver(() => Tenant, { description: 'The community.' })
  community(@Root() notice: HouseholdNotice, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return community(ctx, notice.tenantId);
  }

  @FieldResolver(() => String, { description: 'Name of the grid (网格) the household lives in.' })
  async gridName(@Root() notice: HouseholdNotice, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.get(gridById).load(notice.gridId))?.name ?? '';
  }

  @FieldResolver(() => String, { description: 'The head’s name, masked (徐**).' })
  async maskedName(@Root() notice: HouseholdNotice, @Ctx() ctx: RequestContext): Promise<string> {
    return maskedFor(await ctx.loaders.get(personById).load(notice.headId));
  }
}

@Resolver(() => PublishedHousehold)
export class PublishedHouseholdResolver {
  @Authorized(PARTNER_READERS)
  @Query(() => PublishedHouseholdConnection, {
    description:
      'Households published for adoption (发布认领) in the communities your unit partners with: categories, ' +
      'needs, community and masked name; members only as relation, initial and age. Oldest first.',
  })
  publishedHouseholds(
    @Args(() => PublishedHouseholdArgs) args: PublishedHouseholdArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return listPublished(ctx, args);
  }

  @FieldResolver(() => Tenant, { description: 'The community.' })
  community(@Root() household: PublishedHousehold, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return community(ctx, household.tenantId);
  }

  @FieldResolver(() => String, { description: 'The head’s name, masked (徐**; a minor 徐*).' })
  async maskedName(@Root() household: PublishedHousehold, @Ctx() ctx: RequestContext): Promise<string> {
    return maskedFor(await ctx.loaders.get(personById).load(household.headId));
  }

  @FieldResolver(() => [PartnerHouseholdMember], {
    description: 'The members as initial and age only (never a name, birth date or id), the head first.',
  })
  async members(
    @Root() household: PublishedHousehold,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerHouseholdMember[]> {
    const members = await ctx.loaders.get(membersByHouseholdId).load(household.fileId);
    const people = await ctx.loaders.get(personById).loadMany(members.map((m) => m.person.id));
    return members.map((m, i) => {
      const person = people[i] instanceof Error ? null : (people[i] as Person | null);
      const age = ageOf(person?.birthDate);
      return {
        relation: m.relation,
        initial: maskMinorName(person?.name ?? '*'),
        age,
        isMinor: age === null || age < 18,
      };
    });
  }

  @FieldResolver(() => Int, { description: 'Number of members.' })
  async memberCount(@Root() household: PublishedHousehold, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.get(membersByHouseholdId).load(household.fileId)).length;
  }
}

@Resolver(() => HouseholdStats)
export class HouseholdStatsResolver {
  @Authorized(STATS_READERS)
  @Query(() => [HouseholdStats], {
    description:
      'Household files counted per community of your subtree (or one community), by state and by category.',
  })
  householdStats(
    @Arg('communityId', () => ID, {
      nullable: true,
      description: 'Only this community (a Tenant in your scope).',
    })
    communityId: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdStats[]> {
    return householdStats(ctx, communityId ?? undefined);
  }

  @FieldResolver(() => Tenant, { description: 'The community counted.' })
  community(@Root() stats: HouseholdStats, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return community(ctx, stats.tenantId);
  }
}
