import { Check, Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { Person } from '../organisation/person.entity';
import { Adoption } from './adoption.entity';
import { PledgeFrequency, PledgeKind } from './adoption.enums';

/**
 * One promise made with an adoption (认捐). Money is integer fen (分), never a float. The due
 * dates are not stored: pledge-schedule.ts computes them from startsOn, frequency and endsOn
 * (a one-off: dueOn). For "until the child turns 18" endsOn is stored as computed (the day
 * before the 18th birthday) and `untilPerson` names the child.
 */
@ObjectType('Pledge', { implements: Node, description: 'A pledge (认捐) made with an adoption.' })
@Entity({ tableName: 'pledge' })
@Check({ name: 'pledge_amount_fen_check', expression: 'amount_fen is null or amount_fen > 0' })
export class Pledge extends TenantOwnedEntity<
  'description' | 'amountFen' | 'frequency' | 'endsOn' | 'dueOn' | 'untilPerson'
> {
  @ManyToOne(() => Adoption, { ref: true, index: true })
  adoption!: Ref<Adoption>;

  @Field(() => PledgeKind, { description: 'In kind once, money, or a service.' })
  @Enum({ items: () => PledgeKind, nativeEnumName: 'pledge_kind' })
  kind!: PledgeKind;

  @Field(() => String, {
    nullable: true,
    description: 'The item or service (e.g. 轮椅一台, 每周辅导功课), or what the money is for.',
  })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'RECURRING_MONEY: the amount each time it falls due, in fen (分, 1 yuan = 100 fen); > 0.',
  })
  @Property({ type: 'int', nullable: true })
  amountFen?: number;

  @Field(() => PledgeFrequency, { nullable: true, description: 'Recurring pledges: how often it falls due.' })
  @Enum({ items: () => PledgeFrequency, nativeEnumName: 'pledge_frequency', nullable: true })
  frequency?: PledgeFrequency;

  @Field(() => LocalDate, { description: 'First day (and first due date) of the pledge.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of a recurring pledge (null: an open-ended service).',
  })
  @Property({ type: 'date', nullable: true })
  endsOn?: string;

  @Field(() => LocalDate, { nullable: true, description: 'ONE_OFF_IN_KIND: when the item is due.' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string;

  /** The child (a member of the household) the pledge runs for until 18. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  untilPerson?: Ref<Person>;
}
