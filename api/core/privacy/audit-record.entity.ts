import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../graphql/node';
import { Role } from '../auth/role.enum';
import { RevealPurpose } from './reveal-purpose.enum';

/**
 * One revealed value of personal data (who, when, which row and field, under which role and
 * purpose). Append-only: the API role may INSERT and SELECT this table, never UPDATE or DELETE.
 */
@ObjectType('AuditRecord', {
  implements: Node,
  description: 'A read of unmasked personal data (个人信息查看记录). Append-only.',
})
@Entity({ tableName: 'audit_record' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
@Index({ properties: ['subjectPersonId'] })
export class AuditRecord extends TenantOwnedEntity<'subjectPersonId' | 'requestId'> {
  @Field(() => String, { description: 'API_KEY or USER.' })
  @Property({ type: 'string', length: 16 })
  actorKind!: string;

  @Property({ type: 'uuid' })
  actorId!: string;

  @Field(() => String, { description: 'Name of the key or the user who read the value.' })
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => Role, { description: 'The role under which the value was revealed.' })
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Field(() => RevealPurpose, { description: 'The stated purpose.' })
  @Enum({ items: () => RevealPurpose, nativeEnumName: 'reveal_purpose' })
  purpose!: RevealPurpose;

  @Field(() => String, { description: 'GraphQL type of the row, e.g. Person.' })
  @Property({ type: 'string', length: 64 })
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Field(() => String, { description: 'The revealed field, e.g. phone.' })
  @Property({ type: 'string', length: 64 })
  field!: string;

  /** The person the value is about, so a resident can ask who read their data. */
  @Property({ type: 'uuid', nullable: true })
  subjectPersonId?: string;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string;
}
