import { CaseStatus } from './case.enums';

/** The steps taken on a case by hand (escalation by deadline is ESCALATE by the SYSTEM actor). */
export enum CaseAction {
  ACCEPT = 'ACCEPT',
  ASSIGN = 'ASSIGN',
  MEDIATE = 'MEDIATE',
  ESCALATE = 'ESCALATE',
  RESOLVE = 'RESOLVE',
  CLOSE = 'CLOSE',
  /** A petition whose petitioner does not accept the outcome goes back to work (not 案结事了). */
  REOPEN = 'REOPEN',
}

/**
 * The state machine as a table: status × action → next status. No I/O; who may take a step at
 * which level is case.policy.ts's business. Escalation keeps the work going at the next level
 * (IN_PROGRESS); a resolved case is no longer escalated (its deadline no longer runs).
 */
export const CASE_WORKFLOW: Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>> = {
  [CaseStatus.REPORTED]: {
    [CaseAction.ACCEPT]: CaseStatus.ACCEPTED,
    [CaseAction.ESCALATE]: CaseStatus.IN_PROGRESS,
  },
  [CaseStatus.ACCEPTED]: {
    [CaseAction.ASSIGN]: CaseStatus.IN_PROGRESS,
    [CaseAction.MEDIATE]: CaseStatus.IN_PROGRESS,
    [CaseAction.ESCALATE]: CaseStatus.IN_PROGRESS,
    [CaseAction.RESOLVE]: CaseStatus.RESOLVED,
  },
  [CaseStatus.IN_PROGRESS]: {
    [CaseAction.ASSIGN]: CaseStatus.IN_PROGRESS,
    [CaseAction.MEDIATE]: CaseStatus.IN_PROGRESS,
    [CaseAction.ESCALATE]: CaseStatus.IN_PROGRESS,
    [CaseAction.RESOLVE]: CaseStatus.RESOLVED,
  },
  [CaseStatus.RESOLVED]: {
    [CaseAction.CLOSE]: CaseStatus.CLOSED,
    [CaseAction.REOPEN]: CaseStatus.IN_PROGRESS,
  },
  [CaseStatus.CLOSED]: {},
};

/** The status after `action`, or null when the step is out of order. */
export const nextCaseStatus = (status: CaseStatus, action: CaseAction): CaseStatus | null =>
  CASE_WORKFLOW[status][action] ?? null;
