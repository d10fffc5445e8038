import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { enqueueInTransaction } from '../../core/jobs';
import { Case } from './case.entity';
import { CaseEvent } from './case-event.entity';
import type { CaseEventKind, CaseLevel, CaseStatus } from './case.enums';

/** Who took a step, as the timeline records it. */
export interface CaseActor {
  kind: 'API_KEY' | 'USER' | 'SYSTEM';
  /** Key or user account id; null for the platform itself. */
  id: string | null;
  name: string;
  /** A Role, or SYSTEM. */
  role: string;
  personId: string | null;
}

/** The platform itself: an escalation because the deadline passed. */
export const SYSTEM_ACTOR: CaseActor = {
  kind: 'SYSTEM',
  id: null,
  name: '平台',
  role: 'SYSTEM',
  personId: null,
};

export interface StepRecord {
  kind: CaseEventKind;
  fromStatus?: CaseStatus;
  fromLevel?: CaseLevel;
  note?: string | null;
  details?: Record<string, unknown>;
  /** For a level entry: the new level's deadline. */
  deadlineAt?: Date;
  at: Date;
}

/**
 * Appends a timeline entry for a step already applied to `c` (its status and level are the
 * "to" side), in the caller's transaction; flushed by the caller.
 */
export function appendEvent(em: EntityManager, c: Case, actor: CaseActor, step: StepRecord): CaseEvent {
  return em.create(CaseEvent, {
    tenant: c.tenant,
    case: c,
    kind: step.kind,
    fromStatus: step.fromStatus,
    toStatus: c.status,
    fromLevel: step.fromLevel,
    toLevel: c.level,
    levelEntry: c.levelEntry,
    deadlineAt: step.deadlineAt,
    occurredAt: step.at,
    note: step.note?.trim() || undefined,
    details: step.details,
    actorKind: actor.kind,
    actorId: actor.id ?? undefined,
    actorName: actor.name,
    actorRole: actor.role,
    actorPersonId: actor.personId ?? undefined,
  });
}

/**
 * The case row, locked (`for update`) until the transaction ends and read fresh, so two steps on
 * one case (two escalations, a job and a person) are serialised and the second sees the first's
 * result. `where` carries the caller's read scope; null when the case is not there for it.
 */
export function lockCase(em: EntityManager, id: string, where: FilterQuery<Case> = {}): Promise<Case | null> {
  return em.findOne(Case, { $and: [{ id }, where] } as FilterQuery<Case>, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
}

/** The queue of the per-level-entry deadline job (migration 20261124020002 creates it). */
export const LEVEL_DEADLINE_QUEUE = 'case-level-deadline';
/** The queue of the sweep that escalates every overdue open case (tests, and a periodic safety net). */
export const DEADLINE_SWEEP_QUEUE = 'case-deadline-sweep';

export interface LevelDeadlineJob {
  tenantId: string;
  caseId: string;
  /** The level entry the job was scheduled for: a job of an entry already left does nothing. */
  levelEntry: number;
}

/**
 * Schedules the deadline of the case's current level entry, in the current transaction (it
 * commits or rolls back with the step that entered the level). The singleton key names case and
 * entry, for tracing; exactly-once comes from the handler's re-check under the row lock.
 */
export async function scheduleLevelDeadline(
  em: EntityManager,
  c: Case,
  at: Date = c.deadlineAt,
): Promise<void> {
  const data: LevelDeadlineJob = { tenantId: c.tenant.id, caseId: c.id, levelEntry: c.levelEntry };
  await enqueueInTransaction(em, LEVEL_DEADLINE_QUEUE, data, {
    startAfter: at,
    singletonKey: `${c.id}:${c.level}:${c.levelEntry}`,
  });
}
