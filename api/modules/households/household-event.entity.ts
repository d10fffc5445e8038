import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { HouseholdFile } from './household-file.entity';
import { HouseholdAction, HouseholdStatus } from './household.enums';

/**
 * One step of a household file's workflow: who, when, from, to, what and why. Append-only (the
 * API role may only insert and read), written in the same transaction as the step itself.
 */
@ObjectType('HouseholdEvent', {
  implements: Node,
  description: 'A step in the history of a household file (流程记录): who, when, from, to and a note.',
})
@Entity({ tableName: 'household_event' })
@Index({ properties: ['household', 'occurredAt'] })
export class HouseholdEvent extends TenantOwnedEntity<'fromStatus' | 'note' | 'actorId'> {
  @ManyToOne(() => HouseholdFile, { ref: true, index: true })
  household!: Ref<HouseholdFile>;

  @Field(() => HouseholdAction, { description: 'The step taken.' })
  @Enum({ items: () => HouseholdAction, nativeEnumName: 'household_action' })
  action!: HouseholdAction;

  @Field(() => HouseholdStatus, {
    nullable: true,
    description: 'State before (null when the file was created).',
  })
  @Enum({ items: () => HouseholdStatus, nativeEnumName: 'household_status', nullable: true })
  fromStatus?: HouseholdStatus;

  @Field(() => HouseholdStatus, { description: 'State after.' })
  @Enum({ items: () => HouseholdStatus, nativeEnumName: 'household_status' })
  toStatus!: HouseholdStatus;

  @Field(() => String, { nullable: true, description: 'Why (说明), e.g. the reason for a rejection.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => String, {
    description: 'API_KEY, USER, or SYSTEM (the platform itself, e.g. at the end of the notice period).',
  })
  @Property({ type: 'string', length: 16 })
  actorKind!: string;

  /** Id of the key or user account (null for SYSTEM). */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  @Field(() => String, { description: 'Name of the key or user who took the step (平台 for SYSTEM).' })
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => String, { description: 'The role the step was taken under (a Role, or SYSTEM).' })
  @Property({ type: 'string', length: 32 })
  actorRole!: string;

  @Field(() => Date, { description: 'When the step was taken.' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;
}
