import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../core/graphql/node';
import { TenantKind } from './tenant-kind.enum';

/**
 * A node of the governance tree. Platform-owned (not tenant-owned): the tree is public
 * administrative information, readable by every principal, writable only on the admin path.
 */
@ObjectType('Tenant', {
  implements: Node,
  description:
    'A node of the governance tree: district (区/县), street or town (街道/镇), or community (社区).',
})
@Entity({ tableName: 'tenant' })
@Index({
  name: 'tenant_path_idx',
  expression: 'create index "tenant_path_idx" on "tenant" ("path" text_pattern_ops)',
})
export class Tenant extends BaseEntity<'parent' | 'fullName'> {
  @Field(() => TenantKind, { description: 'Level in the tree.' })
  @Enum({ items: () => TenantKind, nativeEnumName: 'tenant_kind' })
  kind!: TenantKind;

  @Field(() => String, { description: 'Administrative division code (行政区划代码), 12 digits.' })
  @Unique()
  @Property({ type: 'string', length: 12 })
  code!: string;

  @Field(() => String, { description: 'Short name, e.g. 绿云社区.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Full name with the higher levels, e.g. 河南省郑州市二七区.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  fullName?: string;

  @ManyToOne(() => Tenant, { ref: true, nullable: true, deleteRule: 'restrict' })
  parent?: Ref<Tenant>;

  /** Ids from the root down to this node, '/'-joined with a trailing '/': a subtree is a prefix match. */
  @Property({ type: 'text' })
  path!: string;
}
