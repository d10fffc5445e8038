import { Check, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { Case } from './case.entity';

/**
 * A photo of a case, stored by reference (an https url or an object-storage key): the API never
 * holds the bytes, it checks the declared type and size (case.rules.ts) and keeps the pointer.
 */
@ObjectType('CaseAttachment', {
  implements: Node,
  description: 'A photo attached to a case (附件), stored by reference.',
})
@Entity({ tableName: 'case_attachment' })
@Index({ properties: ['case', 'createdAt'] })
@Check({ name: 'case_attachment_size_check', expression: 'size_bytes > 0 and size_bytes <= 10485760' })
export class CaseAttachment extends TenantOwnedEntity {
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field(() => String, { description: 'Where the file is: an https url or a storage key.' })
  @Property({ type: 'string', length: 1000 })
  reference!: string;

  @Field(() => String, { description: 'Content type: image/jpeg, image/png, image/webp or image/heic.' })
  @Property({ type: 'string', length: 40 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes (at most 10 MiB).' })
  @Property({ type: 'integer' })
  sizeBytes!: number;
}
