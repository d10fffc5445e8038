import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { type AuditSubject, Sensitive } from '../../core/privacy/sensitive';
import { PersonalDataKind } from '../../core/privacy/masking';
import { HouseholdFile } from './household-file.entity';
import { ObjectionStatus } from './household.enums';

/**
 * An objection (异议) raised against a file during its public notice. Who objected is personal
 * data (objectors must not fear being named), masked unless the community reveals it.
 */
@ObjectType('HouseholdObjection', {
  implements: Node,
  description: 'An objection (异议) raised during the public notice of a household file.',
})
@Entity({ tableName: 'household_objection' })
export class HouseholdObjection
  extends TenantOwnedEntity<'status' | 'objectorPersonId' | 'answer' | 'answeredAt' | 'answeredByName'>
  implements AuditSubject
{
  @ManyToOne(() => HouseholdFile, { ref: true, index: true })
  household!: Ref<HouseholdFile>;

  @Field(() => String, { description: 'The objection as raised (异议内容).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => ObjectionStatus, { description: 'Open, dismissed or upheld.' })
  @Enum({ items: () => ObjectionStatus, nativeEnumName: 'household_objection_status' })
  status: ObjectionStatus = ObjectionStatus.OPEN;

  /** API_KEY or USER, and the key's or account's id. */
  @Property({ type: 'string', length: 16 })
  objectorKind!: string;

  @Property({ type: 'uuid' })
  objectorId!: string;

  @Sensitive(PersonalDataKind.NAME)
  @Field(() => String, { description: 'Who objected (异议人). Masked unless revealed.' })
  @Property({ type: 'string', length: 200 })
  objectorName!: string;

  /** The objector's person record, when the account has one (for "who read my data"). */
  @Property({ type: 'uuid', nullable: true })
  objectorPersonId?: string;

  @Field(() => String, { nullable: true, description: 'The community’s answer (答复).' })
  @Property({ type: 'text', nullable: true })
  answer?: string;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date;

  @Field(() => String, { nullable: true, description: 'Who answered (staff account name).' })
  @Property({ type: 'string', length: 200, nullable: true })
  answeredByName?: string;

  auditSubjectPersonId(): string | null {
    return this.objectorPersonId ?? null;
  }
}
