import { registerEnumType } from 'type-graphql';

export enum MeetingKind {
  GRID_COUNCIL = 'GRID_COUNCIL',
  PARTY_JOINT_MEETING = 'PARTY_JOINT_MEETING',
  CONSULTATION = 'CONSULTATION',
}
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'Kind of meeting (会议类型).',
  valuesConfig: {
    GRID_COUNCIL: {
      description: 'Weekly grid council (网格议事会) of one grid of a community; gridId is required.',
    },
    PARTY_JOINT_MEETING: {
      description:
        'Party-building joint meeting (党建联席会议) of a community or a street with its partner units (共建单位).',
    },
    CONSULTATION: {
      description: 'Consultation (协商议事) of residents and parties concerned, in a community.',
    },
  },
});

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Where a meeting stands (会议状态).',
  valuesConfig: {
    SCHEDULED: { description: 'Planned (已安排), minutes not recorded yet.' },
    HELD: { description: 'Held (已召开): its minutes (会议纪要) are recorded.' },
    CANCELLED: { description: 'Cancelled (已取消), with the reason; nothing more can be recorded.' },
  },
});

export enum AttendeeRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
  GUEST = 'GUEST',
  PARTNER_REPRESENTATIVE = 'PARTNER_REPRESENTATIVE',
}
registerEnumType(AttendeeRole, {
  name: 'MeetingAttendeeRole',
  description: 'Part an attendee plays in a meeting (参会身份).',
  valuesConfig: {
    CHAIR: { description: 'Chairs the meeting (主持人); a person.' },
    MEMBER: { description: 'Member of the council or meeting (成员); a person.' },
    GUEST: { description: 'Invited guest (列席), e.g. a resident concerned; a person.' },
    PARTNER_REPRESENTATIVE: {
      description: 'Representative of a co-building partner unit (共建单位代表); the only role of a unit.',
    },
  },
});

export enum DecisionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(DecisionStatus, {
  name: 'MeetingDecisionStatus',
  description: 'Where a decision of a meeting (议定事项) stands.',
  valuesConfig: {
    OPEN: { description: 'To be carried out (待落实).' },
    DONE: { description: 'Carried out (已落实), with who recorded it and when.' },
    DROPPED: { description: 'Dropped (已撤销), with the reason.' },
  },
});

/** Every change to a meeting, recorded as a MeetingEvent. */
export enum MeetingAction {
  SCHEDULE = 'SCHEDULE',
  RECORD_MINUTES = 'RECORD_MINUTES',
  CANCEL = 'CANCEL',
  ATTENDEE_ADD = 'ATTENDEE_ADD',
  ATTENDEE_REMOVE = 'ATTENDEE_REMOVE',
  DECISION_ADD = 'DECISION_ADD',
  DECISION_LINK = 'DECISION_LINK',
  DECISION_DONE = 'DECISION_DONE',
  DECISION_DROP = 'DECISION_DROP',
  DECISION_REOPEN = 'DECISION_REOPEN',
  UPDATE = 'UPDATE',
  DECISION_UNLINK = 'DECISION_UNLINK',
}
registerEnumType(MeetingAction, {
  name: 'MeetingAction',
  description: 'A recorded change to a meeting (会议记录).',
  valuesConfig: {
    SCHEDULE: { description: 'Scheduled (安排会议).' },
    RECORD_MINUTES: {
      description: 'Minutes recorded (记录纪要): the meeting is HELD; again later to amend them.',
    },
    CANCEL: { description: 'Cancelled (取消), with the reason.' },
    ATTENDEE_ADD: { description: 'An attendee added (增加参会人员).' },
    ATTENDEE_REMOVE: { description: 'An attendee removed (移除参会人员).' },
    DECISION_ADD: { description: 'A decision recorded (记录议定事项).' },
    DECISION_LINK: { description: 'A decision linked to a case or a household file (关联).' },
    DECISION_DONE: { description: 'A decision carried out (落实).' },
    DECISION_DROP: { description: 'A decision dropped (撤销), with the reason.' },
    DECISION_REOPEN: { description: 'A done or dropped decision opened again (重新打开), with the reason.' },
    UPDATE: {
      description:
        'Title, agenda, time or venue of a scheduled meeting changed (修改会议安排); the note lists what.',
    },
    DECISION_UNLINK: { description: 'A link of a decision removed (取消关联), with the reason.' },
  },
});
