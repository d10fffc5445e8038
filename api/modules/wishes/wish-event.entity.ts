import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { Role } from '../../core/auth/role.enum';
import type { AuditSubject } from '../../core/privacy/sensitive';
import { MicroWish } from './micro-wish.entity';
import { MicroWishStatus, STORED_WISH_STATUSES, type StoredWishStatus, WishAction } from './wish.enums';

/**
 * One step in a wish's life (who, when, from, to, note). Append-only: the API role may only
 * insert and read it, so a claim or a delivery cannot be edited away afterwards.
 */
@ObjectType('WishEvent', { implements: Node, description: 'A step in the life of a micro-wish (心愿记录).' })
@Entity({ tableName: 'wish_event' })
@Index({ properties: ['wish', 'occurredAt'] })
export class WishEvent
  extends TenantOwnedEntity<'fromStatus' | 'note' | 'actorPersonId'>
  implements AuditSubject
{
  @ManyToOne(() => MicroWish, { ref: true, index: true })
  wish!: Ref<MicroWish>;

  @Field(() => WishAction, { description: 'What was done.' })
  @Enum({ items: () => WishAction, nativeEnumName: 'wish_action' })
  action!: WishAction;

  @Field(() => MicroWishStatus, { nullable: true, description: 'State before the step (null when posted).' })
  @Enum({ items: STORED_WISH_STATUSES, nativeEnumName: 'micro_wish_status', nullable: true })
  fromStatus?: StoredWishStatus;

  @Field(() => MicroWishStatus, { description: 'State after the step.' })
  @Enum({ items: STORED_WISH_STATUSES, nativeEnumName: 'micro_wish_status' })
  toStatus!: StoredWishStatus;

  @Field(() => Date, { description: 'When it happened (for a delivery: when it was handed over).' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Note (说明): a reason for a rejection, what was delivered.',
  })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => String, { description: 'API_KEY or USER: who took the step.' })
  @Property({ type: 'string', length: 16 })
  actorKind!: string;

  /** Id of the key or user account that took the step (like audit records). */
  @Property({ type: 'uuid' })
  actorId!: string;

  /** Name of the key or account (the GraphQL field masks residents', see wish-event.resolver.ts). */
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => Role, { description: 'The role under which the step was taken.' })
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  actorRole!: Role;

  /** The acting account's person, if any: whose name `actorName` is, for "who read my data". */
  @Property({ type: 'uuid', nullable: true })
  actorPersonId?: string;

  auditSubjectPersonId(): string | null {
    return this.actorPersonId ?? null;
  }
}
