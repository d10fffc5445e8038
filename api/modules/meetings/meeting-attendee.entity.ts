import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { PersonalDataKind } from '../../core/privacy/masking';
import { Sensitive } from '../../core/privacy/sensitive';
import { Person } from '../organisation/person.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { Meeting } from './meeting.entity';
import { AttendeeRole } from './meeting.enums';

/**
 * One attendee of a meeting: a person of the meeting's tenant, or a partner unit (a platform
 * row) that had an agreement in force with that tenant when it was added. Never both.
 */
@ObjectType('MeetingAttendee', {
  implements: Node,
  description: 'An attendee of a meeting (参会人员): a person, or a co-building partner unit (共建单位).',
})
@Entity({ tableName: 'meeting_attendee' })
@Index({ properties: ['meeting', 'createdAt'] })
@Unique({
  name: 'meeting_attendee_person_unique',
  expression: `create unique index "meeting_attendee_person_unique" on "meeting_attendee" ("meeting_id", "person_id") where "person_id" is not null`,
})
@Unique({
  name: 'meeting_attendee_partner_unit_unique',
  expression: `create unique index "meeting_attendee_partner_unit_unique" on "meeting_attendee" ("meeting_id", "partner_unit_id") where "partner_unit_id" is not null`,
})
@Check({
  name: 'meeting_attendee_one_kind_check',
  expression: `(person_id is null) <> (partner_unit_id is null) and ((partner_unit_id is not null) = (role = 'PARTNER_REPRESENTATIVE'))`,
})
export class MeetingAttendee extends TenantOwnedEntity<
  'person' | 'partnerUnit' | 'representativeName' | 'attended'
> {
  @ManyToOne(() => Meeting, { ref: true, index: true })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  person?: Ref<Person>;

  /** A platform row: a plain foreign key; the partnership is checked by the service. */
  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, index: true })
  partnerUnit?: Ref<PartnerUnit>;

  @Field(() => AttendeeRole, { description: 'Part played (参会身份).' })
  @Enum({ items: () => AttendeeRole, nativeEnumName: 'meeting_attendee_role' })
  role!: AttendeeRole;

  @Sensitive(PersonalDataKind.NAME)
  @Field(() => String, {
    nullable: true,
    description: "For a partner unit: its representative's name (代表姓名), masked as 徐** unless revealed.",
  })
  @Property({ type: 'string', length: 50, nullable: true })
  representativeName?: string;

  @Field(() => Boolean, {
    description: 'Whether the attendee was present (是否出席); false until the minutes say so.',
  })
  @Property({ type: 'boolean' })
  attended: boolean = false;
}
