import { Check, Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import type { AuditSubject } from '../../core/privacy/sensitive';
import { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { HouseholdFile } from '../households/household-file.entity';

/** Defaults of a community without a settings row: greet by 10:00, escalate after an hour. */
export const DEFAULT_CHECK_IN_BY = '10:00';
export const DEFAULT_ACK_WINDOW_MINUTES = 60;
/** A day at most: an alert left longer than that is no longer "not acknowledged in time". */
export const MAX_ACK_WINDOW_MINUTES = 24 * 60;

/**
 * A community's daily-greeting settings (每日一问候): the default time by which a check-in is
 * expected and how long an alert may stay unacknowledged before it is escalated. One row per
 * community, written on first change (no row means the defaults above).
 */
@ObjectType('CareSettings', {
  description: "A community's daily-greeting settings (每日一问候): defaults for its enrolled people.",
})
@Entity({ tableName: 'care_settings' })
@Unique({ properties: ['tenant'] })
@Check({
  name: 'care_settings_ack_window_minutes_check',
  expression: 'ack_window_minutes >= 1 and ack_window_minutes <= 1440',
})
export class CareSettings extends TenantOwnedEntity<'defaultCheckInBy' | 'ackWindowMinutes'> {
  @Field(() => String, {
    description: 'Default time (China time, HH:MM) by which the daily check-in is expected, e.g. 10:00.',
  })
  @Property({ type: 'string', length: 5 })
  defaultCheckInBy: string = DEFAULT_CHECK_IN_BY;

  @Field(() => Int, {
    description: 'Minutes an alert may stay unacknowledged before it is escalated to the community admin.',
  })
  @Property({ type: 'integer' })
  ackWindowMinutes: number = DEFAULT_ACK_WINDOW_MINUTES;
}

/**
 * An elderly person enrolled in the daily greeting (每日一问候, e.g. living alone): who, where,
 * the grid worker responsible, by when a check-in is expected each day, and for which period.
 * `nextDueDay` is the day whose missed-check-in job is pending: the job for any other day is
 * stale and does nothing, which makes the daily chain of jobs exactly-once under retries.
 */
@ObjectType('CareSubject', {
  implements: Node,
  description:
    'A person enrolled in the daily greeting (每日一问候), e.g. an elderly person living alone (独居老人).',
})
@Entity({ tableName: 'care_subject' })
@Unique({ properties: ['tenant', 'person'] })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
@Check({
  name: 'care_subject_ack_window_minutes_check',
  expression: 'ack_window_minutes is null or (ack_window_minutes >= 1 and ack_window_minutes <= 1440)',
})
@Check({
  name: 'care_subject_active_check',
  expression: 'active_until is null or active_until >= active_from',
})
export class CareSubject
  extends TenantOwnedEntity<'household' | 'ackWindowMinutes' | 'activeUntil' | 'nextDueDay' | 'note'>
  implements AuditSubject
{
  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @ManyToOne(() => Grid, { ref: true, index: true })
  grid!: Ref<Grid>;

  @ManyToOne(() => MicroGrid, { ref: true, index: true })
  microGrid!: Ref<MicroGrid>;

  @ManyToOne(() => HouseholdFile, { ref: true, nullable: true, index: true })
  household?: Ref<HouseholdFile>;

  /** The grid worker an alert is assigned to (责任网格员). */
  @ManyToOne(() => Person, { ref: true, index: true })
  responsibleWorker!: Ref<Person>;

  @Field(() => String, {
    description: 'Time (China time, HH:MM) by which a check-in is expected each day; later is an alert.',
  })
  @Property({ type: 'string', length: 5 })
  checkInBy!: string;

  /** Own escalation window; null means the community's setting. */
  @Property({ type: 'integer', nullable: true })
  ackWindowMinutes?: number;

  @Field(() => LocalDate, { description: 'First day of the daily greeting.' })
  @Property({ type: 'date' })
  activeFrom!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of the daily greeting; null while it goes on.',
  })
  @Property({ type: 'date', nullable: true })
  activeUntil?: string;

  @Property({ type: 'date', nullable: true })
  nextDueDay?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Practical notes for whoever follows up (e.g. 钥匙在邻居家), not health details.',
  })
  @Property({ type: 'text', nullable: true })
  note?: string;

  auditSubjectPersonId(): string {
    return this.person.id;
  }
}
