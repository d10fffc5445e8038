import { Check, Entity, Index, ManyToOne, type Ref, Unique } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { HouseholdFile } from '../households/household-file.entity';
import { Case } from '../cases/case.entity';
import { MeetingDecision } from './meeting-decision.entity';

/**
 * A decision acting on a household file or a case (never both). The row belongs to the decision's tenant
 * and its targets are same-tenant foreign keys, so a decision links only rows of its meeting's
 * own tenant: a street's joint meeting cannot link its communities' files or cases (the schema
 * refuses it even for the owner), which keeps every link readable wherever the decision is.
 */
@ObjectType('MeetingDecisionLink', {
  implements: Node,
  description:
    'A link from a decision to the case (矛盾纠纷/诉求/隐患) or household file (一户一档) it acts on, in the same tenant.',
})
@Entity({ tableName: 'meeting_decision_link' })
@Index({ properties: ['decision', 'createdAt'] })
@Unique({
  name: 'meeting_decision_link_household_unique',
  expression: `create unique index "meeting_decision_link_household_unique" on "meeting_decision_link" ("decision_id", "household_file_id") where "household_file_id" is not null`,
})
@Unique({
  name: 'meeting_decision_link_case_unique',
  expression: `create unique index "meeting_decision_link_case_unique" on "meeting_decision_link" ("decision_id", "case_id") where "case_id" is not null`,
})
@Check({
  name: 'meeting_decision_link_one_target_check',
  expression: `num_nonnulls(household_file_id, case_id) = 1`,
})
export class MeetingDecisionLink extends TenantOwnedEntity<'householdFile' | 'case'> {
  @ManyToOne(() => MeetingDecision, { ref: true, index: true })
  decision!: Ref<MeetingDecision>;

  @ManyToOne(() => HouseholdFile, { ref: true, nullable: true, index: true })
  householdFile?: Ref<HouseholdFile>;

  @ManyToOne(() => Case, { ref: true, nullable: true, index: true })
  case?: Ref<Case>;
}
