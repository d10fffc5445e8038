import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { Grid } from '../organisation/grid.entity';
import { Person } from '../organisation/person.entity';
import { CareSubject } from './care-subject.entity';
import { CareAlertAction, CareAlertOutcome, CareAlertStatus, CheckInChannel } from './care.enums';

/** A daily check-in (每日一问候): the doorbell pressed, a call answered, a visit made. */
@ObjectType('CareCheckIn', {
  implements: Node,
  description: 'A daily check-in (每日一问候) of an enrolled person: doorbell, phone call or visit.',
})
@Entity({ tableName: 'care_check_in' })
@Index({ properties: ['subject', 'day'] })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class CareCheckIn extends TenantOwnedEntity<'note' | 'recordedById'> {
  @ManyToOne(() => CareSubject, { ref: true, index: true })
  subject!: Ref<CareSubject>;

  @Field(() => LocalDate, { description: 'The day (China date) the check-in counts for.' })
  @Property({ type: 'date' })
  day!: string;

  @Field(() => Date, { description: 'When it was recorded (by the platform clock).' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => CheckInChannel, { description: 'How (门铃/电话/上门).' })
  @Enum({ items: () => CheckInChannel, nativeEnumName: 'check_in_channel' })
  channel!: CheckInChannel;

  @Field(() => String, { description: 'API_KEY (a device) or USER (a grid worker or admin).' })
  @Property({ type: 'string', length: 16 })
  recordedByKind!: string;

  @Property({ type: 'uuid', nullable: true })
  recordedById?: string;

  @Field(() => String, { description: 'Name of the device key or the staff account that recorded it.' })
  @Property({ type: 'string', length: 200 })
  recordedByName!: string;

  @Field(() => String, {
    description: 'The role it was recorded under (DEVICE, GRID_WORKER, COMMUNITY_ADMIN).',
  })
  @Property({ type: 'string', length: 32 })
  recordedByRole!: string;

  @Field(() => String, { nullable: true, description: 'A note, e.g. 声音洪亮, 精神不错.' })
  @Property({ type: 'text', nullable: true })
  note?: string;
}

/**
 * An alert for a missed daily check-in (关爱预警): one per person and day (a unique key, so a job
 * run twice cannot raise two), assigned to the responsible grid worker, escalated to the community
 * admin when not acknowledged by `escalateAt`, closed with what was found. `grid` is the subject's
 * at raising time, for scope ("a grid worker sees its grids' alerts") without a join.
 */
@ObjectType('CareAlert', {
  implements: Node,
  description: 'An alert for a missed daily check-in (关爱预警): raised, escalated, acknowledged, closed.',
})
@Entity({ tableName: 'care_alert' })
@Unique({ properties: ['subject', 'day'] })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
@Index({ properties: ['tenant', 'status'] })
export class CareAlert extends TenantOwnedEntity<
  | 'status'
  | 'escalatedAt'
  | 'acknowledgedAt'
  | 'acknowledgedByName'
  | 'closedAt'
  | 'closedByName'
  | 'outcome'
  | 'findings'
> {
  @ManyToOne(() => CareSubject, { ref: true, index: true })
  subject!: Ref<CareSubject>;

  @ManyToOne(() => Grid, { ref: true, index: true })
  grid!: Ref<Grid>;

  /** The grid worker it is assigned to (the subject's responsible worker when raised). */
  @ManyToOne(() => Person, { ref: true, index: true })
  assignedWorker!: Ref<Person>;

  @Field(() => LocalDate, { description: 'The day (China date) whose check-in was missed.' })
  @Property({ type: 'date' })
  day!: string;

  @Field(() => Date, { description: 'When the alert was raised (预警时间).' })
  @Property({ type: 'datetime' })
  raisedAt!: Date;

  @Field(() => Date, { description: 'When it is escalated unless acknowledged before (升级时限).' })
  @Property({ type: 'datetime' })
  escalateAt!: Date;

  @Field(() => CareAlertStatus, { description: 'Where the alert stands.' })
  @Enum({ items: () => CareAlertStatus, nativeEnumName: 'care_alert_status' })
  status: CareAlertStatus = CareAlertStatus.RAISED;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was escalated to the community admin, if it was.',
  })
  @Property({ type: 'datetime', nullable: true })
  escalatedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it was acknowledged (响应时间).' })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Staff account that acknowledged it.' })
  @Property({ type: 'string', length: 200, nullable: true })
  acknowledgedByName?: string;

  @Field(() => Date, { nullable: true, description: 'When it was closed (办结时间).' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Staff account that closed it.' })
  @Property({ type: 'string', length: 200, nullable: true })
  closedByName?: string;

  @Field(() => CareAlertOutcome, {
    nullable: true,
    description: 'What was found (处置结果); set when closed.',
  })
  @Enum({ items: () => CareAlertOutcome, nativeEnumName: 'care_alert_outcome', nullable: true })
  outcome?: CareAlertOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'What was found and done (处置情况); set when closed.',
  })
  @Property({ type: 'text', nullable: true })
  findings?: string;
}

/** One step of an alert's history: who, when, from, to, why. Append-only, same transaction. */
@ObjectType('CareAlertEvent', {
  implements: Node,
  description: 'A step in the history of a care alert (预警处置记录): who, when, from, to and a note.',
})
@Entity({ tableName: 'care_alert_event' })
@Index({ properties: ['alert', 'occurredAt'] })
export class CareAlertEvent extends TenantOwnedEntity<'fromStatus' | 'note' | 'actorId' | 'actorPerson'> {
  @ManyToOne(() => CareAlert, { ref: true, index: true })
  alert!: Ref<CareAlert>;

  @Field(() => CareAlertAction, { description: 'The step taken.' })
  @Enum({ items: () => CareAlertAction, nativeEnumName: 'care_alert_action' })
  action!: CareAlertAction;

  @Field(() => CareAlertStatus, { nullable: true, description: 'State before (null when raised).' })
  @Enum({ items: () => CareAlertStatus, nativeEnumName: 'care_alert_status', nullable: true })
  fromStatus?: CareAlertStatus;

  @Field(() => CareAlertStatus, { description: 'State after.' })
  @Enum({ items: () => CareAlertStatus, nativeEnumName: 'care_alert_status' })
  toStatus!: CareAlertStatus;

  @Field(() => String, { nullable: true, description: 'Why or what (说明).' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => String, {
    description: 'API_KEY, USER, or SYSTEM (the platform, for raising and escalating).',
  })
  @Property({ type: 'string', length: 16 })
  actorKind!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  @Field(() => String, { description: 'Name of the account that took the step (平台 for SYSTEM).' })
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => String, { description: 'The role the step was taken under (a Role, or SYSTEM).' })
  @Property({ type: 'string', length: 32 })
  actorRole!: string;

  /** The staff member's person record, when the account has one. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  actorPerson?: Ref<Person>;

  @Field(() => Date, { description: 'When the step was taken (by the platform clock).' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;
}
