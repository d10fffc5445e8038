import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { enqueueInTransaction } from '../../core/jobs';
import type { Role } from '../../core/auth/role.enum';
import { HouseholdFile } from './household-file.entity';
import { HouseholdEvent } from './household-event.entity';
import { HouseholdAction, HouseholdStatus } from './household.enums';
import { illegalStep } from './household.errors';
import { principalOf } from './household.policy';
import { stepFor, SYSTEM_ACTOR, type WorkflowActor } from './household.workflow';

/** Who takes a step, as recorded in the file's history. */
export interface HouseholdActor {
  kind: 'API_KEY' | 'USER' | typeof SYSTEM_ACTOR;
  /** Key or user account id; null for the platform itself. */
  id: string | null;
  name: string;
  role: WorkflowActor;
}

export const SYSTEM: HouseholdActor = { kind: SYSTEM_ACTOR, id: null, name: '平台', role: SYSTEM_ACTOR };

/** The request's principal acting under `role` (a role the policy found for this file and step). */
export function actorOf(ctx: RequestContext, role: Role): HouseholdActor {
  const p = principalOf(ctx);
  return { kind: p.kind, id: p.id, name: p.name, role };
}

/**
 * The file row, locked (`select … for update`) until the transaction ends, and read fresh: two
 * steps on one file are serialised, and the second sees the state the first left (so two
 * concurrent approvals give one success and one INVALID_TRANSITION). `where` carries the
 * caller's read scope; null when the file is not there for it.
 */
export async function lockHousehold(
  em: EntityManager,
  id: string,
  where: FilterQuery<HouseholdFile> = {},
): Promise<HouseholdFile | null> {
  return em.findOne(HouseholdFile, { $and: [{ id }, where] } as FilterQuery<HouseholdFile>, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
}

/**
 * Takes one step of the workflow on a LOCKED file (see lockHousehold): checks it against the table
 * (INVALID_TRANSITION naming the current state), changes the state and appends the event, both
 * flushed by the caller in the same transaction. The actor's right to take the step on this file
 * is the caller's to check (household.policy.ts `actingRole`; the adoption module checks its
 * partnership). This is the extension point of the adoption module (ADOPT, START_SUPPORT,
 * END_ADOPTION): lock, check, call this, flush.
 */
export function applyHouseholdTransition(
  em: EntityManager,
  file: HouseholdFile,
  action: HouseholdAction,
  actor: HouseholdActor,
  note?: string,
): HouseholdEvent {
  const step = stepFor(file.status, action);
  if (!step) throw illegalStep(file.status, action);
  if (!step.actors.includes(actor.role)) {
    throw new Error(`${actor.role} may not ${action} a household (the policy should have refused it)`);
  }
  const event = em.create(HouseholdEvent, {
    tenant: file.tenant,
    household: file,
    action,
    fromStatus: file.status,
    toStatus: step.to,
    note,
    actorKind: actor.kind,
    actorId: actor.id ?? undefined,
    actorName: actor.name,
    actorRole: actor.role,
    occurredAt: new Date(),
  });
  file.status = step.to;
  return event;
}

/** What a visit finding may change in a file (走访更新一户一档). */
export interface HouseholdFindingUpdate {
  situation?: string | null;
  needs?: string | null;
}

/**
 * A care-round finding recorded on a LOCKED file (see lockHousehold): the situation and needs it
 * brings are written, and an event (RECORD_FINDING, state unchanged) keeps who, when and what, so
 * the file's history shows why its needs changed. A closed or withdrawn file is history: refused
 * with INVALID_TRANSITION. The caller checks that the actor keeps this file (staff of its grid).
 */
export function recordHouseholdFinding(
  em: EntityManager,
  file: HouseholdFile,
  actor: HouseholdActor,
  note: string,
  update: HouseholdFindingUpdate = {},
): HouseholdEvent {
  if (file.status === HouseholdStatus.CLOSED || file.status === HouseholdStatus.WITHDRAWN) {
    throw illegalStep(file.status, HouseholdAction.RECORD_FINDING);
  }
  if (update.situation?.trim()) file.situation = update.situation.trim();
  if (update.needs?.trim()) file.needs = update.needs.trim();
  return em.create(HouseholdEvent, {
    tenant: file.tenant,
    household: file,
    action: HouseholdAction.RECORD_FINDING,
    fromStatus: file.status,
    toStatus: file.status,
    note,
    actorKind: actor.kind,
    actorId: actor.id ?? undefined,
    actorName: actor.name,
    actorRole: actor.role,
    occurredAt: new Date(),
  });
}

/** The queue of the job that ends a notice period (its migration creates it). */
export const NOTICE_END_QUEUE = 'household-notice-end';

export interface NoticeEndJob {
  tenantId: string;
  householdId: string;
}

/**
 * Schedules the end of a file's notice period in the current transaction: committed with the
 * step that started (or re-opened) the notice, rolled back with it.
 */
export async function scheduleNoticeEnd(em: EntityManager, file: HouseholdFile, at: Date): Promise<void> {
  const data: NoticeEndJob = { tenantId: file.tenant.id, householdId: file.id };
  await enqueueInTransaction(em, NOTICE_END_QUEUE, data, { startAfter: at, singletonKey: file.id });
}
