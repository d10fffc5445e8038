import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import type { AuditSubject } from '../../core/privacy/sensitive';
import { Case } from './case.entity';
import { CaseEventKind, CaseLevel, CaseStatus } from './case.enums';

/**
 * One entry of a case's timeline (案件记录): who, when, what, from → to (status and level).
 * Append-only: the API role may only insert and read it (api/db/roles.ts APPEND_ONLY_TABLES),
 * written in the same transaction as the step. A level entry records its own deadline, so the
 * history shows every level's time limit even after escalation replaced the case's.
 */
@ObjectType('CaseEvent', {
  implements: Node,
  description: 'An entry of a case’s timeline (案件记录): who, when, what, from and to.',
})
@Entity({ tableName: 'case_event' })
@Index({ properties: ['case', 'occurredAt'] })
export class CaseEvent
  extends TenantOwnedEntity<
    'fromStatus' | 'fromLevel' | 'deadlineAt' | 'note' | 'details' | 'actorId' | 'actorPersonId'
  >
  implements AuditSubject
{
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field(() => CaseEventKind, { description: 'What was done.' })
  @Enum({ items: () => CaseEventKind, nativeEnumName: 'case_event_kind' })
  kind!: CaseEventKind;

  @Field(() => CaseStatus, { nullable: true, description: 'Status before (null when reported).' })
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status', nullable: true })
  fromStatus?: CaseStatus;

  @Field(() => CaseStatus, { description: 'Status after.' })
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  toStatus!: CaseStatus;

  @Field(() => CaseLevel, { nullable: true, description: 'Level before (null when reported).' })
  @Enum({ items: () => CaseLevel, nativeEnumName: 'case_level', nullable: true })
  fromLevel?: CaseLevel;

  @Field(() => CaseLevel, { description: 'Level after.' })
  @Enum({ items: () => CaseLevel, nativeEnumName: 'case_level' })
  toLevel!: CaseLevel;

  @Field(() => Int, { description: 'The level entry the case was in after this step.' })
  @Property({ type: 'smallint' })
  levelEntry!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'For an entry into a level (reported, escalated): that level’s deadline (办理时限).',
  })
  @Property({ type: 'datetime', nullable: true })
  deadlineAt?: Date;

  @Field(() => Date, { description: 'When it happened (from the platform clock).' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Note (说明): why, what was agreed.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  /** Step-specific facts (assignee, automatic escalation, rating, session id); see case.types.ts. */
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown>;

  @Field(() => String, {
    description: 'API_KEY, USER, or SYSTEM (the platform itself, e.g. an escalation by deadline).',
  })
  @Property({ type: 'string', length: 16 })
  actorKind!: string;

  /** Id of the key or user account (null for SYSTEM). */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  /** Name of the key or account (masked for personal roles by the timeline's field resolver). */
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => String, { description: 'The role the step was taken under (a Role, or SYSTEM).' })
  @Property({ type: 'string', length: 32 })
  actorRole!: string;

  /** The acting account's person, if any. */
  @Property({ type: 'uuid', nullable: true })
  actorPersonId?: string;

  auditSubjectPersonId(): string | null {
    return this.actorPersonId ?? null;
  }
}
