import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import { Case } from './case.entity';
import { CaseDeadlinePolicy } from './case-deadline-policy.entity';
import { CaseCategory, CaseLevel, CaseStatus } from './case.enums';

@ObjectType('CaseConnection', { description: 'A page of cases (案件), oldest first (stable for syncing).' })
export class CaseConnection extends Connection(Case) {}

@ObjectType('CasePayload', { description: 'Result of a case mutation: the case as it now is.' })
export class CasePayload {
  @Field(() => Case, { description: 'The case, with its new status, level and timeline.' })
  case!: Case;
}

@ObjectType('CaseStatsRow', {
  description: 'How many cases one tenant has in one category, status and level (案件统计).',
})
export class CaseStatsRow {
  /** The owning community's uuid, for the `tenant` field resolver. */
  tenantId!: string;

  @Field(() => CaseCategory, { description: 'The category.' })
  category!: CaseCategory;

  @Field(() => CaseStatus, { description: 'The status.' })
  status!: CaseStatus;

  @Field(() => CaseLevel, { description: 'The level the cases are at now.' })
  level!: CaseLevel;

  @Field(() => Int, { description: 'Number of cases.' })
  count!: number;
}

@ObjectType('CaseStats', { description: 'Case counts (案件统计) for a tenant and its subtree.' })
export class CaseStats {
  @Field(() => Int, { description: 'All cases counted.' })
  total!: number;

  @Field(() => Int, { description: 'Open cases past their level’s deadline now (超期).' })
  overdue!: number;

  @Field(() => [CaseStatsRow], {
    description:
      'Counts per community, category, status and level (only non-zero rows), each attributed to its tenant.',
  })
  rows!: CaseStatsRow[];
}

@ObjectType('CaseDeadlinePolicyPayload', { description: 'Result of caseDeadlinePolicySet.' })
export class CaseDeadlinePolicyPayload {
  @Field(() => CaseDeadlinePolicy, { description: 'The time limit as stored.' })
  caseDeadlinePolicy!: CaseDeadlinePolicy;
}
