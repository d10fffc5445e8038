import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { Pledge } from './pledge.entity';
import { SupportConfirmation } from './adoption.enums';

/**
 * One delivery on a pledge (帮扶记录), recorded by the adopting partner or the community, then
 * confirmed with the household by the grid worker (入户核实). Only the confirmation changes.
 */
@ObjectType('SupportRecord', {
  implements: Node,
  description: 'A delivery on a pledge (帮扶记录), and what the household said about it.',
})
@Entity({ tableName: 'support_record' })
@Index({ properties: ['pledge', 'deliveredOn'] })
@Check({ name: 'support_record_amount_fen_check', expression: 'amount_fen is null or amount_fen > 0' })
export class SupportRecord extends TenantOwnedEntity<
  | 'amountFen'
  | 'item'
  | 'evidenceNote'
  | 'confirmation'
  | 'confirmedAt'
  | 'confirmedByName'
  | 'confirmationNote'
> {
  @ManyToOne(() => Pledge, { ref: true, index: true })
  pledge!: Ref<Pledge>;

  @Field(() => LocalDate, { description: 'When it was delivered (not in the future).' })
  @Property({ type: 'date' })
  deliveredOn!: string;

  @Field(() => Int, { nullable: true, description: 'Money delivered, in fen (分); money pledges only.' })
  @Property({ type: 'int', nullable: true })
  amountFen?: number;

  @Field(() => String, { nullable: true, description: 'What was delivered (item or service given).' })
  @Property({ type: 'text', nullable: true })
  item?: string;

  @Field(() => String, { nullable: true, description: 'Evidence (凭证): receipt number, photo reference, …' })
  @Property({ type: 'text', nullable: true })
  evidenceNote?: string;

  /** API_KEY or USER, and the key's or account's id. */
  @Property({ type: 'string', length: 16 })
  recordedByKind!: string;

  @Property({ type: 'uuid' })
  recordedById!: string;

  @Field(() => String, { description: 'Who recorded it (key or account name).' })
  @Property({ type: 'string', length: 200 })
  recordedByName!: string;

  @Field(() => String, { description: 'Under which role it was recorded (PARTNER, COMMUNITY_ADMIN, …).' })
  @Property({ type: 'string', length: 32 })
  recordedByRole!: string;

  @Field(() => SupportConfirmation, {
    nullable: true,
    description: 'What the household said (null: not confirmed yet).',
  })
  @Enum({ items: () => SupportConfirmation, nativeEnumName: 'support_confirmation', nullable: true })
  confirmation?: SupportConfirmation;

  @Field(() => Date, { nullable: true, description: 'When it was confirmed.' })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who confirmed it (the grid worker or staff account).',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  confirmedByName?: string;

  @Field(() => String, { nullable: true, description: 'The confirmation note (what the household said).' })
  @Property({ type: 'text', nullable: true })
  confirmationNote?: string;
}
