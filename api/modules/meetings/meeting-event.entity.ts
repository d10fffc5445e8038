import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { Role } from '../../core/auth/role.enum';
import { Meeting } from './meeting.entity';
import { MeetingDecision } from './meeting-decision.entity';
import { MeetingAction } from './meeting.enums';

/**
 * One recorded change to a meeting or one of its decisions: who, under which role, when, from,
 * to, note. Append-only (the API role may only insert and read), in the change's transaction.
 */
@ObjectType('MeetingEvent', {
  implements: Node,
  description: 'A recorded change to a meeting or its decisions (会议记录): who, when, from, to and a note.',
})
@Entity({ tableName: 'meeting_event' })
@Index({ properties: ['meeting', 'occurredAt'] })
export class MeetingEvent extends TenantOwnedEntity<
  'decision' | 'fromStatus' | 'toStatus' | 'note' | 'actorPersonId'
> {
  @ManyToOne(() => Meeting, { ref: true, index: true })
  meeting!: Ref<Meeting>;

  /** The decision concerned, for DECISION_* actions. */
  @ManyToOne(() => MeetingDecision, { ref: true, nullable: true, index: true })
  decision?: Ref<MeetingDecision>;

  @Field(() => MeetingAction, { description: 'What was done.' })
  @Enum({ items: () => MeetingAction, nativeEnumName: 'meeting_action' })
  action!: MeetingAction;

  @Field(() => String, {
    nullable: true,
    description: 'State before: a MeetingStatus, or a MeetingDecisionStatus for DECISION_* actions.',
  })
  @Property({ type: 'string', length: 16, nullable: true })
  fromStatus?: string;

  @Field(() => String, {
    nullable: true,
    description: 'State after: a MeetingStatus, or a MeetingDecisionStatus for DECISION_* actions.',
  })
  @Property({ type: 'string', length: 16, nullable: true })
  toStatus?: string;

  @Field(() => String, { nullable: true, description: 'Note (说明): a reason, what was added or linked.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String, { description: 'API_KEY or USER: who recorded it.' })
  @Property({ type: 'string', length: 16 })
  actorKind!: string;

  /** Id of the key or user account. */
  @Property({ type: 'uuid' })
  actorId!: string;

  @Field(() => String, { description: 'Name of the staff key or account that recorded it.' })
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => Role, { description: 'The role under which it was recorded.' })
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  actorRole!: Role;

  /** The acting account's person, if any. */
  @Property({ type: 'uuid', nullable: true })
  actorPersonId?: string;
}
