import { registerEnumType } from 'type-graphql';

/** Why a household was visited (走访目的). */
export enum VisitPurpose {
  ROUTINE = 'ROUTINE',
  CARE = 'CARE',
  FOLLOW_UP = 'FOLLOW_UP',
  DISPUTE_CHECK = 'DISPUTE_CHECK',
  SAFETY_CHECK = 'SAFETY_CHECK',
  POLICY = 'POLICY',
  HOLIDAY = 'HOLIDAY',
  OTHER = 'OTHER',
}
registerEnumType(VisitPurpose, {
  name: 'VisitPurpose',
  description: 'Why a household was visited (走访目的).',
  valuesConfig: {
    ROUTINE: { description: 'Routine round of the grid (日常入户走访).' },
    CARE: { description: 'Caring visit to someone in need (关爱探访).' },
    FOLLOW_UP: { description: 'Follow-up of an earlier finding, case or alert (回访).' },
    DISPUTE_CHECK: { description: 'Looking for disputes and conflicts (矛盾纠纷排查).' },
    SAFETY_CHECK: { description: 'Looking for safety hazards (安全隐患排查).' },
    POLICY: { description: 'Explaining a policy or collecting information (政策宣传/信息采集).' },
    HOLIDAY: { description: 'Holiday visit (节日慰问).' },
    OTHER: { description: 'Anything else (其他).' },
  },
});

/** What a visit found (走访发现). */
export enum FindingKind {
  NEED = 'NEED',
  HAZARD = 'HAZARD',
  DISPUTE = 'DISPUTE',
  HEALTH = 'HEALTH',
  REQUEST = 'REQUEST',
  NO_ISSUE = 'NO_ISSUE',
  OTHER = 'OTHER',
}
registerEnumType(FindingKind, {
  name: 'FindingKind',
  description: 'What a household visit found (走访发现).',
  valuesConfig: {
    NEED: { description: 'A need for help (困难/需求), e.g. for the household file.' },
    HAZARD: { description: 'A safety hazard (安全隐患), e.g. a leaking gas pipe.' },
    DISPUTE: { description: 'A dispute (矛盾纠纷) between neighbours or in the family.' },
    HEALTH: { description: 'A health concern (健康状况).' },
    REQUEST: { description: 'A request from the residents (居民诉求).' },
    NO_ISSUE: { description: 'Nothing to follow up (无异常).' },
    OTHER: { description: 'Anything else (其他).' },
  },
});

/** How a daily check-in (每日一问候) was made. */
export enum CheckInChannel {
  DOORBELL = 'DOORBELL',
  PHONE = 'PHONE',
  VISIT = 'VISIT',
}
registerEnumType(CheckInChannel, {
  name: 'CheckInChannel',
  description: 'How a daily check-in (每日一问候) was made.',
  valuesConfig: {
    DOORBELL: { description: 'The smart doorbell (智能门铃) was pressed: recorded by the device.' },
    PHONE: { description: 'A phone call (电话问候), recorded by the grid worker.' },
    VISIT: { description: 'A visit at home (上门问候), recorded by the grid worker.' },
  },
});

/** Where a care alert (关爱预警) stands. */
export enum CareAlertStatus {
  RAISED = 'RAISED',
  ESCALATED = 'ESCALATED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  CLOSED = 'CLOSED',
}
registerEnumType(CareAlertStatus, {
  name: 'CareAlertStatus',
  description: 'Where a care alert (关爱预警) stands.',
  valuesConfig: {
    RAISED: { description: 'Raised for a missed check-in; waiting for the grid worker (待响应).' },
    ESCALATED: {
      description: 'Not acknowledged in time: escalated to the community admin (已升级, 社区两委).',
    },
    ACKNOWLEDGED: { description: 'Someone is following it up (已响应).' },
    CLOSED: { description: 'Closed with what was found (已办结). Final.' },
  },
});

/** What was found when an alert was followed up. */
export enum CareAlertOutcome {
  SAFE = 'SAFE',
  NOT_HOME = 'NOT_HOME',
  NEEDED_HELP = 'NEEDED_HELP',
  HOSPITALISED = 'HOSPITALISED',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}
registerEnumType(CareAlertOutcome, {
  name: 'CareAlertOutcome',
  description: 'What was found when a care alert was followed up (处置结果).',
  valuesConfig: {
    SAFE: { description: 'Safe and well (平安).' },
    NOT_HOME: { description: 'Away from home, reached elsewhere (外出).' },
    NEEDED_HELP: { description: 'Needed help, which was given (需要帮助, 已处置).' },
    HOSPITALISED: { description: 'In hospital (住院).' },
    DECEASED: { description: 'Found deceased (已故).' },
    OTHER: { description: 'Anything else, see the note (其他).' },
  },
});

/** A step in a care alert's history, and the kind of notice pushed to subscribers. */
export enum CareAlertAction {
  RAISE = 'RAISE',
  ESCALATE = 'ESCALATE',
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  CLOSE = 'CLOSE',
}
registerEnumType(CareAlertAction, {
  name: 'CareAlertAction',
  description: 'A step in the history of a care alert (预警处置记录).',
  valuesConfig: {
    RAISE: { description: 'Raised by the platform for a missed check-in (未按时问候).' },
    ESCALATE: { description: 'Escalated by the platform: not acknowledged in time (超时升级).' },
    ACKNOWLEDGE: { description: 'Acknowledged by a grid worker or the community admin (响应).' },
    CLOSE: { description: 'Closed with the outcome (办结), by staff or by a later staff check-in.' },
  },
});
