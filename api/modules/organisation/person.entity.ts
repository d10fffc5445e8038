import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { type AuditSubject, Sensitive } from '../../core/privacy/sensitive';
import { PersonalDataKind } from '../../core/privacy/masking';

/**
 * A person known to a community: residents, grid staff, volunteers. Every personal field is
 * declared @Sensitive: masked for every reader unless the owning tenant's staff reveal it with
 * a purpose, which is audited.
 */
@ObjectType('Person', { implements: Node, description: 'A person in a community (居民/工作人员/志愿者).' })
@Entity({ tableName: 'person' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class Person
  extends TenantOwnedEntity<'phone' | 'idNumber' | 'address' | 'birthDate'>
  implements AuditSubject
{
  @Sensitive(PersonalDataKind.NAME)
  @Field(() => String, { description: 'Name (姓名). Masked as 徐** unless revealed.' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Sensitive(PersonalDataKind.PHONE)
  @Field(() => String, {
    nullable: true,
    description: 'Mobile number (手机号). Masked as 138****1234 unless revealed.',
  })
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string;

  @Sensitive(PersonalDataKind.ID_NUMBER)
  @Field(() => String, {
    nullable: true,
    description: 'Resident ID number (居民身份证号码). Null unless revealed.',
  })
  @Property({ type: 'string', length: 18, nullable: true })
  idNumber?: string;

  @Sensitive(PersonalDataKind.ADDRESS)
  @Field(() => String, {
    nullable: true,
    description: 'Home address (住址). Without door number unless revealed.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string;

  @Sensitive(PersonalDataKind.BIRTH_DATE)
  @Field(() => String, {
    nullable: true,
    description: 'Birth date (出生日期), YYYY-MM-DD; only the year unless revealed.',
  })
  @Property({ type: 'date', nullable: true })
  birthDate?: string;

  auditSubjectPersonId(): string {
    return this.id;
  }
}
