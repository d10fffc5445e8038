import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { SubProject } from './sub-project.entity';

/**
 * An outcome figure a sub-project tracks (成效指标): 旧物集市's items exchanged, 流动课堂's
 * sessions. Values are cumulative totals to date in whole units, so the latest measurement is
 * the current figure.
 */
@ObjectType('OutcomeIndicator', {
  implements: Node,
  description:
    'An outcome indicator (成效指标) of a sub-project, e.g. items exchanged (件). Values are cumulative totals to date in whole units.',
})
@Entity({ tableName: 'outcome_indicator' })
@Unique({ properties: ['subProject', 'name'] })
export class OutcomeIndicator extends TenantOwnedEntity<'target'> {
  @ManyToOne(() => SubProject, { ref: true, index: true, deleteRule: 'cascade' })
  subProject!: Ref<SubProject>;

  @Field(() => String, { description: 'What is counted, e.g. 旧物交换件数.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Unit (单位), e.g. 件, 场, 人次, 元.' })
  @Property({ type: 'string', length: 20 })
  unit!: string;

  @Field(() => Int, { nullable: true, description: 'Target total (目标值) in the unit, if one was set.' })
  @Property({ type: 'integer', nullable: true })
  target?: number;
}

/**
 * One dated measurement of an indicator (append-only: never updated or deleted, so the history
 * of a figure stays as reported). Who recorded it is kept by principal id and name.
 */
@ObjectType('IndicatorMeasurement', {
  description:
    'A dated measurement of an outcome indicator (实际值记录): the cumulative total as of measuredOn. Append-only.',
})
@Entity({ tableName: 'indicator_measurement' })
export class IndicatorMeasurement extends TenantOwnedEntity<'note'> {
  @ManyToOne(() => OutcomeIndicator, { ref: true, index: true })
  indicator!: Ref<OutcomeIndicator>;

  @Field(() => Int, { description: 'Cumulative total to date in the indicator’s unit, e.g. 157.' })
  @Property({ type: 'integer' })
  value!: number;

  @Field(() => LocalDate, { description: 'Date the figure refers to (统计日期).' })
  @Property({ type: 'date' })
  measuredOn!: string;

  @Field(() => String, { nullable: true, description: 'Note, e.g. where the figure comes from.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  /** Id of the API key or user account that recorded it. */
  @Property({ type: 'uuid' })
  recordedById!: string;

  @Field(() => String, { description: 'Name of the account that recorded it (记录人).' })
  @Property({ type: 'string', length: 100 })
  recordedByName!: string;
}
