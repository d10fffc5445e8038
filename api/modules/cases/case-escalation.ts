import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, DomainError, invalidTransition } from '../../core/errors/domain-error';
import type { Case } from './case.entity';
import { levelDeadline } from './case.deadlines';
import { CaseEventKind, CaseLevel, nextLevel } from './case.enums';
import { CaseAction, nextCaseStatus } from './case.workflow';
import { appendEvent, type CaseActor, scheduleLevelDeadline } from './case-timeline';

/** Escalating past the district: there is no level above it. */
export const pastDistrict = () =>
  new DomainError(
    ErrorCode.INVALID_TRANSITION,
    'The case is at DISTRICT, the last level (区/县): it cannot be escalated further; settle it at the district.',
    { state: CaseLevel.DISTRICT },
  );

/**
 * Moves a LOCKED case up one level: a new level entry with the new level's deadline (from the
 * clock), the assignee cleared (the new level assigns its own people), the ESCALATED entry on
 * the timeline and the new entry's deadline job, in the caller's transaction. Shared by
 * `caseEscalate` (by hand) and the deadline jobs (SYSTEM actor, `automatic`).
 */
export async function escalateLocked(
  em: EntityManager,
  c: Case,
  actor: CaseActor,
  now: Date,
  options: { note?: string | null; automatic: boolean },
): Promise<void> {
  const to = nextLevel(c.level);
  if (!to) throw pastDistrict();
  const status = nextCaseStatus(c.status, CaseAction.ESCALATE);
  if (!status) throw invalidTransition('The case', c.status, CaseAction.ESCALATE);
  const from = { fromStatus: c.status, fromLevel: c.level };
  const missedDeadline = c.deadlineAt;
  c.level = to;
  c.levelEntry += 1;
  c.levelEnteredAt = now;
  c.deadlineAt = await levelDeadline(em, c.tenant.id, to, c.category, now);
  c.status = status;
  c.assigneeKind = undefined;
  c.assigneePerson = undefined;
  c.assigneeTeam = undefined;
  c.assigneePartnerUnit = undefined;
  appendEvent(em, c, actor, {
    kind: CaseEventKind.ESCALATED,
    ...from,
    note:
      options.note ??
      (options.automatic ? `The ${from.fromLevel} deadline passed (超期自动上报).` : undefined),
    deadlineAt: c.deadlineAt,
    at: now,
    details: {
      automatic: options.automatic,
      missedDeadlineAt: options.automatic ? missedDeadline : undefined,
    },
  });
  await em.flush();
  await scheduleLevelDeadline(em, c);
}
