import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { Person } from '../organisation/person.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { Case } from './case.entity';
import { MediationOutcome } from './case.enums';

/** A mediation session (调解) of a case: when, outcome, note; attendees in their own table. */
@ObjectType('CaseMediationSession', {
  implements: Node,
  description: 'A mediation session (调解) held on a case: attendees, when, outcome.',
})
@Entity({ tableName: 'case_mediation_session' })
@Index({ properties: ['case', 'heldAt'] })
export class CaseMediationSession extends TenantOwnedEntity<'note'> {
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field(() => Int, { description: 'Its number on the case (第几次调解), from 1.' })
  @Property({ type: 'smallint' })
  sequence!: number;

  @Field(() => Date, { description: 'When it was held.' })
  @Property({ type: 'datetime' })
  heldAt!: Date;

  @Field(() => MediationOutcome, { description: 'Outcome (调解结果).' })
  @Enum({ items: () => MediationOutcome, nativeEnumName: 'mediation_outcome' })
  outcome!: MediationOutcome;

  @Field(() => String, { nullable: true, description: 'What was said and agreed (调解记录).' })
  @Property({ type: 'text', nullable: true })
  note?: string;
}

/** One attendee of a session: a person of the community or a partner unit (e.g. a law firm). */
@Entity({ tableName: 'case_mediation_attendee' })
@Check({
  name: 'case_mediation_attendee_one_check',
  expression: '(person_id is null) <> (partner_unit_id is null)',
})
export class CaseMediationAttendee extends TenantOwnedEntity<'person' | 'partnerUnit'> {
  @ManyToOne(() => CaseMediationSession, { ref: true, index: true, deleteRule: 'cascade' })
  session!: Ref<CaseMediationSession>;

  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  person?: Ref<Person>;

  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, index: true })
  partnerUnit?: Ref<PartnerUnit>;
}
