import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import { MicroWish } from './micro-wish.entity';

@ObjectType('MicroWishConnection', { description: 'A page of micro-wishes (微心愿), newest first.' })
export class MicroWishConnection extends Connection(MicroWish) {}

@ObjectType('MicroWishPayload', { description: 'Result of a micro-wish mutation: the wish as it now is.' })
export class MicroWishPayload {
  @Field(() => MicroWish, { description: 'The micro-wish, with its new state and history.' })
  microWish!: MicroWish;
}

@ObjectType('WishSettings', {
  description: "A community's micro-wish settings (微心愿设置); the defaults until it changes them.",
})
export class WishSettingsType {
  /** The community's uuid, for the `community` field resolver. */
  tenantId!: string;

  @Field(() => Boolean, { description: 'Whether new wishes wait for approval (审核) before the wall.' })
  requiresApproval!: boolean;

  @Field(() => Int, { description: 'Days a wish stays claimable when its poster gives no date.' })
  defaultExpiryDays!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the community last changed them (null: defaults).',
  })
  updatedAt!: Date | null;
}

@ObjectType('WishSettingsUpdatePayload', { description: 'Result of wishSettingsUpdate.' })
export class WishSettingsUpdatePayload {
  @Field(() => WishSettingsType, { description: "Your community's settings as stored." })
  wishSettings!: WishSettingsType;
}
