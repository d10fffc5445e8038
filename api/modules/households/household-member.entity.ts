import { Entity, Enum, ManyToOne, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { Person } from '../organisation/person.entity';
import { HouseholdFile } from './household-file.entity';
import { HouseholdRelation } from './household.enums';

/**
 * A member of a household: a person of the same community and their relation to the head. The
 * birth date is the person's (one truth for the whole platform); whether a member is a minor is
 * derived from it (China today), never stored.
 */
@ObjectType('HouseholdMember', {
  implements: Node,
  description: 'A member of a household (家庭成员), with the relation to the head.',
})
@Entity({ tableName: 'household_member' })
@Unique({ properties: ['household', 'person'] })
export class HouseholdMember extends TenantOwnedEntity {
  @ManyToOne(() => HouseholdFile, { ref: true, index: true, deleteRule: 'cascade' })
  household!: Ref<HouseholdFile>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Field(() => HouseholdRelation, { description: 'Relation to the head of the household.' })
  @Enum({ items: () => HouseholdRelation, nativeEnumName: 'household_relation' })
  relation!: HouseholdRelation;
}
