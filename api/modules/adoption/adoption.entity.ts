import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { HouseholdFile } from '../households/household-file.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { Partnership } from '../partners/partnership.entity';
import { AdoptionStatus } from './adoption.enums';

/**
 * A partner unit's adoption (认领) of a household file. Owned by the household's community; made
 * under the unit's ACTIVE partnership (共建协议) with that community. At most one ACTIVE adoption
 * per household (a partial unique index, behind the row lock householdAdopt takes on the file).
 */
@ObjectType('Adoption', {
  implements: Node,
  description: 'A partner unit’s adoption (认领) of a household in need, with its pledges (认捐).',
})
@Entity({ tableName: 'adoption' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
@Index({ properties: ['partnerUnit', 'status'] })
@Unique({
  name: 'adoption_household_active_unique',
  expression: `create unique index "adoption_household_active_unique" on "adoption" ("household_id") where "status" = 'ACTIVE'`,
})
export class Adoption extends TenantOwnedEntity<'status' | 'endedAt' | 'endReason' | 'note'> {
  @ManyToOne(() => HouseholdFile, { ref: true, index: true })
  household!: Ref<HouseholdFile>;

  /** The adopting unit (a platform row): a plain reference. */
  @ManyToOne(() => PartnerUnit, { ref: true, index: true })
  partnerUnit!: Ref<PartnerUnit>;

  /** The agreement in force with the community when the household was adopted. */
  @ManyToOne(() => Partnership, { ref: true, index: true })
  partnership!: Ref<Partnership>;

  @Field(() => AdoptionStatus, { description: 'ACTIVE until the partner or the community ends it.' })
  @Enum({ items: () => AdoptionStatus, nativeEnumName: 'adoption_status' })
  status: AdoptionStatus = AdoptionStatus.ACTIVE;

  @Field(() => Date, { description: 'When the household was adopted (认领时间).' })
  @Property({ type: 'datetime' })
  adoptedAt!: Date;

  @Field(() => String, { description: 'Who adopted it for the unit (the key’s or account’s name).' })
  @Property({ type: 'string', length: 200 })
  adoptedByName!: string;

  @Field(() => String, { nullable: true, description: 'The partner’s note at adoption.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => Date, { nullable: true, description: 'When the adoption ended (解除认领).' })
  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Why the adoption ended.' })
  @Property({ type: 'text', nullable: true })
  endReason?: string;
}
