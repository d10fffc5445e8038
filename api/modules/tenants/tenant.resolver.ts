import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Connection } from '../../core/graphql/connection';
import { Role } from '../../core/auth/role.enum';
import { Tenant } from './tenant.entity';
import { TenantKind } from './tenant-kind.enum';
import { TenantListArgs } from './tenant.inputs';
import { getTenant, listTenants } from './tenant.service';
import { tenantById } from './tenant.loaders';

@ObjectType('TenantConnection', { description: 'A page of tenants.' })
export class TenantConnection extends Connection(Tenant) {}

/** Every principal with a scope reads the tree nodes in it (names and codes are public data). */
const TREE_READERS = [
  Role.DISTRICT_INTEGRATOR,
  Role.STREET_ADMIN,
  Role.COMMUNITY_ADMIN,
  Role.GRID_WORKER,
  Role.TEAM_LEADER,
  Role.PARTNER,
  Role.RESIDENT,
];

@Resolver(() => Tenant)
export class TenantResolver {
  @Authorized(TREE_READERS)
  @Query(() => Tenant, { description: 'One tenant in your scope by global id.' })
  tenant(
    @Arg('id', () => ID, { description: 'Global id of the tenant.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getTenant(ctx, id);
  }

  @Authorized(TREE_READERS)
  @Query(() => TenantConnection, {
    description: 'Tenants in your scope (a district integrator: its whole subtree), oldest first.',
  })
  tenants(@Args(() => TenantListArgs) args: TenantListArgs, @Ctx() ctx: RequestContext) {
    return listTenants(ctx, args);
  }

  @Authorized(TREE_READERS)
  @Query(() => TenantConnection, {
    description:
      "Communities (社区) in your scope: a street's communities, or for a district integrator every community of its subtree.",
  })
  communities(@Args(() => TenantListArgs) args: TenantListArgs, @Ctx() ctx: RequestContext) {
    return listTenants(ctx, args, TenantKind.COMMUNITY);
  }

  @FieldResolver(() => Tenant, {
    nullable: true,
    description: 'The parent node (null for a district, or when it is outside your scope).',
  })
  async parent(@Root() tenant: Tenant, @Ctx() ctx: RequestContext): Promise<Tenant | null> {
    if (!tenant.parent) return null;
    const parent = await ctx.loaders.get(tenantById).load(tenant.parent.id);
    return parent && ctx.principal?.tenantIds.includes(parent.id) ? parent : null;
  }
}
