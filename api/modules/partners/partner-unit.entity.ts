import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../core/graphql/node';

/**
 * A co-building partner unit (共建单位), registered once on the platform (not tenant-owned);
 * it reaches tenants through partnerships.
 */
@ObjectType('PartnerUnit', { implements: Node, description: 'A co-building partner unit (共建单位).' })
@Entity({ tableName: 'partner_unit' })
export class PartnerUnit extends BaseEntity {
  @Field(() => String, { description: 'Registered name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码), 18 characters.' })
  @Unique()
  @Property({ type: 'string', length: 18 })
  creditCode!: string;
}
