import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { notFound } from '../../core/errors/domain-error';
import { PageArgs } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { chinaToday } from '../organisation/organisation.policy';
import { Tenant } from '../tenants/tenant.entity';
import { TenantKind } from '../tenants/tenant-kind.enum';
import { tenantById } from '../tenants/tenant.loaders';
import { TenantConnection } from '../tenants/tenant.resolver';
import { PartnerUnit } from './partner-unit.entity';
import { Partnership } from './partnership.entity';
import { PartnershipCreateInput, PartnershipEndInput, PartnershipListArgs } from './partners.inputs';
import { partnershipsByTenantId, partnerUnitById } from './partners.loaders';
import { ownUnitOnly, PARTNERSHIP_READERS, PARTNERSHIP_WRITERS } from './partners.policy';
import {
  findPartnership,
  listMyPartnerTenants,
  listPartnerships,
  partnershipCreate,
  partnershipEnd,
} from './partners.service';
import { PartnershipConnection, PartnershipPayload } from './partners.types';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Authorized(PARTNERSHIP_READERS)
  @Query(() => PartnershipConnection, {
    description:
      'Co-building agreements (共建协议) in your scope, oldest first: a community its own, a street its own and ' +
      "its communities', a district integrator its whole subtree (contacts masked), a partner its own.",
  })
  partnerships(@Args(() => PartnershipListArgs) args: PartnershipListArgs, @Ctx() ctx: RequestContext) {
    return listPartnerships(ctx, args);
  }

  @Authorized(PARTNERSHIP_READERS)
  @Query(() => Partnership, { description: 'One co-building agreement you may see; NOT_FOUND otherwise.' })
  async partnership(
    @Arg('id', () => ID, { description: 'Global id of the agreement.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Partnership> {
    const row = await findPartnership(ctx, fromGlobalId(id, 'Partnership', 'id'));
    if (!row) throw notFound('Partnership', id);
    return row;
  }

  @Authorized([Role.PARTNER])
  @Query(() => TenantConnection, {
    description:
      'The streets and communities your unit has an agreement in force with (partner only): your scope.',
  })
  myPartnerTenants(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return listMyPartnerTenants(ctx, args);
  }

  @Authorized(PARTNERSHIP_WRITERS)
  @Mutation(() => PartnershipPayload, {
    description:
      "Record a co-building agreement (签订共建协议): the tenant joins the partner's scope at once. The platform " +
      'admin for any street or community; a street admin for its street or its communities; a community admin ' +
      'for its community. A tenant outside your scope is NOT_FOUND; an agreement in force for the same pair CONFLICT.',
  })
  async partnershipCreate(
    @Arg('input', () => PartnershipCreateInput, { description: 'The agreement.' })
    input: PartnershipCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipPayload> {
    return partnershipCreate(ctx, input);
  }

  @Authorized(PARTNERSHIP_WRITERS)
  @Mutation(() => PartnershipPayload, {
    description:
      "End a co-building agreement (终止共建): the tenant leaves the partner's scope at once. Same roles as partnershipCreate.",
  })
  async partnershipEnd(
    @Arg('input', () => PartnershipEndInput, { description: 'The agreement.' }) input: PartnershipEndInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipPayload> {
    return partnershipEnd(ctx, input.id);
  }

  @FieldResolver(() => PartnerUnit, { description: 'The partner unit (共建单位).' })
  async partnerUnit(@Root() partnership: Partnership, @Ctx() ctx: RequestContext): Promise<PartnerUnit> {
    const unit = await ctx.loaders.get(partnerUnitById).load(partnership.partnerUnit.id);
    if (!unit) throw notFound('PartnerUnit', partnership.partnerUnit.id);
    return unit;
  }

  @FieldResolver(() => Tenant, { description: 'The street or community (街道/社区) the agreement is with.' })
  async tenant(@Root() partnership: Partnership, @Ctx() ctx: RequestContext): Promise<Tenant> {
    const tenant = await ctx.loaders.get(tenantById).load(partnership.tenant.id);
    if (!tenant) throw notFound('Tenant', partnership.tenant.id);
    return tenant;
  }

  @FieldResolver(() => Boolean, {
    description:
      "ACTIVE and within its period today (China time): only such agreements put the tenant in the partner's scope.",
  })
  inForce(@Root() partnership: Partnership): boolean {
    const today = chinaToday();
    return (
      partnership.status === 'ACTIVE' &&
      partnership.startsOn <= today &&
      (!partnership.endsOn || partnership.endsOn >= today)
    );
  }
}

/** A tenant's agreements, as a field of its node. */
@Resolver(() => Tenant)
export class TenantPartnershipsResolver {
  @Authorized(PARTNERSHIP_READERS)
  @FieldResolver(() => [Partnership], {
    description: 'Co-building agreements (共建协议) of this street or community you may see, oldest first.',
  })
  async partnerships(@Root() tenant: Tenant, @Ctx() ctx: RequestContext): Promise<Partnership[]> {
    if (tenant.kind === TenantKind.DISTRICT) return [];
    const rows = await ctx.loaders.get(partnershipsByTenantId).load(tenant.id);
    const own = ownUnitOnly(ctx);
    return own ? rows.filter((p) => p.partnerUnit.id === own) : rows;
  }
}
