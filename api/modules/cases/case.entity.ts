import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { PersonalDataKind } from '../../core/privacy/masking';
import { type AuditSubject, Sensitive } from '../../core/privacy/sensitive';
import { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { Team } from '../teams/team.entity';
import { CaseAssigneeKind, CaseCategory, CaseLevel, CaseSource, CaseStatus } from './case.enums';

/**
 * A case (矛盾纠纷/诉求/隐患): a dispute, a request or a hazard, owned by its community however
 * high it climbs (a street's scope covers its communities, so RLS needs no special rule for an
 * escalated case; who may act at which level is the policy's business, see case.policy.ts).
 * `levelEntry` counts the level entries of the case (1 on report, +1 per escalation): the deadline
 * job names the entry it was scheduled for, so a job of an entry already left does nothing.
 */
@ObjectType('Case', {
  implements: Node,
  description: 'A case (矛盾纠纷/诉求/隐患): a dispute, request or hazard, handled level by level.',
})
@Entity({ tableName: 'governance_case' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
@Index({ properties: ['status', 'deadlineAt'] })
@Index({ properties: ['tenant', 'level', 'status'] })
@Check({ name: 'governance_case_satisfaction_check', expression: 'satisfaction between 1 and 5' })
@Check({
  name: 'governance_case_location_check',
  expression:
    '(latitude is null) = (longitude is null) and (latitude is null or (latitude between -90 and 90 and longitude between -180 and 180))',
})
export class Case
  extends TenantOwnedEntity<
    | 'grid'
    | 'microGrid'
    | 'latitude'
    | 'longitude'
    | 'address'
    | 'reporterName'
    | 'reporterPhone'
    | 'reporterEmail'
    | 'reporterPerson'
    | 'reporterPrincipalKind'
    | 'reporterPrincipalId'
    | 'originType'
    | 'originId'
    | 'assigneeKind'
    | 'assigneePerson'
    | 'assigneeTeam'
    | 'assigneePartnerUnit'
    | 'assignedAt'
    | 'mediationCount'
    | 'resolvedAt'
    | 'resolutionNote'
    | 'closedAt'
    | 'satisfaction'
    | 'petitionerAccepted'
  >
  implements AuditSubject
{
  @Field(() => CaseCategory, { description: 'What the case is about (类别).' })
  @Enum({ items: () => CaseCategory, nativeEnumName: 'case_category' })
  category!: CaseCategory;

  @Field(() => String, { description: 'What happened, in the reporter’s words (情况描述).' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => CaseSource, { description: 'How the case came in (来源).' })
  @Enum({ items: () => CaseSource, nativeEnumName: 'case_source' })
  source!: CaseSource;

  @Field(() => CaseStatus, { description: 'Where the case stands (状态).' })
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  status!: CaseStatus;

  @Field(() => CaseLevel, { description: 'The level handling it now (当前层级).' })
  @Enum({ items: () => CaseLevel, nativeEnumName: 'case_level' })
  level!: CaseLevel;

  @Field(() => Int, { description: 'How many levels the case has entered so far (1 on report).' })
  @Property({ type: 'smallint' })
  levelEntry!: number;

  @Field(() => Date, { description: 'When the current level was entered.' })
  @Property({ type: 'datetime' })
  levelEnteredAt!: Date;

  @Field(() => Date, {
    description:
      'Deadline of the current level (办理时限): the end (24:00 China time) of its last working day. Past it, an open case escalates by itself.',
  })
  @Property({ type: 'datetime' })
  deadlineAt!: Date;

  @ManyToOne(() => Grid, { ref: true, nullable: true, index: true })
  grid?: Ref<Grid>;

  @ManyToOne(() => MicroGrid, { ref: true, nullable: true, index: true })
  microGrid?: Ref<MicroGrid>;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS-84) of the spot, if given.' })
  @Property({ type: 'double', nullable: true })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS-84) of the spot, if given.' })
  @Property({ type: 'double', nullable: true })
  longitude?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Where, in words (地点), e.g. 嵩山路1号院东墙; not a home address.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string;

  @Sensitive(PersonalDataKind.NAME)
  @Field(() => String, {
    nullable: true,
    description: 'Name of the reporter (反映人). Masked as 徐** unless revealed.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  reporterName?: string;

  @Sensitive(PersonalDataKind.PHONE)
  @Field(() => String, {
    nullable: true,
    description: 'Phone of the reporter (联系电话). Masked as 138****1234 unless revealed.',
  })
  @Property({ type: 'string', length: 20, nullable: true })
  reporterPhone?: string;

  /** E-mail given through Open311; personal, so not exposed on the schema. */
  @Property({ type: 'string', length: 200, nullable: true })
  reporterEmail?: string;

  /** The resident who reported, when known (a person of the same community). */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  reporterPerson?: Ref<Person>;

  /** API_KEY or USER: the principal that reported (a mobile probe reads back its own cases by it). */
  @Property({ type: 'string', length: 16, nullable: true })
  reporterPrincipalKind?: string;

  @Property({ type: 'uuid', nullable: true, index: true })
  reporterPrincipalId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the case came from, e.g. HouseholdVisit for a visit finding (来源记录类型).',
  })
  @Property({ type: 'string', length: 40, nullable: true })
  originType?: string;

  /** Uuid of the originating record (e.g. a household visit of the care module). */
  @Property({ type: 'uuid', nullable: true })
  originId?: string;

  @Field(() => CaseAssigneeKind, { nullable: true, description: 'Who the case is assigned to, if anyone.' })
  @Enum({ items: () => CaseAssigneeKind, nativeEnumName: 'case_assignee_kind', nullable: true })
  assigneeKind?: CaseAssigneeKind;

  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  assigneePerson?: Ref<Person>;

  @ManyToOne(() => Team, { ref: true, nullable: true, index: true })
  assigneeTeam?: Ref<Team>;

  /** A platform row: plain foreign key (the partnership is checked when assigning). */
  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, index: true })
  assigneePartnerUnit?: Ref<PartnerUnit>;

  @Field(() => Date, { nullable: true, description: 'When it was last assigned.' })
  @Property({ type: 'datetime', nullable: true })
  assignedAt?: Date;

  @Field(() => Int, { description: 'Mediation sessions held so far (调解次数).' })
  @Property({ type: 'smallint', default: 0 })
  mediationCount: number = 0;

  @Field(() => Date, { nullable: true, description: 'When it was resolved (办结时间).' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date;

  @Field(() => String, { nullable: true, description: 'How it was resolved (办结说明).' })
  @Property({ type: 'text', nullable: true })
  resolutionNote?: string;

  @Field(() => Date, { nullable: true, description: 'When it was closed (结案时间).' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;

  @Field(() => Int, { nullable: true, description: 'The reporter’s satisfaction (满意度), 1–5.' })
  @Property({ type: 'smallint', nullable: true })
  satisfaction?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'For a petition (信访): whether the petitioner accepted the outcome (案结事了).',
  })
  @Property({ type: 'boolean', nullable: true })
  petitionerAccepted?: boolean;

  auditSubjectPersonId(): string | null {
    return this.reporterPerson?.id ?? null;
  }
}
