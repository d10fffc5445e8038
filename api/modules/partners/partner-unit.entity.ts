import { Collection, Entity, Enum, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../core/graphql/node';
import { PartnerUnitKind } from './partners.enums';
import type { Partnership } from './partnership.entity';

/**
 * A co-building partner unit (共建单位), registered once on the platform (not tenant-owned); it
 * reaches tenants through partnerships. Only business-registration data lives here (public
 * information); the contact person is per agreement, on the tenant-owned Partnership, where
 * the owning tenant decides who may reveal it.
 */
@ObjectType('PartnerUnit', { implements: Node, description: 'A co-building partner unit (共建单位).' })
@Entity({ tableName: 'partner_unit' })
export class PartnerUnit extends BaseEntity<'kind' | 'address' | 'partnerships'> {
  @Field(() => String, { description: 'Registered name (单位名称).' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => PartnerUnitKind, { description: 'Kind of unit (单位类型).' })
  @Enum({ items: () => PartnerUnitKind, nativeEnumName: 'partner_unit_kind' })
  kind: PartnerUnitKind = PartnerUnitKind.ENTERPRISE;

  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码), 18 characters.' })
  @Unique()
  @Property({ type: 'string', length: 18 })
  creditCode!: string;

  @Field(() => String, { nullable: true, description: 'Registered business address (单位地址).' })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string;

  /** For "units with a partnership the caller sees" (an exists subquery); never exposed directly. */
  @OneToMany({ entity: 'Partnership', mappedBy: 'partnerUnit' })
  partnerships = new Collection<Partnership>(this);
}
