import { registerEnumType } from 'type-graphql';

export enum CaseCategory {
  WATER_PIPE_LEAK = 'WATER_PIPE_LEAK',
  NOISE = 'NOISE',
  INHERITANCE = 'INHERITANCE',
  NEIGHBOUR_DISPUTE = 'NEIGHBOUR_DISPUTE',
  FAMILY_DISPUTE = 'FAMILY_DISPUTE',
  PARKING = 'PARKING',
  ILLEGAL_CONSTRUCTION = 'ILLEGAL_CONSTRUCTION',
  COMMON_SPACE_OCCUPATION = 'COMMON_SPACE_OCCUPATION',
  PROPERTY_MANAGEMENT_DISPUTE = 'PROPERTY_MANAGEMENT_DISPUTE',
  ENVIRONMENT = 'ENVIRONMENT',
  SAFETY_HAZARD = 'SAFETY_HAZARD',
  RESIDENT_REQUEST = 'RESIDENT_REQUEST',
  PETITION = 'PETITION',
}
registerEnumType(CaseCategory, {
  name: 'CaseCategory',
  description: 'What a case is about (案件类别). Also the Open311 `service_code`.',
  valuesConfig: {
    WATER_PIPE_LEAK: { description: 'Water-pipe leak (水管漏水).' },
    NOISE: { description: 'Noise (噪音扰民).' },
    INHERITANCE: { description: 'Inheritance dispute (遗产继承纠纷).' },
    NEIGHBOUR_DISPUTE: { description: 'Dispute between neighbours (邻里纠纷), e.g. a boundary wall.' },
    FAMILY_DISPUTE: { description: 'Family dispute (家庭纠纷).' },
    PARKING: { description: 'Parking (停车问题).' },
    ILLEGAL_CONSTRUCTION: { description: 'Illegal construction (违章搭建).' },
    COMMON_SPACE_OCCUPATION: { description: 'Occupation of common space (占用公共空间).' },
    PROPERTY_MANAGEMENT_DISPUTE: { description: 'Property-management dispute (物业纠纷).' },
    ENVIRONMENT: { description: 'Environment and sanitation (环境卫生).' },
    SAFETY_HAZARD: { description: 'Safety hazard (安全隐患).' },
    RESIDENT_REQUEST: { description: "A resident's request (居民诉求)." },
    PETITION: {
      description: 'Petition (信访): closes only when the petitioner accepts the outcome (案结事了).',
    },
  },
});

/** The levels a case climbs: 小事不出网格、大事不出社区、难事不出街道. */
export enum CaseLevel {
  GRID = 'GRID',
  COMMUNITY = 'COMMUNITY',
  STREET = 'STREET',
  DISTRICT = 'DISTRICT',
}
registerEnumType(CaseLevel, {
  name: 'CaseLevel',
  description: 'The level handling a case (处置层级): grid → community → street → district.',
  valuesConfig: {
    GRID: { description: 'The grid (网格): the grid worker settles it.' },
    COMMUNITY: { description: 'The community (社区): the community admin settles it.' },
    STREET: { description: 'The street or town (街道/镇): the street admin settles it.' },
    DISTRICT: { description: 'The district (区/县): the last level; a case cannot be escalated past it.' },
  },
});

export const CASE_LEVELS: CaseLevel[] = [
  CaseLevel.GRID,
  CaseLevel.COMMUNITY,
  CaseLevel.STREET,
  CaseLevel.DISTRICT,
];

/** The level above `level`, or null at the top. */
export const nextLevel = (level: CaseLevel): CaseLevel | null =>
  CASE_LEVELS[CASE_LEVELS.indexOf(level) + 1] ?? null;

export enum CaseStatus {
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case stands (案件状态).',
  valuesConfig: {
    REPORTED: { description: 'Reported, not yet accepted (待受理).' },
    ACCEPTED: { description: 'Accepted by the level handling it (已受理).' },
    IN_PROGRESS: {
      description: 'Being handled (处置中): assigned, in mediation, escalated or reopened.',
    },
    RESOLVED: { description: 'Resolved (已办结), waiting for the reporter’s rating to close.' },
    CLOSED: { description: 'Closed (已结案) with the reporter’s satisfaction rating.' },
  },
});

/** Statuses in which the case is still open: its deadline runs, it may be escalated. */
export const OPEN_CASE_STATUSES: CaseStatus[] = [
  CaseStatus.REPORTED,
  CaseStatus.ACCEPTED,
  CaseStatus.IN_PROGRESS,
];

export enum CaseSource {
  RESIDENT = 'RESIDENT',
  GRID_WORKER = 'GRID_WORKER',
  MOBILE_PROBE = 'MOBILE_PROBE',
  OPEN311 = 'OPEN311',
  VISIT = 'VISIT',
  MEETING = 'MEETING',
  STAFF = 'STAFF',
}
registerEnumType(CaseSource, {
  name: 'CaseSource',
  description: 'How a case came in (来源).',
  valuesConfig: {
    RESIDENT: { description: 'Reported by a resident (居民上报).' },
    GRID_WORKER: { description: 'Found by a grid worker on a round (网格员巡查).' },
    MOBILE_PROBE: {
      description: 'Reported by a mobile probe (移动探头): courier, rider, sanitation worker, 小蜜蜂.',
    },
    OPEN311: { description: 'Submitted through the Open311 GeoReport v2 endpoint by a civic app.' },
    VISIT: { description: 'A finding of a household visit (入户走访).' },
    MEETING: { description: 'Raised in a meeting (议事会/联席会议).' },
    STAFF: { description: 'Recorded by community or street staff (工作人员登记).' },
  },
});

/** The kinds of timeline entries (案件记录). */
export enum CaseEventKind {
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  ASSIGNED = 'ASSIGNED',
  MEDIATION_SESSION = 'MEDIATION_SESSION',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  ATTACHMENT_ADDED = 'ATTACHMENT_ADDED',
}
registerEnumType(CaseEventKind, {
  name: 'CaseEventKind',
  description: 'What a timeline entry records (案件记录类型).',
  valuesConfig: {
    REPORTED: { description: 'The case was reported (上报); enters the first level.' },
    ACCEPTED: { description: 'Accepted by the level (受理).' },
    ASSIGNED: { description: 'Assigned (分派) to a person, a team or a partner unit.' },
    MEDIATION_SESSION: { description: 'A mediation session (调解) was held.' },
    ESCALATED: {
      description: 'Escalated (上报上级) to the next level, by hand or because its deadline passed.',
    },
    RESOLVED: { description: 'Resolved (办结).' },
    CLOSED: { description: 'Closed (结案) with a satisfaction rating.' },
    REOPENED: {
      description: 'Reopened (重新处置): e.g. a petitioner did not accept the outcome.',
    },
    ATTACHMENT_ADDED: { description: 'A photo was attached (附件).' },
  },
});

export enum CaseAssigneeKind {
  PERSON = 'PERSON',
  TEAM = 'TEAM',
  PARTNER_UNIT = 'PARTNER_UNIT',
}
registerEnumType(CaseAssigneeKind, {
  name: 'CaseAssigneeKind',
  description: 'Who a case is assigned to.',
  valuesConfig: {
    PERSON: { description: 'A person of the community (工作人员/调解员).' },
    TEAM: { description: 'A team, e.g. the mediation team 调解千千结.' },
    PARTNER_UNIT: { description: 'A partner unit with an active agreement, e.g. a law firm (律师事务所).' },
  },
});

export enum MediationOutcome {
  AGREEMENT = 'AGREEMENT',
  PARTIAL = 'PARTIAL',
  NO_AGREEMENT = 'NO_AGREEMENT',
  ADJOURNED = 'ADJOURNED',
}
registerEnumType(MediationOutcome, {
  name: 'MediationOutcome',
  description: 'Outcome of a mediation session (调解结果).',
  valuesConfig: {
    AGREEMENT: { description: 'Agreement reached (达成协议).' },
    PARTIAL: { description: 'Partial agreement (部分达成).' },
    NO_AGREEMENT: { description: 'No agreement (未达成).' },
    ADJOURNED: { description: 'Adjourned to another session (择期再调).' },
  },
});
