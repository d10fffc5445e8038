import { registerNode } from '../../core/graphql/node-registry';
import { findInScope } from '../organisation/organisation.service';
import { MicroWish } from './micro-wish.entity';
import { WishEvent } from './wish-event.entity';
import { WishSettings } from './wish-settings.entity';
import { MicroWishResolver } from './micro-wish.resolver';
import { MicroWishFieldsResolver, WishEventResolver } from './micro-wish-fields.resolver';
import { WishSettingsResolver } from './wish-settings.resolver';
import { WISH_READERS } from './wish.policy';
import { findVisibleWish } from './wish.service';

export { MicroWish, WishEvent, WishSettings };
export { ClaimantKind, MicroWishStatus, WishAction, WishCategory } from './wish.enums';
export * from './wish.loaders';

export const wishEntities = [MicroWish, WishEvent, WishSettings];
export const wishResolvers = [
  MicroWishResolver,
  MicroWishFieldsResolver,
  WishEventResolver,
  WishSettingsResolver,
];

// node(id:) refetches as the type's own queries do: a wish only where the caller sees it on the
// wall (or it is the caller's own), an event only with its wish.
registerNode('MicroWish', { readers: WISH_READERS, load: (ctx, id) => findVisibleWish(ctx, id) });
registerNode('WishEvent', {
  readers: WISH_READERS,
  load: async (ctx, id) => {
    const event = await findInScope(ctx, WishEvent, id);
    return event && (await findVisibleWish(ctx, event.wish.id)) ? event : null;
  },
});
