import { DecisionStatus, MeetingAction, MeetingStatus } from '../../api/modules/meetings/meeting.enums';
import {
  decisionStep,
  meetingActionsFrom,
  nextMeetingStatus,
  NOTE_REQUIRED,
} from '../../api/modules/meetings/meeting.workflow';

/** The meeting and decision state machines as tables (no database). */
describe('meeting workflow tables', () => {
  it('holds a scheduled meeting by its minutes, amends them later, and cancels only before', () => {
    expect(nextMeetingStatus(MeetingStatus.SCHEDULED, MeetingAction.RECORD_MINUTES)).toBe(MeetingStatus.HELD);
    expect(nextMeetingStatus(MeetingStatus.HELD, MeetingAction.RECORD_MINUTES)).toBe(MeetingStatus.HELD);
    expect(nextMeetingStatus(MeetingStatus.SCHEDULED, MeetingAction.CANCEL)).toBe(MeetingStatus.CANCELLED);
    expect(nextMeetingStatus(MeetingStatus.HELD, MeetingAction.CANCEL)).toBeNull();
  });

  it('takes decisions only from a held meeting and nothing at all from a cancelled one', () => {
    expect(nextMeetingStatus(MeetingStatus.SCHEDULED, MeetingAction.DECISION_ADD)).toBeNull();
    expect(nextMeetingStatus(MeetingStatus.HELD, MeetingAction.DECISION_ADD)).toBe(MeetingStatus.HELD);
    expect(meetingActionsFrom(MeetingStatus.CANCELLED)).toEqual([]);
    for (const action of Object.values(MeetingAction)) {
      expect(nextMeetingStatus(MeetingStatus.CANCELLED, action)).toBeNull();
    }
  });

  it('moves a decision OPEN → DONE / DROPPED and back to OPEN, never DONE ↔ DROPPED', () => {
    expect(decisionStep(DecisionStatus.OPEN, DecisionStatus.DONE)).toBe(MeetingAction.DECISION_DONE);
    expect(decisionStep(DecisionStatus.OPEN, DecisionStatus.DROPPED)).toBe(MeetingAction.DECISION_DROP);
    expect(decisionStep(DecisionStatus.DONE, DecisionStatus.OPEN)).toBe(MeetingAction.DECISION_REOPEN);
    expect(decisionStep(DecisionStatus.DROPPED, DecisionStatus.OPEN)).toBe(MeetingAction.DECISION_REOPEN);
    expect(decisionStep(DecisionStatus.DONE, DecisionStatus.DROPPED)).toBeNull();
    expect(decisionStep(DecisionStatus.DROPPED, DecisionStatus.DONE)).toBeNull();
    expect(decisionStep(DecisionStatus.OPEN, DecisionStatus.OPEN)).toBeNull();
    expect(NOTE_REQUIRED).toEqual(
      expect.arrayContaining([
        MeetingAction.CANCEL,
        MeetingAction.DECISION_DROP,
        MeetingAction.DECISION_REOPEN,
      ]),
    );
  });
});
