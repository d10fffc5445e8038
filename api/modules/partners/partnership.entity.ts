import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { PersonalDataKind } from '../../core/privacy/masking';
import { Sensitive } from '../../core/privacy/sensitive';
import { PartnerUnit } from './partner-unit.entity';
import { Commitment } from './partners.enums';

export enum PartnershipStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'State of a co-building agreement.',
  valuesConfig: {
    ACTIVE: { description: 'Signed and not ended (在约); in force from startsOn until endsOn, if any.' },
    ENDED: { description: "Ended (已终止): the tenant has left the partner's scope." },
  },
});

/**
 * A co-building agreement (共建协议) between a partner unit and one tenant. Owned by the tenant;
 * a partner principal's scope is the tenants of its ACTIVE partnerships in force today
 * (`app_partner_tenant_ids`). The contact person is the unit's liaison for this tenant (联络人):
 * personal data, masked unless the owning tenant's staff reveal it.
 */
@ObjectType('Partnership', {
  implements: Node,
  description: 'A co-building agreement (共建协议) with one tenant.',
})
@Entity({ tableName: 'partnership' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class Partnership extends TenantOwnedEntity<
  | 'endsOn'
  | 'status'
  | 'startsOn'
  | 'commitments'
  | 'commitmentNote'
  | 'acceptsPoints'
  | 'contactName'
  | 'contactPhone'
> {
  @ManyToOne(() => PartnerUnit, { ref: true, index: true })
  partnerUnit!: Ref<PartnerUnit>;

  @Field(() => PartnershipStatus, { description: 'ACTIVE while the agreement has not been ended.' })
  @Enum({ items: () => PartnershipStatus, nativeEnumName: 'partnership_status' })
  status: PartnershipStatus = PartnershipStatus.ACTIVE;

  @Field(() => LocalDate, { description: 'Date signed (签订日期).' })
  @Property({ type: 'date' })
  signedOn!: string;

  @Field(() => LocalDate, {
    description: 'First day of the agreement (起始日期); the signing date unless given.',
  })
  @Property({ type: 'date', onCreate: (p: Partnership) => p.signedOn })
  startsOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of the agreement (截止日期), if it has one.',
  })
  @Property({ type: 'date', nullable: true })
  endsOn?: string;

  @Field(() => [Commitment], { description: 'What the partner commits to (共建内容, the five 联).' })
  @Enum({ items: () => Commitment, array: true, default: [] })
  commitments: Commitment[] = [];

  @Field(() => String, { nullable: true, description: 'Further commitments in free text (其他约定).' })
  @Property({ type: 'text', nullable: true })
  commitmentNote?: string;

  @Field(() => Boolean, {
    description:
      "A merchant (商户) accepting residents' points (积分) here, e.g. in a 雷锋超市; false otherwise.",
  })
  @Property({ type: 'boolean' })
  acceptsPoints: boolean = false;

  @Sensitive(PersonalDataKind.NAME)
  @Field(() => String, {
    nullable: true,
    description: "The unit's contact person for this tenant (联络人). Masked as 徐** unless revealed.",
  })
  @Property({ type: 'string', length: 50, nullable: true })
  contactName?: string;

  @Sensitive(PersonalDataKind.PHONE)
  @Field(() => String, {
    nullable: true,
    description: "The contact person's phone (联系电话). Masked as 138****1234 unless revealed.",
  })
  @Property({ type: 'string', length: 20, nullable: true })
  contactPhone?: string;
}
