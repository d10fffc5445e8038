import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';

/** A grid (网格): the unit a community is divided into for daily work. */
@ObjectType('Grid', { implements: Node, description: 'A grid (网格) of a community.' })
@Entity({ tableName: 'grid' })
@Unique({ properties: ['tenant', 'code'] })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class Grid extends TenantOwnedEntity<'description'> {
  @Field(() => String, { description: 'Code unique within the community, e.g. G01.' })
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 第一网格.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the grid covers.' })
  @Property({ type: 'text', nullable: true })
  description?: string;
}
