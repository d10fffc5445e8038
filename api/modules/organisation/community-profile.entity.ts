import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { LocalDate } from '../../core/graphql/scalars';

/** A community's profile (社区概况); one per community tenant (tenant_id is unique). */
@ObjectType('CommunityProfile', { description: 'Community profile (社区概况).' })
@Entity({ tableName: 'community_profile' })
@Unique({ properties: ['tenant'] })
export class CommunityProfile extends TenantOwnedEntity<
  | 'areaKm2'
  | 'foundedOn'
  | 'households'
  | 'residents'
  | 'description'
  | 'compounds'
  | 'buildings'
  | 'compoundsWithoutPropertyManager'
> {
  @Field(() => Float, { nullable: true, description: 'Area in square kilometres (辖区面积).' })
  @Property({ type: 'double', nullable: true })
  areaKm2?: number;

  @Field(() => LocalDate, { nullable: true, description: 'When the community was founded (成立时间).' })
  @Property({ type: 'date', nullable: true })
  foundedOn?: string;

  @Field(() => Int, { description: 'Building compounds (楼院).' })
  @Property({ type: 'integer', default: 0 })
  compounds: number = 0;

  @Field(() => Int, { description: 'Residential buildings (居民楼).' })
  @Property({ type: 'integer', default: 0 })
  buildings: number = 0;

  @Field(() => Int, { description: 'Compounds with no property manager (无主管楼院).' })
  @Property({ type: 'integer', default: 0 })
  compoundsWithoutPropertyManager: number = 0;

  @Field(() => Int, { nullable: true, description: 'Households (户数).' })
  @Property({ type: 'integer', nullable: true })
  households?: number;

  @Field(() => Int, { nullable: true, description: 'Residents (常住人口).' })
  @Property({ type: 'integer', nullable: true })
  residents?: number;

  @Field(() => String, { nullable: true, description: 'Free-text description.' })
  @Property({ type: 'text', nullable: true })
  description?: string;
}
