import { ref } from '@mikro-orm/core';
import type { RequestContext } from '../../app/context';
import { badInput } from '../../core/errors/domain-error';
import { communityFilter, ownCommunityId } from '../organisation/organisation.policy';
import { Tenant } from '../tenants/tenant.entity';
import { DEFAULT_EXPIRY_DAYS, WishSettings } from './wish-settings.entity';
import type { WishSettingsArgs, WishSettingsUpdateInput } from './wish.inputs';
import { principalOf } from './wish.policy';

/** A community's settings as the API shows them (the defaults when it never changed them). */
export interface WishSettingsView {
  tenantId: string;
  requiresApproval: boolean;
  defaultExpiryDays: number;
  updatedAt: Date | null;
}

const view = (tenantId: string, row: WishSettings | null): WishSettingsView => ({
  tenantId,
  requiresApproval: row?.requiresApproval ?? false,
  defaultExpiryDays: row?.defaultExpiryDays ?? DEFAULT_EXPIRY_DAYS,
  updatedAt: row?.updatedAt ?? null,
});

export async function settingsOf(ctx: RequestContext, tenantId: string): Promise<WishSettingsView> {
  return view(tenantId, await ctx.em.findOne(WishSettings, { tenant: tenantId }));
}

/** The settings of the named community, or of the caller's one community (any role at it). */
export async function getWishSettings(ctx: RequestContext, args: WishSettingsArgs) {
  const named = communityFilter(ctx, args.communityId);
  if (named) return settingsOf(ctx, named);
  const own = [
    ...new Set(
      principalOf(ctx)
        .grants.map((g) => g.tenantId)
        .filter((t): t is string => !!t),
    ),
  ];
  if (own.length !== 1) throw badInput('communityId', 'communityId is required: name the community.');
  return settingsOf(ctx, own[0]);
}

/** The community admin's own community: created on first change (upsert), defaults otherwise. */
export async function wishSettingsUpdate(
  ctx: RequestContext,
  input: WishSettingsUpdateInput,
): Promise<WishSettingsView> {
  const tenantId = ownCommunityId(ctx);
  const row =
    (await ctx.em.findOne(WishSettings, { tenant: tenantId })) ??
    ctx.em.create(WishSettings, { tenant: ref(Tenant, tenantId) });
  if (input.requiresApproval !== undefined && input.requiresApproval !== null) {
    row.requiresApproval = input.requiresApproval;
  }
  if (input.defaultExpiryDays !== undefined && input.defaultExpiryDays !== null) {
    row.defaultExpiryDays = input.defaultExpiryDays;
  }
  await ctx.em.flush();
  return view(tenantId, row);
}
