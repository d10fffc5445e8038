import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { ProjectStatus } from './project-status';
import { Programme } from './programme.entity';

/**
 * A project (治理项目) within a programme. Owned by the programme's tenant, or by a community
 * under the programme's street (狮子山's "幸福来敲门" in 金盆岭街道's "爱心天心 金福工程"): so the
 * programme reference is a plain foreign key, checked by the service, not a same-tenant one.
 */
@ObjectType('Project', {
  implements: Node,
  description:
    'A governance project (治理项目) within a programme, owned by the programme’s tenant or by a community under the programme’s street.',
})
@Entity({ tableName: 'project' })
@Unique({ properties: ['programme', 'name'] })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class Project extends TenantOwnedEntity<'description' | 'status'> {
  @ManyToOne(() => Programme, { ref: true, index: true })
  programme!: Ref<Programme>;

  @Field(() => String, { description: 'Name, unique within its programme, e.g. 幸福来敲门.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the project does (简介).' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => ProjectStatus, { description: 'State of the project.' })
  @Enum({ items: () => ProjectStatus, nativeEnumName: 'project_status' })
  status: ProjectStatus = ProjectStatus.ACTIVE;
}
