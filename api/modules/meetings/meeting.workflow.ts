import { DecisionStatus, MeetingAction, MeetingStatus } from './meeting.enums';

/*
 * The two small state machines of meetings, as tables (no I/O; unit-tested). Services lock the
 * row, ask these, apply the change and append a MeetingEvent in the same transaction.
 */

/** Meeting state × action → next state; a missing entry is INVALID_TRANSITION. */
export const MEETING_WORKFLOW: Record<MeetingStatus, Partial<Record<MeetingAction, MeetingStatus>>> = {
  [MeetingStatus.SCHEDULED]: {
    [MeetingAction.RECORD_MINUTES]: MeetingStatus.HELD,
    [MeetingAction.CANCEL]: MeetingStatus.CANCELLED,
    [MeetingAction.ATTENDEE_ADD]: MeetingStatus.SCHEDULED,
    [MeetingAction.ATTENDEE_REMOVE]: MeetingStatus.SCHEDULED,
    // Rescheduling and renaming are for a meeting still to come; a held one has its minutes.
    [MeetingAction.UPDATE]: MeetingStatus.SCHEDULED,
  },
  // Minutes may be amended and attendance corrected after the meeting; decisions come from a
  // held meeting only.
  [MeetingStatus.HELD]: {
    [MeetingAction.RECORD_MINUTES]: MeetingStatus.HELD,
    [MeetingAction.ATTENDEE_ADD]: MeetingStatus.HELD,
    [MeetingAction.ATTENDEE_REMOVE]: MeetingStatus.HELD,
    [MeetingAction.DECISION_ADD]: MeetingStatus.HELD,
  },
  [MeetingStatus.CANCELLED]: {},
};

/** The state a meeting moves to, or null when the action is not allowed from `status`. */
export function nextMeetingStatus(status: MeetingStatus, action: MeetingAction): MeetingStatus | null {
  return MEETING_WORKFLOW[status][action] ?? null;
}

/** Actions the table allows from a state (whether the caller may take them is the policy's). */
export const meetingActionsFrom = (status: MeetingStatus): MeetingAction[] =>
  Object.keys(MEETING_WORKFLOW[status]) as MeetingAction[];

/** Decision state × wanted state → the action recorded; a missing entry is INVALID_TRANSITION. */
export const DECISION_WORKFLOW: Record<DecisionStatus, Partial<Record<DecisionStatus, MeetingAction>>> = {
  [DecisionStatus.OPEN]: {
    [DecisionStatus.DONE]: MeetingAction.DECISION_DONE,
    [DecisionStatus.DROPPED]: MeetingAction.DECISION_DROP,
  },
  [DecisionStatus.DONE]: { [DecisionStatus.OPEN]: MeetingAction.DECISION_REOPEN },
  [DecisionStatus.DROPPED]: { [DecisionStatus.OPEN]: MeetingAction.DECISION_REOPEN },
};

/** The action that moves a decision from `from` to `to`, or null when that is not a step. */
export function decisionStep(from: DecisionStatus, to: DecisionStatus): MeetingAction | null {
  return DECISION_WORKFLOW[from][to] ?? null;
}

/** Steps that must say why (a dropped decision, a reopened one). */
export const NOTE_REQUIRED: readonly MeetingAction[] = [
  MeetingAction.CANCEL,
  MeetingAction.DECISION_DROP,
  MeetingAction.DECISION_REOPEN,
  MeetingAction.DECISION_UNLINK,
];
