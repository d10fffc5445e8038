import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { PartnerUnit } from './partner-unit.entity';

export enum PartnershipStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'State of a co-building agreement.',
});

/**
 * A co-building agreement (共建协议) between a partner unit and one tenant. Owned by the tenant;
 * a partner principal's scope is the tenants of its ACTIVE partnerships.
 */
@ObjectType('Partnership', {
  implements: Node,
  description: 'A co-building agreement (共建协议) with one tenant.',
})
@Entity({ tableName: 'partnership' })
export class Partnership extends TenantOwnedEntity<'endsOn' | 'status'> {
  @ManyToOne(() => PartnerUnit, { ref: true, index: true })
  partnerUnit!: Ref<PartnerUnit>;

  @Field(() => PartnershipStatus, { description: 'ACTIVE while the agreement is in force.' })
  @Enum({ items: () => PartnershipStatus, nativeEnumName: 'partnership_status' })
  status: PartnershipStatus = PartnershipStatus.ACTIVE;

  @Field(() => LocalDate, { description: 'Date signed (签订日期).' })
  @Property({ type: 'date' })
  signedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the agreement, if it has one.' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string;
}
