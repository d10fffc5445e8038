import { Check, Entity, Property, Unique } from '@mikro-orm/core';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';

/** Default days a wish stays claimable when its poster gives no expiry date. */
export const DEFAULT_EXPIRY_DAYS = 60;
/** Longest a wish may stay open: a year (beyond that it is no longer a small wish). */
export const MAX_EXPIRY_DAYS = 365;

/**
 * A community's micro-wish settings: whether wishes need approval before they go on the wall,
 * and how long they stay claimable by default. One row per community, written on first change
 * (no row means the defaults). A table of the wishes module rather than a column on the
 * community profile, so the organisation module does not learn about wishes.
 */
@Entity({ tableName: 'wish_settings' })
@Unique({ properties: ['tenant'] })
@Check({
  name: 'wish_settings_default_expiry_days_check',
  expression: 'default_expiry_days >= 1 and default_expiry_days <= 365',
})
export class WishSettings extends TenantOwnedEntity<'requiresApproval' | 'defaultExpiryDays'> {
  @Property({ type: 'boolean' })
  requiresApproval: boolean = false;

  @Property({ type: 'integer' })
  defaultExpiryDays: number = DEFAULT_EXPIRY_DAYS;
}
