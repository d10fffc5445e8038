import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { HouseholdFile } from '../households/household-file.entity';
import { SupportRecord } from './support-record.entity';
import { FollowUpStatus, SupportConfirmation } from './adoption.enums';

/** A follow-up for the community (跟进事项), opened when a household disputes a delivery. */
@ObjectType('SupportFollowUp', {
  implements: Node,
  description: 'A follow-up (跟进事项) for the community on a delivery the household disputed.',
})
@Entity({ tableName: 'support_follow_up' })
@Index({ properties: ['tenant', 'status'] })
export class SupportFollowUp extends TenantOwnedEntity<
  'status' | 'note' | 'resolvedAt' | 'resolvedByName' | 'resolution'
> {
  @ManyToOne(() => HouseholdFile, { ref: true, index: true })
  household!: Ref<HouseholdFile>;

  @ManyToOne(() => SupportRecord, { ref: true, index: true })
  supportRecord!: Ref<SupportRecord>;

  @Field(() => SupportConfirmation, { description: 'What the household said (the discrepancy).' })
  @Enum({ items: () => SupportConfirmation, nativeEnumName: 'support_confirmation' })
  reason!: SupportConfirmation;

  @Field(() => String, { nullable: true, description: 'The confirmation note that opened it.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => FollowUpStatus, { description: 'OPEN until the community resolves it.' })
  @Enum({ items: () => FollowUpStatus, nativeEnumName: 'support_follow_up_status' })
  status: FollowUpStatus = FollowUpStatus.OPEN;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Who resolved it (staff account name).' })
  @Property({ type: 'string', length: 200, nullable: true })
  resolvedByName?: string;

  @Field(() => String, { nullable: true, description: 'How it was resolved.' })
  @Property({ type: 'text', nullable: true })
  resolution?: string;
}
