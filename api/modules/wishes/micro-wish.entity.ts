import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { Role } from '../../core/auth/role.enum';
import type { AuditSubject } from '../../core/privacy/sensitive';
import { Person } from '../organisation/person.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { STORED_WISH_STATUSES, type StoredWishStatus, WishCategory } from './wish.enums';

/**
 * A micro-wish (微心愿) of a resident, owned by the community: a named book, a doll. Claimed once,
 * by a partner unit of the community or by one of its volunteers, then delivered and closed.
 * `status` is the stored state; the API shows the effective one (EXPIRED read from `expiresOn`,
 * see wish.workflow.ts). Money is in fen (分), an integer, never a float.
 */
@ObjectType('MicroWish', {
  implements: Node,
  description: 'A micro-wish (微心愿) of a resident, on the community’s wish wall (心愿墙).',
})
@Entity({ tableName: 'micro_wish' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
@Check({
  name: 'micro_wish_estimated_value_fen_check',
  expression: 'estimated_value_fen is null or estimated_value_fen > 0',
})
@Check({
  name: 'micro_wish_one_claimant_check',
  expression: 'claimant_partner_unit_id is null or claimant_person_id is null',
})
export class MicroWish
  extends TenantOwnedEntity<
    | 'description'
    | 'estimatedValueFen'
    | 'claimantPartnerUnit'
    | 'claimantPerson'
    | 'claimedAt'
    | 'deliveredAt'
    | 'deliveredByRole'
    | 'deliveredByName'
    | 'deliveryNote'
    | 'closedAt'
  >
  implements AuditSubject
{
  /** The resident whose wish it is: a person of the same community. */
  @ManyToOne(() => Person, { ref: true, index: true })
  poster!: Ref<Person>;

  @Field(() => String, { description: 'What is wished for (心愿), e.g. 《优雅走过下雨天》 or 一个布娃娃.' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Why, for whom, any detail (心愿说明).' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => WishCategory, { description: 'Kind of wish (心愿类别).' })
  @Enum({ items: () => WishCategory, nativeEnumName: 'wish_category' })
  category!: WishCategory;

  @Field(() => Int, {
    nullable: true,
    description: 'Estimated value in fen (分; 3500 = ¥35.00), if given; always positive.',
  })
  @Property({ type: 'integer', nullable: true })
  estimatedValueFen?: number;

  /** Stored state; the GraphQL `status` is the effective one (a field resolver). */
  @Enum({ items: STORED_WISH_STATUSES, nativeEnumName: 'micro_wish_status' })
  status!: StoredWishStatus;

  @Field(() => LocalDate, {
    description: 'Last day the wish may be claimed (截止日期); unclaimed after it, the wish is EXPIRED.',
  })
  @Property({ type: 'date' })
  expiresOn!: string;

  /** The partner unit holding the claim (a platform row: plain foreign key). */
  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, index: true })
  claimantPartnerUnit?: Ref<PartnerUnit>;

  /** The volunteer or party member holding the claim: a person of the same community. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  claimantPerson?: Ref<Person>;

  @Field(() => Date, { nullable: true, description: 'When it was claimed (认领时间); null while unclaimed.' })
  @Property({ type: 'datetime', nullable: true })
  claimedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it was handed over (送达时间).' })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date;

  /** The role under which the delivery was recorded (PARTNER, COMMUNITY_ADMIN, RESIDENT, …). */
  @Field(() => Role, { nullable: true, description: 'Role under which the delivery was recorded.' })
  @Enum({ items: () => Role, nativeEnumName: 'role', nullable: true })
  deliveredByRole?: Role;

  /** Name of the key or account that recorded the delivery (the GraphQL field masks residents'). */
  @Property({ type: 'string', length: 200, nullable: true })
  deliveredByName?: string;

  @Field(() => String, { nullable: true, description: 'What was handed over, by whom (送达说明).' })
  @Property({ type: 'text', nullable: true })
  deliveryNote?: string;

  @Field(() => Date, { nullable: true, description: 'When the wish was closed (完成时间).' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;

  auditSubjectPersonId(): string | null {
    return this.poster.id;
  }
}
