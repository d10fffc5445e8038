import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { ProjectStatus } from './project-status';

/**
 * A governance programme (治理项目计划) owned by a street or a community: 绿云's "点点爱",
 * 金盆岭街道's "爱心天心 金福工程". A street's programme may hold projects owned by its communities.
 */
@ObjectType('Programme', {
  implements: Node,
  description:
    'A governance programme (治理项目计划), e.g. 点点爱, owned by a street or a community. Public information: every role in scope reads it.',
})
@Entity({ tableName: 'programme' })
@Unique({ properties: ['tenant', 'name'] })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class Programme extends TenantOwnedEntity<'description' | 'status'> {
  @Field(() => String, { description: 'Name, unique within its owner, e.g. 点点爱.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the programme is for (简介).' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => ProjectStatus, { description: 'State of the programme.' })
  @Enum({ items: () => ProjectStatus, nativeEnumName: 'project_status' })
  status: ProjectStatus = ProjectStatus.ACTIVE;
}
