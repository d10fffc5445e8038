import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { Person } from '../organisation/person.entity';
import { Meeting } from './meeting.entity';
import { DecisionStatus } from './meeting.enums';

/**
 * A decision of a held meeting (议定事项): what is to be done, by whom, by when. Its status steps
 * are recorded as MeetingEvents (who and when); `closedAt` is the last DONE/DROPPED time.
 */
@ObjectType('MeetingDecision', {
  implements: Node,
  description: 'A decision of a meeting (议定事项): what, who is responsible, by when, and whether done.',
})
@Entity({ tableName: 'meeting_decision' })
@Index({ properties: ['meeting', 'createdAt'] })
export class MeetingDecision extends TenantOwnedEntity<'responsible' | 'dueOn' | 'status' | 'closedAt'> {
  @ManyToOne(() => Meeting, { ref: true, index: true })
  meeting!: Ref<Meeting>;

  @Field(() => String, { description: 'What was decided (议定内容).' })
  @Property({ type: 'text' })
  text!: string;

  /** Who carries it out (责任人): a person of the meeting's tenant, if named. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  responsible?: Ref<Person>;

  @Field(() => LocalDate, { nullable: true, description: 'To be done by (完成时限), if set.' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string;

  @Field(() => DecisionStatus, { description: 'OPEN, DONE or DROPPED.' })
  @Enum({ items: () => DecisionStatus, nativeEnumName: 'meeting_decision_status' })
  status: DecisionStatus = DecisionStatus.OPEN;

  @Field(() => Date, { nullable: true, description: 'When it was marked DONE or DROPPED; null while OPEN.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;
}
