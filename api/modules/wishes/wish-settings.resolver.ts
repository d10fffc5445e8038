import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Tenant } from '../tenants/tenant.entity';
import { WishSettingsArgs, WishSettingsUpdateInput } from './wish.inputs';
import { WISH_READERS, WISH_STAFF } from './wish.policy';
import { getWishSettings, wishSettingsUpdate } from './wish-settings.service';
import { WishSettingsType, WishSettingsUpdatePayload } from './wish.types';
import { communityOf } from './micro-wish-fields.resolver';

@Resolver(() => WishSettingsType)
export class WishSettingsResolver {
  @Authorized(WISH_READERS)
  @Query(() => WishSettingsType, {
    description: "A community's micro-wish settings: whether wishes need approval, how long they stay open.",
  })
  wishSettings(@Args(() => WishSettingsArgs) args: WishSettingsArgs, @Ctx() ctx: RequestContext) {
    return getWishSettings(ctx, args);
  }

  @Authorized(WISH_STAFF)
  @Mutation(() => WishSettingsUpdatePayload, {
    description:
      "Change your community's micro-wish settings (community admin); applies to wishes posted from now on.",
  })
  async wishSettingsUpdate(
    @Arg('input', () => WishSettingsUpdateInput, { description: 'The new settings.' })
    input: WishSettingsUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WishSettingsUpdatePayload> {
    return { wishSettings: await wishSettingsUpdate(ctx, input) };
  }

  @FieldResolver(() => Tenant, { description: 'The community (社区).' })
  community(@Root() settings: WishSettingsType, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return communityOf(ctx, settings.tenantId);
  }
}
