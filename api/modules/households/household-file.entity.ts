import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { type AuditSubject, Sensitive } from '../../core/privacy/sensitive';
import { PersonalDataKind } from '../../core/privacy/masking';
import { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { HouseholdCategory, HouseholdStatus } from './household.enums';

/**
 * Free text about a household's health, income or family has no partial form worth showing, so
 * it is withheld (null) unless revealed, like an ID number. TODO(lead): a TEXT kind in
 * core/privacy/masking.ts would name this better; the behaviour (null unless revealed) is the same.
 */
export const WITHHELD_TEXT = PersonalDataKind.ID_NUMBER;

/**
 * A household in need (一户一档): one file per household, kept by the grid worker of its grid
 * and reviewed by the community. `head` mirrors the member whose relation is HEAD (kept in step by
 * the service) so the display name and the audit subject need no extra lookup.
 */
@ObjectType('HouseholdFile', {
  implements: Node,
  description: 'A household in need (困难家庭, 一户一档): its members, categories, situation and needs.',
})
@Entity({ tableName: 'household_file' })
@Unique({ properties: ['tenant', 'code'] })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
@Index({ properties: ['tenant', 'status'] })
export class HouseholdFile
  extends TenantOwnedEntity<'disabilityGrade' | 'situation' | 'status' | 'noticeEndsAt'>
  implements AuditSubject
{
  @Field(() => String, {
    description: 'File number, unique within the community (档案编号), e.g. SZS-2024-001.',
  })
  @Property({ type: 'string', length: 32 })
  code!: string;

  /** The grid of the micro-grid, stored so that "the grid worker of the file's grid" is one comparison. */
  @ManyToOne(() => Grid, { ref: true, index: true })
  grid!: Ref<Grid>;

  @ManyToOne(() => MicroGrid, { ref: true, index: true })
  microGrid!: Ref<MicroGrid>;

  /** The grid worker responsible for the file (责任网格员): a person of the community. */
  @ManyToOne(() => Person, { ref: true, index: true })
  gridWorker!: Ref<Person>;

  /** The head of the household (户主), also listed among the members. */
  @ManyToOne(() => Person, { ref: true, index: true })
  head!: Ref<Person>;

  @Field(() => [HouseholdCategory], {
    description: 'Categories (困难类别); at least one, several may apply.',
  })
  @Enum({ items: () => HouseholdCategory, array: true })
  categories!: HouseholdCategory[];

  @Field(() => Int, {
    nullable: true,
    description: 'Disability grade (残疾等级) 1–4, present exactly when the categories include DISABILITY.',
  })
  @Property({ type: 'smallint', nullable: true })
  disabilityGrade?: number;

  @Sensitive(WITHHELD_TEXT)
  @Field(() => String, {
    nullable: true,
    description:
      'The household’s situation (家庭情况): health, income, family. Personal data: null unless revealed.',
  })
  @Property({ type: 'text', nullable: true })
  situation?: string;

  @Field(() => String, { description: 'What help is wanted (帮扶需求); shown to partners.' })
  @Property({ type: 'text' })
  needs!: string;

  @Field(() => String, {
    description: 'Short public reason for support (帮扶理由), shown in the public notice list.',
  })
  @Property({ type: 'string', length: 200 })
  reasonForSupport!: string;

  @Field(() => HouseholdStatus, { description: 'Where the file is in its workflow.' })
  @Enum({ items: () => HouseholdStatus, nativeEnumName: 'household_status' })
  status: HouseholdStatus = HouseholdStatus.DRAFT;

  @Field(() => Date, {
    nullable: true,
    description: 'End of the public notice period (公示截止); set when the review approves the file.',
  })
  @Property({ type: 'datetime', nullable: true })
  noticeEndsAt?: Date;

  auditSubjectPersonId(): string {
    return this.head.id;
  }
}
