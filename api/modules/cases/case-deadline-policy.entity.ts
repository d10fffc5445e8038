import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { CaseCategory, CaseLevel } from './case.enums';

/**
 * A tenant's own time limit for one level (and optionally one category), overriding the code's
 * defaults (case.deadlines.ts). Looked up at the case's community, then its street: a street may
 * set limits for all of its communities, a community its own (the nearer one wins).
 */
@ObjectType('CaseDeadlinePolicy', {
  implements: Node,
  description: 'A time limit (办理时限) in working days for one level, set by a community or street.',
})
@Entity({ tableName: 'case_deadline_policy' })
@Unique({ properties: ['tenant', 'level', 'category'] })
@Check({ name: 'case_deadline_policy_days_check', expression: 'working_days between 1 and 120' })
export class CaseDeadlinePolicy extends TenantOwnedEntity<'category'> {
  @Field(() => CaseLevel, { description: 'The level the limit applies to.' })
  @Enum({ items: () => CaseLevel, nativeEnumName: 'case_level' })
  level!: CaseLevel;

  @Field(() => CaseCategory, { nullable: true, description: 'The category, or null for every category.' })
  @Enum({ items: () => CaseCategory, nativeEnumName: 'case_category', nullable: true })
  category?: CaseCategory;

  @Field(() => Int, { description: 'Working days (工作日) allowed at this level, 1–120.' })
  @Property({ type: 'smallint' })
  workingDays!: number;
}
