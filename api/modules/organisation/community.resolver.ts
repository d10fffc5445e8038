import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { notFound } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { TenantKind } from '../tenants/tenant-kind.enum';
import { tenantById } from '../tenants/tenant.loaders';
import { CommunityProfile } from './community-profile.entity';
import { Grid } from './grid.entity';
import { CommunityProfileUpdateInput } from './organisation.inputs';
import { gridsByTenantId, profileByTenantId } from './organisation.loaders';
import { GRID_READERS, PEOPLE_READERS } from './organisation.policy';
import { communityProfileUpdate } from './organisation.service';
import { CommunityProfileUpdatePayload } from './organisation.types';

/** The organisation of a community, as fields of its tenant node. */
@Resolver(() => Tenant)
export class TenantOrganisationResolver {
  @Authorized(PEOPLE_READERS)
  @FieldResolver(() => CommunityProfile, {
    nullable: true,
    description:
      'The community profile (社区概况); null for streets and districts, or before it is filled in.',
  })
  async profile(@Root() tenant: Tenant, @Ctx() ctx: RequestContext): Promise<CommunityProfile | null> {
    if (tenant.kind !== TenantKind.COMMUNITY) return null;
    return ctx.loaders.get(profileByTenantId).load(tenant.id);
  }

  @Authorized(GRID_READERS)
  @FieldResolver(() => [Grid], {
    description: 'All grids (网格) of a community, ordered by code; empty for streets and districts.',
  })
  grids(@Root() tenant: Tenant, @Ctx() ctx: RequestContext): Promise<Grid[]> | Grid[] {
    if (tenant.kind !== TenantKind.COMMUNITY) return [];
    return ctx.loaders.get(gridsByTenantId).load(tenant.id);
  }
}

@Resolver(() => CommunityProfile)
export class CommunityProfileResolver {
  @Authorized([Role.COMMUNITY_ADMIN])
  @Mutation(() => CommunityProfileUpdatePayload, {
    description:
      'Fill in or change your community profile (社区概况) (community admin); created on first use.',
  })
  async communityProfileUpdate(
    @Arg('input', () => CommunityProfileUpdateInput, { description: 'The new values.' })
    input: CommunityProfileUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommunityProfileUpdatePayload> {
    return { profile: await communityProfileUpdate(ctx, input) };
  }

  @FieldResolver(() => Tenant, { description: 'The community (社区) described.' })
  async community(@Root() profile: CommunityProfile, @Ctx() ctx: RequestContext): Promise<Tenant> {
    const tenant = await ctx.loaders.get(tenantById).load(profile.tenant.id);
    if (!tenant) throw notFound('Tenant', profile.tenant.id);
    return tenant;
  }
}
