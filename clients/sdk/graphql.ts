/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** End an adoption (解除认领); the household is published again. */
export type AdoptionEndInput = {
  /** Global id of the Adoption. */
  id: string | number;
  /** Why it ends. */
  reason: string;
};

/** State of an adoption (认领) of a household by a partner unit. */
export type AdoptionStatus =
  /** In force: the partner supports the household and reads its file. */
  | 'ACTIVE'
  /** Ended (解除认领): the household is published for adoption again. */
  | 'ENDED';

/** Something a venue or space offers (便民设施). */
export type Amenity =
  /** Step-free, accessible entrance (无障碍通道). */
  | 'ACCESSIBLE_ENTRANCE'
  /** Air conditioning (空调). */
  | 'AIR_CONDITIONING'
  /** Blood-pressure monitor for self-checks (血压计). */
  | 'BLOOD_PRESSURE_MONITOR'
  /** Drinking water, hot and cold (饮水). */
  | 'DRINKING_WATER'
  /** First-aid kit (急救箱/医药箱). */
  | 'FIRST_AID_KIT'
  /** Heater or warm room (取暖). */
  | 'HEATER'
  /** Microwave for heating meals (微波炉). */
  | 'MICROWAVE'
  /** Phone and e-bike battery chargers (充电). */
  | 'PHONE_CHARGER'
  /** Projector or screen (投影仪). */
  | 'PROJECTOR'
  /** Books and a reading corner (阅读角). */
  | 'READING_CORNER'
  /** Tools for small repairs (维修工具箱). */
  | 'REPAIR_KIT'
  /** Restroom (卫生间). */
  | 'RESTROOM'
  /** Seats for a rest (休息座椅). */
  | 'SEATING'
  /** Umbrellas to borrow (爱心雨伞). */
  | 'UMBRELLA'
  /** Free Wi-Fi (无线网络). */
  | 'WIFI';

/** Acknowledge an alert: you are following it up (响应). */
export type CareAlertAcknowledgeInput = {
  /** Global id of the CareAlert. */
  id: string | number;
  /** A note, e.g. 正在上门. */
  note?: string | null | undefined;
};

/** A step in the history of a care alert (预警处置记录). */
export type CareAlertAction =
  /** Acknowledged by a grid worker or the community admin (响应). */
  | 'ACKNOWLEDGE'
  /** Closed with the outcome (办结), by staff or by a later staff check-in. */
  | 'CLOSE'
  /** Escalated by the platform: not acknowledged in time (超时升级). */
  | 'ESCALATE'
  /** Raised by the platform for a missed check-in (未按时问候). */
  | 'RAISE';

/** Where a care alert (关爱预警) stands. */
export type CareAlertStatus =
  /** Someone is following it up (已响应). */
  | 'ACKNOWLEDGED'
  /** Closed with what was found (已办结). Final. */
  | 'CLOSED'
  /** Not acknowledged in time: escalated to the community admin (已升级, 社区两委). */
  | 'ESCALATED'
  /** Raised for a missed check-in; waiting for the grid worker (待响应). */
  | 'RAISED';

/** A daily check-in: a device records DOORBELL; a grid worker or admin records PHONE or VISIT. */
export type CareCheckInRecordInput = {
  /** How: DOORBELL (devices), PHONE or VISIT (staff). */
  channel: CheckInChannel;
  /** A note, e.g. 声音洪亮. */
  note?: string | null | undefined;
  /** Global id of the CareSubject (of your community). */
  subjectId: string | number;
};

/** Accept (受理) a reported case at its level. */
export type CaseAcceptInput = {
  /** Global id of the case. */
  id: string | number;
  /** Note (说明) for the timeline. */
  note?: string | null | undefined;
};

/** A photo by reference: upload it to storage first, then send its url or key, type and size. */
export type CaseAttachmentInput = {
  /** image/jpeg, image/png, image/webp or image/heic. */
  contentType: string;
  /** An https url or an object-storage key. */
  reference: string;
  /** Size in bytes, at most 10 MiB (10485760). */
  sizeBytes: number;
};

/** What a case is about (案件类别). Also the Open311 `service_code`. */
export type CaseCategory =
  /** Occupation of common space (占用公共空间). */
  | 'COMMON_SPACE_OCCUPATION'
  /** Environment and sanitation (环境卫生). */
  | 'ENVIRONMENT'
  /** Family dispute (家庭纠纷). */
  | 'FAMILY_DISPUTE'
  /** Illegal construction (违章搭建). */
  | 'ILLEGAL_CONSTRUCTION'
  /** Inheritance dispute (遗产继承纠纷). */
  | 'INHERITANCE'
  /** Dispute between neighbours (邻里纠纷), e.g. a boundary wall. */
  | 'NEIGHBOUR_DISPUTE'
  /** Noise (噪音扰民). */
  | 'NOISE'
  /** Parking (停车问题). */
  | 'PARKING'
  /** Petition (信访): closes only when the petitioner accepts the outcome (案结事了). */
  | 'PETITION'
  /** Property-management dispute (物业纠纷). */
  | 'PROPERTY_MANAGEMENT_DISPUTE'
  /** A resident's request (居民诉求). */
  | 'RESIDENT_REQUEST'
  /** Safety hazard (安全隐患). */
  | 'SAFETY_HAZARD'
  /** Water-pipe leak (水管漏水). */
  | 'WATER_PIPE_LEAK';

/** Close (结案) a resolved case with the reporter’s satisfaction. A petition (信访) closes only with petitionerAccepts: true (案结事了); with false it is REOPENED at the same level. */
export type CaseCloseInput = {
  /** Global id of the case. */
  id: string | number;
  /** Note (说明) for the timeline. */
  note?: string | null | undefined;
  /** Petitions only, required there: whether the petitioner accepts the outcome (息访/案结事了). */
  petitionerAccepts?: boolean | null | undefined;
  /** Satisfaction (满意度), 1 (very unsatisfied) to 5 (very satisfied). */
  satisfaction: number;
};

/** Escalate (上报) a case to the next level because this level cannot settle it; note says why. */
export type CaseEscalateInput = {
  /** Global id of the case. */
  id: string | number;
  /** Note (说明) for the timeline. */
  note?: string | null | undefined;
};

/** What a timeline entry records (案件记录类型). */
export type CaseEventKind =
  /** Accepted by the level (受理). */
  | 'ACCEPTED'
  /** Assigned (分派) to a person, a team or a partner unit. */
  | 'ASSIGNED'
  /** A photo was attached (附件). */
  | 'ATTACHMENT_ADDED'
  /** Closed (结案) with a satisfaction rating. */
  | 'CLOSED'
  /** Escalated (上报上级) to the next level, by hand or because its deadline passed. */
  | 'ESCALATED'
  /** A mediation session (调解) was held. */
  | 'MEDIATION_SESSION'
  /** Reopened (重新处置): e.g. a petitioner did not accept the outcome. */
  | 'REOPENED'
  /** The case was reported (上报); enters the first level. */
  | 'REPORTED'
  /** Resolved (办结). */
  | 'RESOLVED';

/** The level handling a case (处置层级): grid → community → street → district. */
export type CaseLevel =
  /** The community (社区): the community admin settles it. */
  | 'COMMUNITY'
  /** The district (区/县): the last level; a case cannot be escalated past it. */
  | 'DISTRICT'
  /** The grid (网格): the grid worker settles it. */
  | 'GRID'
  /** The street or town (街道/镇): the street admin settles it. */
  | 'STREET';

/** A new case. A resident reports as itself, a grid worker from a round, a mobile probe from the street, community staff on behalf of someone; the community comes from the micro-grid or grid, else communityId. */
export type CaseReportInput = {
  /** Where, in words (地点), at most 200 characters. */
  address?: string | null | undefined;
  /** Photos (at most 9). */
  attachments?: Array<CaseAttachmentInput> | null | undefined;
  /** What it is about (类别). */
  category: CaseCategory;
  /** The community by its 12-digit division code (行政区划代码), e.g. the Open311 jurisdiction_id. */
  communityCode?: string | null | undefined;
  /** The community (社区), when neither micro-grid nor grid is given and you report in several. */
  communityId?: string | number | null | undefined;
  /** What happened (情况描述), at most 4000 characters. */
  description: string;
  /** The grid (网格) of the spot, if known. */
  gridId?: string | number | null | undefined;
  /** Latitude (WGS-84) of the spot; with longitude. */
  latitude?: number | null | undefined;
  /** Longitude (WGS-84) of the spot; with latitude. */
  longitude?: number | null | undefined;
  /** The micro-grid (微网格: compound or building) of the spot. */
  microGridId?: string | number | null | undefined;
  /** Reporter’s e-mail (Open311 `email`); never shown. */
  reporterEmail?: string | null | undefined;
  /** Reporter’s name (反映人) when staff or a probe report for someone; a resident’s is its own. */
  reporterName?: string | null | undefined;
  /** Reporter’s mainland mobile number (联系电话). */
  reporterPhone?: string | null | undefined;
  /** Set by the Open311 GeoReport endpoint (/open311/v2): records the source as OPEN311. */
  viaOpen311?: boolean | null | undefined;
};

/** Resolve (办结) a case; note says how (required). */
export type CaseResolveInput = {
  /** Global id of the case. */
  id: string | number;
  /** Note (说明) for the timeline. */
  note?: string | null | undefined;
};

/** Where a case stands (案件状态). */
export type CaseStatus =
  /** Accepted by the level handling it (已受理). */
  | 'ACCEPTED'
  /** Closed (已结案) with the reporter’s satisfaction rating. */
  | 'CLOSED'
  /** Being handled (处置中): assigned, in mediation, escalated or reopened. */
  | 'IN_PROGRESS'
  /** Reported, not yet accepted (待受理). */
  | 'REPORTED'
  /** Resolved (已办结), waiting for the reporter’s rating to close. */
  | 'RESOLVED';

/** How a daily check-in (每日一问候) was made. */
export type CheckInChannel =
  /** The smart doorbell (智能门铃) was pressed: recorded by the device. */
  | 'DOORBELL'
  /** A phone call (电话问候), recorded by the grid worker. */
  | 'PHONE'
  /** A visit at home (上门问候), recorded by the grid worker. */
  | 'VISIT';

/** A commitment of a co-building agreement (共建内容, the five 联). */
export type Commitment =
  /** Activities run together (活动联办). */
  | 'ACTIVITIES'
  /** Help for people in need (帮扶联心). */
  | 'ASSISTANCE'
  /** Organisations built together (组织共建). */
  | 'ORGANISATION'
  /** Resources shared (资源联享). */
  | 'RESOURCES'
  /** Teams trained together (队伍联育). */
  | 'TEAMS';

/** A person of your community starts serving a grid in a role. */
export type GridAssignmentCreateInput = {
  /** Global id of the grid. */
  gridId: string | number;
  /** Global id of the person. */
  personId: string | number;
  /** Role in the grid. */
  role: GridRole;
  /** First day of service (default: today). */
  startedOn?: string | null | undefined;
};

/** A new grid (网格) in your community. */
export type GridCreateInput = {
  /** Code unique within the community, e.g. G01. */
  code: string;
  /** What the grid covers. */
  description?: string | null | undefined;
  /** Name, e.g. 第一网格. */
  name: string;
};

/** The role a person serves a grid in. */
export type GridRole =
  /** Grid leader (网格长). */
  | 'GRID_LEADER'
  /** Grid steward (网格管家). */
  | 'GRID_STEWARD'
  /** Grid worker (网格员). */
  | 'GRID_WORKER'
  /** Micro-grid leader (微网格长). */
  | 'MICRO_GRID_LEADER'
  /** Party member cadre (党员干部). */
  | 'PARTY_CADRE'
  /** Volunteer (志愿者). */
  | 'VOLUNTEER';

/** A step in the workflow of a household file. */
export type HouseholdAction =
  /** Adopted by a partner (认领). */
  | 'ADOPT'
  /** Approved at review; the public notice starts (审核通过, 开始公示). */
  | 'APPROVE'
  /** Closed (结案). */
  | 'CLOSE'
  /** The file was created as a draft (建档). */
  | 'CREATE'
  /** The adoption ended; the household is published again (解除认领). */
  | 'END_ADOPTION'
  /** Published for adoption (发布认领), by the community or by the platform at the end of the notice. */
  | 'PUBLISH'
  /** A care-round visit (入户走访) found something about the household; the file’s situation or needs may have been updated. The state does not change. */
  | 'RECORD_FINDING'
  /** Rejected at review (审核不通过). */
  | 'REJECT'
  /** Support started (开始帮扶). */
  | 'START_SUPPORT'
  /** Submitted for review (提交审核). */
  | 'SUBMIT'
  /** Withdrawn after an upheld objection (异议成立). */
  | 'WITHDRAW';

/** Adopt a published household (认领) with your pledges. */
export type HouseholdAdoptInput = {
  /** Global id of the HouseholdFile (from publishedHouseholds). */
  householdId: string | number;
  /** A note for the community. */
  note?: string | null | undefined;
  /** One or more pledges (at most 20). */
  pledges: Array<PledgeInput>;
};

/** Category of a household in need (困难类别); several may apply. */
export type HouseholdCategory =
  /** Family that lost its only child (失独家庭, 计生特扶家庭). */
  | 'BEREAVED_ONLY_CHILD'
  /** Disability (残疾), with its grade 1–4 in disabilityGrade. */
  | 'DISABILITY'
  /** Elderly living alone (独居老人). */
  | 'ELDERLY_LIVING_ALONE'
  /** Left-behind child (留守儿童). */
  | 'LEFT_BEHIND_CHILD'
  /** Minimum living allowance or low income (低保/低收入). */
  | 'LOW_INCOME'
  /** Orphan (孤儿). */
  | 'ORPHAN'
  /** Serious illness (大病). */
  | 'SERIOUS_ILLNESS';

/** A new household file (建档), as a draft, in a micro-grid of your community. */
export type HouseholdCreateInput = {
  /** Categories (困难类别): at least one. */
  categories: Array<HouseholdCategory>;
  /** File number, unique within the community (档案编号). */
  code: string;
  /** Disability grade 1–4 (残疾等级): required with DISABILITY. */
  disabilityGrade?: number | null | undefined;
  /** Global id of the Person responsible (责任网格员), of the same community. */
  gridWorkerId: string | number;
  /** The members, the head (户主) among them. */
  members: Array<HouseholdMemberInput>;
  /** Global id of the MicroGrid the household lives in; its grid must be yours. */
  microGridId: string | number;
  /** What help is wanted (帮扶需求); shown to partners. */
  needs: string;
  /** Short public reason for support (帮扶理由), shown in the notice list. */
  reasonForSupport: string;
  /** The situation (家庭情况); personal data. */
  situation?: string | null | undefined;
};

/** A member of the household: a person of the community. */
export type HouseholdMemberInput = {
  /** Birth date (出生日期), recorded on the person (one birth date per person, platform-wide); not in the future, and equal to the ID number’s when the person has one. Omit to keep the person’s. */
  birthDate?: string | null | undefined;
  /** Global id of the Person (of the household’s community). */
  personId: string | number;
  /** Relation to the head; exactly one member is HEAD. */
  relation: HouseholdRelation;
};

/** The community’s answer to an objection. */
export type HouseholdObjectionAnswerInput = {
  /** The answer (答复), recorded with the objection. */
  answer: string;
  /** Dismiss, or uphold (the file is withdrawn). */
  decision: ObjectionDecision;
  /** Global id of the HouseholdObjection. */
  objectionId: string | number;
};

/** An objection (异议) to a file on public notice, by a resident of its community or its staff. */
export type HouseholdObjectionRaiseInput = {
  /** Global id of the HouseholdFile (the id in householdNotices). */
  householdId: string | number;
  /** The objection: what is wrong with the file, and why. */
  text: string;
};

/** A member's relation to the head of the household (与户主关系). */
export type HouseholdRelation =
  /** Child (子女). */
  | 'CHILD'
  /** Grandchild (孙子女). */
  | 'GRANDCHILD'
  /** Head of the household (户主); exactly one per file. */
  | 'HEAD'
  /** Other relative or carer (其他). */
  | 'OTHER'
  /** Parent (父母). */
  | 'PARENT'
  /** Spouse (配偶). */
  | 'SPOUSE';

/** The community’s review (审核) of a submitted file: APPROVE starts the public notice (公示), for noticeDays days, until noticeEndsAt, or for HOUSEHOLD_NOTICE_DAYS (7) by default; REJECT needs a note. */
export type HouseholdReviewInput = {
  /** Approve or reject. */
  decision: ReviewDecision;
  /** Global id of the HouseholdFile. */
  id: string | number;
  /** Why (说明), recorded in the file’s history. */
  note?: string | null | undefined;
  /** Length of the notice period in days (1–30). */
  noticeDays?: number | null | undefined;
  /** Exact end of the notice period (in the future, at most 30 days ahead); instead of noticeDays. */
  noticeEndsAt?: string | null | undefined;
};

/** Workflow state of a household file (一户一档). */
export type HouseholdStatus =
  /** Adopted by a partner (已认领). */
  | 'ADOPTED'
  /** Closed (结案). Final. */
  | 'CLOSED'
  /** Being written by the grid worker (草稿). */
  | 'DRAFT'
  /** On public notice (公示) until noticeEndsAt; residents may raise objections (异议). */
  | 'PUBLIC_NOTICE'
  /** Published for adoption by partners (发布认领). */
  | 'PUBLISHED'
  /** Sent back at review (审核未通过); can be corrected and submitted again. */
  | 'REJECTED'
  /** Submitted for review by the community (待审核). */
  | 'SUBMITTED'
  /** Support under way and tracked (全程跟踪). */
  | 'SUPPORT_UNDER_WAY'
  /** Withdrawn after an upheld objection (异议成立, 撤回). Final. */
  | 'WITHDRAWN';

/** A workflow step on one file, with an optional note. */
export type HouseholdStepInput = {
  /** Global id of the HouseholdFile. */
  id: string | number;
  /** Why (说明), recorded in the file’s history. */
  note?: string | null | undefined;
};

/** Changes to a file in DRAFT or REJECTED; absent fields stay as they are. */
export type HouseholdUpdateInput = {
  /** The categories, replacing the old ones. */
  categories?: Array<HouseholdCategory> | null | undefined;
  /** New file number. */
  code?: string | null | undefined;
  /** Disability grade 1–4; null removes it. */
  disabilityGrade?: number | null | undefined;
  /** Another responsible grid worker (a Person). */
  gridWorkerId?: string | number | null | undefined;
  /** Global id of the HouseholdFile. */
  id: string | number;
  /** The members, replacing the old list. */
  members?: Array<HouseholdMemberInput> | null | undefined;
  /** Another micro-grid (of a grid you keep files for). */
  microGridId?: string | number | null | undefined;
  /** What help is wanted. */
  needs?: string | null | undefined;
  /** Short public reason for support. */
  reasonForSupport?: string | null | undefined;
  /** The situation; null clears it. */
  situation?: string | null | undefined;
};

/** Records the cumulative total of an indicator as of a date (appended; earlier ones are kept). */
export type IndicatorMeasurementRecordInput = {
  /** Global id of the outcome indicator. */
  indicatorId: string | number;
  /** Date the figure refers to; not in the future. */
  measuredOn: string;
  /** Note, e.g. where the figure comes from. */
  note?: string | null | undefined;
  /** Cumulative total to date in the indicator’s unit, e.g. 157. */
  value: number;
};

/** Outcome of a mediation session (调解结果). */
export type MediationOutcome =
  /** Adjourned to another session (择期再调). */
  | 'ADJOURNED'
  /** Agreement reached (达成协议). */
  | 'AGREEMENT'
  /** No agreement (未达成). */
  | 'NO_AGREEMENT'
  /** Partial agreement (部分达成). */
  | 'PARTIAL';

/** Part an attendee plays in a meeting (参会身份). */
export type MeetingAttendeeRole =
  /** Chairs the meeting (主持人); a person. */
  | 'CHAIR'
  /** Invited guest (列席), e.g. a resident concerned; a person. */
  | 'GUEST'
  /** Member of the council or meeting (成员); a person. */
  | 'MEMBER'
  /** Representative of a co-building partner unit (共建单位代表); the only role of a unit. */
  | 'PARTNER_REPRESENTATIVE';

/** Where a decision of a meeting (议定事项) stands. */
export type MeetingDecisionStatus =
  /** Carried out (已落实), with who recorded it and when. */
  | 'DONE'
  /** Dropped (已撤销), with the reason. */
  | 'DROPPED'
  /** To be carried out (待落实). */
  | 'OPEN';

/** Kind of meeting (会议类型). */
export type MeetingKind =
  /** Consultation (协商议事) of residents and parties concerned, in a community. */
  | 'CONSULTATION'
  /** Weekly grid council (网格议事会) of one grid of a community; gridId is required. */
  | 'GRID_COUNCIL'
  /** Party-building joint meeting (党建联席会议) of a community or a street with its partner units (共建单位). */
  | 'PARTY_JOINT_MEETING';

/** Where a meeting stands (会议状态). */
export type MeetingStatus =
  /** Cancelled (已取消), with the reason; nothing more can be recorded. */
  | 'CANCELLED'
  /** Held (已召开): its minutes (会议纪要) are recorded. */
  | 'HELD'
  /** Planned (已安排), minutes not recorded yet. */
  | 'SCHEDULED';

/** What a micro-grid covers. */
export type MicroGridKind =
  /** One building (楼栋). */
  | 'BUILDING'
  /** One building compound (楼院/小区). */
  | 'COMPOUND';

/** Approve a pending wish: it goes on the wish wall. */
export type MicroWishApproveInput = {
  /** Global id of the micro-wish. */
  id: string | number;
  /** Note recorded with the step. */
  note?: string | null | undefined;
};

/** Claim an open wish for your partner unit, or as a volunteer of the community. */
export type MicroWishClaimInput = {
  /** Global id of the micro-wish. */
  id: string | number;
  /** Note recorded with the step. */
  note?: string | null | undefined;
};

/** Confirm a delivered wish and close it. */
export type MicroWishCloseInput = {
  /** Global id of the micro-wish. */
  id: string | number;
  /** Note recorded with the step. */
  note?: string | null | undefined;
};

/** Record that a claimed wish was handed over (by the claimant, or staff on its behalf). */
export type MicroWishDeliverInput = {
  /** When it was handed over (default: now); not in the future, not before the claim. */
  deliveredAt?: string | null | undefined;
  /** Global id of the micro-wish. */
  id: string | number;
  /** Note recorded with the step. */
  note?: string | null | undefined;
};

/** A new micro-wish. A resident posts for itself; a community admin posts on a resident’s behalf (posterId). */
export type MicroWishPostInput = {
  /** Kind of wish. */
  category: WishCategory;
  /** Why, for whom, any detail. */
  description?: string | null | undefined;
  /** Estimated value in fen (分; 3500 = ¥35.00); positive when given. */
  estimatedValueFen?: number | null | undefined;
  /** Last day it may be claimed: from today to 365 days ahead (default: the community's defaultExpiryDays from today). */
  expiresOn?: string | null | undefined;
  /** Community admins only: global id of the resident (Person of your community) whose wish it is. */
  posterId?: string | number | null | undefined;
  /** What is wished for, e.g. 《优雅走过下雨天》 (at most 100 characters). */
  title: string;
};

/** Reject a pending wish, with the reason in the note. */
export type MicroWishRejectInput = {
  /** Global id of the micro-wish. */
  id: string | number;
  /** Note recorded with the step. */
  note?: string | null | undefined;
};

/** Give up a claim: the wish is open again. */
export type MicroWishReleaseInput = {
  /** Global id of the micro-wish. */
  id: string | number;
  /** Note recorded with the step. */
  note?: string | null | undefined;
};

/** State of a micro-wish (微心愿状态). */
export type MicroWishStatus =
  /** Claimed by a partner unit or a volunteer (已认领). */
  | 'CLAIMED'
  /** Confirmed and closed (已完成). */
  | 'CLOSED'
  /** Delivered to the resident (已送达), with who and when. */
  | 'DELIVERED'
  /** Not claimed before its expiry date (已过期); read from the date, never claimable. */
  | 'EXPIRED'
  /** On the wish wall, waiting for someone to claim it (待认领). */
  | 'OPEN'
  /** Waiting for the community's approval (待审核). */
  | 'PENDING_APPROVAL'
  /** Rejected at approval (未通过). */
  | 'REJECTED'
  /** Withdrawn by the resident (已撤回). */
  | 'WITHDRAWN';

/** Withdraw a wish not yet claimed. */
export type MicroWishWithdrawInput = {
  /** Global id of the micro-wish. */
  id: string | number;
  /** Note recorded with the step. */
  note?: string | null | undefined;
};

/** The community’s answer to an objection. */
export type ObjectionDecision =
  /** Dismiss the objection (异议不成立), with an answer. */
  | 'DISMISS'
  /** Uphold it (异议成立): the file is withdrawn. */
  | 'UPHOLD';

/** Where an objection (异议) raised during the public notice stands. */
export type ObjectionStatus =
  /** Answered and dismissed (异议不成立). */
  | 'DISMISSED'
  /** Waiting for the community’s answer; blocks the automatic publication. */
  | 'OPEN'
  /** Upheld (异议成立): the file is withdrawn. */
  | 'UPHELD';

/** The opening intervals of one weekday. */
export type OpeningDayInput = {
  /** One or more intervals that do not overlap, e.g. 08:30–11:30 and 14:30–17:30. */
  intervals: Array<TimeIntervalInput>;
  /** The weekday; each at most once. */
  weekday: Weekday;
};

/** Weekly opening hours; a weekday not listed is closed. 24 hours: 00:00–24:00. */
export type OpeningHoursInput = {
  /** The open weekdays. */
  days: Array<OpeningDayInput>;
  /** Notes, e.g. 节假日另行通知. */
  notes?: string | null | undefined;
};

/** A new outcome indicator (成效指标) of a sub-project. */
export type OutcomeIndicatorAddInput = {
  /** What is counted, unique within the sub-project, e.g. 旧物交换件数. */
  name: string;
  /** Global id of the sub-project. */
  subProjectId: string | number;
  /** Target total in the unit (目标值). */
  target?: number | null | undefined;
  /** Unit, e.g. 件, 场, 人次, 元. */
  unit: string;
};

/** Kind of co-building partner unit (共建单位类型). */
export type PartnerUnitKind =
  /** Bank or securities firm (银行/证券). */
  | 'BANK'
  /** Enterprise (企业). */
  | 'ENTERPRISE'
  /** Government or public institution (机关单位). */
  | 'GOVERNMENT_UNIT'
  /** Hospital or clinic (医院). */
  | 'HOSPITAL'
  /** Law firm (律师事务所). */
  | 'LAW_FIRM'
  /** Merchant (商户), e.g. a shop of a points supermarket (雷锋超市). */
  | 'MERCHANT'
  /** Property-management company (物业). */
  | 'PROPERTY_MANAGER'
  /** School or training body (学校/培训机构). */
  | 'SCHOOL'
  /** Social organisation (社会组织). */
  | 'SOCIAL_ORGANISATION';

/** A co-building partner unit (共建单位), registered once for the whole platform. */
export type PartnerUnitRegisterInput = {
  /** Registered business address (单位地址). */
  address?: string | null | undefined;
  /** Unified social credit code (统一社会信用代码), 18 characters with its GB 32100 check character. */
  creditCode: string;
  /** Kind of unit (单位类型). */
  kind: PartnerUnitKind;
  /** Registered name, e.g. 某某律师事务所. */
  name: string;
};

/** A co-building agreement (共建协议) with one tenant. */
export type PartnershipCreateInput = {
  /** Merchants (MERCHANT units) only: accepts residents' points (积分), e.g. in a 雷锋超市. */
  acceptsPoints?: boolean | null | undefined;
  /** Further commitments in free text (其他约定). */
  commitmentNote?: string | null | undefined;
  /** Commitments (共建内容), each at most once. */
  commitments?: Array<Commitment> | null | undefined;
  /** The unit's contact person for this tenant (联络人). */
  contactName?: string | null | undefined;
  /** Contact phone (联系电话): a mobile number or a landline with area code (0371-12345678). */
  contactPhone?: string | null | undefined;
  /** Last day of the agreement, if it has one. */
  endsOn?: string | null | undefined;
  /** Global id of the partner unit (find it with partnerUnitByCreditCode). */
  partnerUnitId: string | number;
  /** Date signed (签订日期). */
  signedOn: string;
  /** First day of the agreement; defaults to signedOn. */
  startsOn?: string | null | undefined;
  /** Global id of the street or community it partners with: yours, or one of your street's communities. */
  tenantId: string | number;
};

/** The co-building agreement to end. */
export type PartnershipEndInput = {
  /** Global id of the partnership. */
  id: string | number;
};

/** State of a co-building agreement. */
export type PartnershipStatus =
  /** Signed and not ended (在约); in force from startsOn until endsOn, if any. */
  | 'ACTIVE'
  /** Ended (已终止): the tenant has left the partner's scope. */
  | 'ENDED';

/** A new person in your community. Personal values are stored as given and shown masked. */
export type PersonCreateInput = {
  /** Home address (住址), down to the door. */
  address?: string | null | undefined;
  /** Birth date (出生日期); not in the future and, with an ID number, equal to the number's birth date (taken from it when omitted). */
  birthDate?: string | null | undefined;
  /** Resident ID number (居民身份证号码), 18 characters with a valid check character (uppercase X). */
  idNumber?: string | null | undefined;
  /** Name (姓名). */
  name: string;
  /** Mobile number (手机号): 11 digits, e.g. 13812341234. */
  phone?: string | null | undefined;
};

/** Record a skill of a person of your community. */
export type PersonSkillAddInput = {
  /** Details, e.g. 擅长婚姻家庭纠纷. */
  note?: string | null | undefined;
  /** Global id of the person. */
  personId: string | number;
  /** The skill. */
  skill: Skill;
};

/** Remove a skill from a person of your community. */
export type PersonSkillRemoveInput = {
  /** Global id of the person. */
  personId: string | number;
  /** The skill to remove. */
  skill: Skill;
};

/** How often a recurring pledge falls due (money: MONTHLY or YEARLY only). */
export type PledgeFrequency =
  /** Every month (每月), the same day (the last day in shorter months). */
  | 'MONTHLY'
  /** Every three months (每季度). */
  | 'QUARTERLY'
  /** Every week (每周). */
  | 'WEEKLY'
  /** Every year (每年), on the day it started. */
  | 'YEARLY';

/** A pledge (认捐): ONE_OFF_IN_KIND needs description (and dueOn, default today); RECURRING_MONEY needs amountFen, frequency MONTHLY or YEARLY, and an end: endsOn or untilMemberId (until the child turns 18); RECURRING_SERVICE needs description and frequency (endsOn optional). */
export type PledgeInput = {
  /** RECURRING_MONEY: the amount each time. In fen (分), an integer: 1 yuan (元) = 100 fen, so ¥10,000 is 1000000. Money is never a float on this API. > 0. */
  amountFen?: number | null | undefined;
  /** The item or service; for money, what it is for. */
  description?: string | null | undefined;
  /** ONE_OFF_IN_KIND: when the item is due (default today). */
  dueOn?: string | null | undefined;
  /** Recurring: last day (inclusive). */
  endsOn?: string | null | undefined;
  /** Recurring pledges: how often. */
  frequency?: PledgeFrequency | null | undefined;
  /** What is pledged. */
  kind: PledgeKind;
  /** First day and first due date (default today). */
  startsOn?: string | null | undefined;
  /** Recurring: global id of a HouseholdMember (a minor of this household, with a birth date): the pledge runs until the day before the child’s 18th birthday, computed by the platform. An endsOn past it is refused. */
  untilMemberId?: string | number | null | undefined;
};

/** What a pledge (认捐) promises. */
export type PledgeKind =
  /** An item delivered once (实物, e.g. a wheelchair), by dueOn. */
  | 'ONE_OFF_IN_KIND'
  /** Money every month or year (资金), amountFen each time, until endsOn or a child turns 18. */
  | 'RECURRING_MONEY'
  /** A service at a frequency (服务, e.g. weekly tutoring). */
  | 'RECURRING_SERVICE';

/** A new governance programme (治理项目计划). Street admins create street programmes, community admins community ones. */
export type ProgrammeCreateInput = {
  /** What the programme is for. */
  description?: string | null | undefined;
  /** Name, unique within its owner, e.g. 点点爱. */
  name: string;
  /** Initial state (default ACTIVE). */
  status?: ProjectStatus | null | undefined;
  /** Owner (global id of a Tenant): default the one tenant you administer; needed when you administer several. */
  tenantId?: string | number | null | undefined;
};

/** A new project (治理项目) in a programme. It belongs to the programme’s tenant, or (street programmes only) to a community of that street named by tenantId: only the street admin, who sees both, can place it there. */
export type ProjectCreateInput = {
  /** What the project does. */
  description?: string | null | undefined;
  /** Name, unique within the programme, e.g. 幸福来敲门. */
  name: string;
  /** Global id of the programme. */
  programmeId: string | number;
  /** Initial state (default ACTIVE). */
  status?: ProjectStatus | null | undefined;
  /** Owner (global id of a Tenant): default the programme’s tenant; for a street programme, one of its communities. */
  tenantId?: string | number | null | undefined;
};

/** State of a programme, project or sub-project (项目状态). */
export type ProjectStatus =
  /** Under way (进行中). Can become SUSPENDED or COMPLETED. */
  | 'ACTIVE'
  /** Finished (已完成): final, no further change of status. */
  | 'COMPLETED'
  /** Planned (筹备中): not started yet. Can become ACTIVE. */
  | 'PLANNED'
  /** Paused (暂停). Can become ACTIVE again or COMPLETED. */
  | 'SUSPENDED';

/** The stated purpose for revealing personal data; every revealed value is audited with it. */
export type RevealPurpose =
  /** Care for a household in need (关爱帮扶). */
  | 'CARE_SERVICE'
  /** Handling a case or dispute (矛盾纠纷/诉求处理). */
  | 'CASE_HANDLING'
  /** Reaching a person in an emergency (紧急联系). */
  | 'EMERGENCY_CONTACT'
  /** Household visit (入户走访). */
  | 'HOME_VISIT'
  /** Correcting or completing a record (档案维护). */
  | 'RECORD_MAINTENANCE';

/** Outcome of the community’s review (审核) of a submitted file. */
export type ReviewDecision =
  /** Approve: the public notice (公示) starts. */
  | 'APPROVE'
  /** Reject: the file goes back to the grid worker (a note is required). */
  | 'REJECT';

/** What a principal may do (DOMAIN.md role table). */
export type Role =
  /** Community "two committees" staff (社区两委): everything in the community. */
  | 'COMMUNITY_ADMIN'
  /** A community's device by API key, e.g. a smart doorbell (智能门铃) recording daily check-ins. */
  | 'DEVICE'
  /** A district's system (区级平台), by API key: reads its subtree, masked. */
  | 'DISTRICT_INTEGRATOR'
  /** Grid leader, grid worker or grid steward (网格长/网格员/网格管家) in their grids. */
  | 'GRID_WORKER'
  /** A mobile probe (移动探头) by API key: couriers, delivery riders, sanitation workers and 小蜜蜂 who report cases from the street. */
  | 'MOBILE_PROBE'
  /** A co-building partner unit (共建单位), in the tenants it partners with. */
  | 'PARTNER'
  /** Platform operator: provisions tenants and issues keys (admin path only). */
  | 'PLATFORM_ADMIN'
  /** A resident or volunteer (居民/志愿者) in a community frontend. */
  | 'RESIDENT'
  /** Street office staff (街道): manages street data, reads its communities. */
  | 'STREET_ADMIN'
  /** Leader of a volunteer team (志愿服务队队长). */
  | 'TEAM_LEADER';

/** How often a sub-project serves (服务频次). */
export type ScheduleFrequency =
  /** Every other week on the weekday, from the first date (隔周). */
  | 'BIWEEKLY'
  /** The first such weekday of each month (每月). */
  | 'MONTHLY'
  /** Every week on the weekday (每周). */
  | 'WEEKLY';

/** Credentials of a user account (登录). */
export type SessionCreateInput = {
  /** Password. */
  password: string;
  /** Login name (case-insensitive). */
  username: string;
};

/** A skill a person offers as a volunteer (志愿者特长). */
export type Skill =
  /** Performing arts, calligraphy, painting (文艺). */
  | 'ARTS'
  /** Haircuts (理发). */
  | 'BARBER'
  /** Free clinics, doctors and nurses (义诊/医护). */
  | 'CLINIC'
  /** Cooking (烹饪), e.g. for a community canteen. */
  | 'COOKING'
  /** Psychological counselling (心理咨询). */
  | 'COUNSELLING'
  /** Housekeeping (家政). */
  | 'HOUSEKEEPING'
  /** Lawyer, legal advice (律师). */
  | 'LAWYER'
  /** Physiotherapy and massage (理疗). */
  | 'PHYSIOTHERAPY'
  /** Household repairs: plumbing, wiring, appliances (水电维修). */
  | 'REPAIR'
  /** Retired teacher, tutoring (退休教师). */
  | 'RETIRED_TEACHER'
  /** Student volunteer (学生). */
  | 'STUDENT';

/** A new sub-project (子项目) of a project; it belongs to the project’s tenant. */
export type SubProjectCreateInput = {
  /** What the sub-project does. */
  description?: string | null | undefined;
  /** Last day; not before startsOn. */
  endsOn?: string | null | undefined;
  /** Lead team (牵头队伍): a team of the same tenant, or for a community a team of its street. */
  leadTeamId?: string | number | null | undefined;
  /** Name, unique within the project, e.g. 移动之家. */
  name: string;
  /** Global id of the project. */
  projectId: string | number;
  /** First day. */
  startsOn?: string | null | undefined;
  /** Initial state (default PLANNED). */
  status?: ProjectStatus | null | undefined;
};

/** A co-building partner supporting a sub-project, through its ACTIVE partnership with the same tenant. */
export type SubProjectPartnerAddInput = {
  /** What the partner contributes, e.g. 提供场地. */
  contribution?: string | null | undefined;
  /** Global id of the Partnership (共建协议) of the sub-project’s tenant. */
  partnershipId: string | number;
  /** Global id of the sub-project. */
  subProjectId: string | number;
};

/** Sets (replaces) the schedule of a sub-project: 移动之家 serves weekly, one service field per occurrence in rotation. */
export type SubProjectScheduleSetInput = {
  /** Last day of the schedule; open if null. */
  endsOn?: string | null | undefined;
  /** How often. */
  frequency: ScheduleFrequency;
  /** Service fields (服务领域) in rotation order, e.g. 理发, 义诊, 家电维修; 1 to 20 distinct. */
  serviceFields: Array<string>;
  /** First day of the schedule (the first occurrence is on or after it). */
  startsOn: string;
  /** Global id of the sub-project. */
  subProjectId: string | number;
  /** Fixed volunteers per occurrence (固定志愿者), e.g. 12. */
  volunteerCount?: number | null | undefined;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
};

/** A supporting team (协办队伍) of a sub-project. */
export type SubProjectTeamInput = {
  /** Global id of the sub-project. */
  subProjectId: string | number;
  /** Global id of the team: of the same tenant, or for a community sub-project a team of its street. */
  teamId: string | number;
};

/** New values for a sub-project. Omitted fields stay as they are; null clears an optional one. Status changes follow ProjectStatus. */
export type SubProjectUpdateInput = {
  /** New description; null clears it. */
  description?: string | null | undefined;
  /** New last day (not before startsOn); null clears it. */
  endsOn?: string | null | undefined;
  /** Global id of the sub-project. */
  id: string | number;
  /** New lead team; null clears it. */
  leadTeamId?: string | number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New first day; null clears it. */
  startsOn?: string | null | undefined;
  /** New state; an illegal change is INVALID_TRANSITION naming the current state. */
  status?: ProjectStatus | null | undefined;
};

/** What the household told the grid worker about a delivery (入户核实). */
export type SupportConfirmation =
  /** Not received (未收到): opens a follow-up for the community. */
  | 'NOT_RECEIVED'
  /** Received as recorded (已收到). */
  | 'RECEIVED'
  /** Received, with a problem (有问题): opens a follow-up for the community. */
  | 'RECEIVED_WITH_ISSUES';

/** Resolve a follow-up (跟进事项). */
export type SupportFollowUpResolveInput = {
  /** Global id of the SupportFollowUp. */
  id: string | number;
  /** How it was resolved. */
  resolution: string;
};

/** Where a follow-up (跟进事项) on a disputed delivery stands. */
export type SupportFollowUpStatus =
  /** Waiting for the community to sort it out. */
  | 'OPEN'
  /** Resolved, with a note. */
  | 'RESOLVED';

/** What the household said about a delivery (入户核实); a discrepancy needs a note. */
export type SupportRecordConfirmInput = {
  /** RECEIVED, NOT_RECEIVED or RECEIVED_WITH_ISSUES. */
  confirmation: SupportConfirmation;
  /** Global id of the SupportRecord. */
  id: string | number;
  /** What the household said (required for a discrepancy). */
  note?: string | null | undefined;
};

/** Record a delivery on a pledge (帮扶记录). */
export type SupportRecordCreateInput = {
  /** Money pledges (required there, only there). In fen (分), an integer: 1 yuan (元) = 100 fen, so ¥10,000 is 1000000. Money is never a float on this API. > 0. */
  amountFen?: number | null | undefined;
  /** When it was delivered; not in the future. */
  deliveredOn: string;
  /** Evidence (凭证): receipt number, photo reference, … */
  evidenceNote?: string | null | undefined;
  /** What was delivered (default: the pledge’s description). */
  item?: string | null | undefined;
  /** Global id of the Pledge. */
  pledgeId: string | number;
};

/** A team changes kind (转型), e.g. 巧厨娘 becoming the social enterprise running the canteen. */
export type TeamChangeKindInput = {
  /** Global id of the team. */
  id: string | number;
  /** The new kind. */
  kind: TeamKind;
  /** Why or how, e.g. 承接社区食堂运营. */
  note?: string | null | undefined;
  /** When it changed (default: today); not in the future, not before the team was founded. */
  occurredOn?: string | null | undefined;
};

/** A new team, owned by your street (street admin) or your community (community admin). */
export type TeamCreateInput = {
  /** What the team does. */
  description?: string | null | undefined;
  /** Date founded (default: today); not in the future. */
  foundedOn?: string | null | undefined;
  /** Kind of team. */
  kind: TeamKind;
  /** Global id of the leader (队长), a person of the same tenant. */
  leaderId?: string | number | null | undefined;
  /** Name, unique within the owning tenant, e.g. 巧厨娘. */
  name: string;
  /** Theme tag (主题色), where the street uses one. */
  theme?: TeamTheme | null | undefined;
};

/** What happened to a team. */
export type TeamEventKind =
  /** The team was founded (成立); toValue is its kind. */
  | 'FOUNDED'
  /** The team changed kind (转型), e.g. a volunteer team becoming a social enterprise. */
  | 'KIND_CHANGED'
  /** The leader changed (队长变更); fromValue and toValue are global ids of the people. */
  | 'LEADER_CHANGED'
  /** The team was renamed (更名); fromValue and toValue are the names. */
  | 'RENAMED';

/** What kind of team (队伍类型). */
export type TeamKind =
  /** Mass self-organisation (群众自组织). */
  | 'MASS_SELF_ORGANISATION'
  /** Mediation team (调解队), e.g. 调解千千结. */
  | 'MEDIATION'
  /** Party-member team (党员志愿服务队). */
  | 'PARTY_MEMBER'
  /** Social enterprise (社会企业), e.g. a team that now runs the canteen. */
  | 'SOCIAL_ENTERPRISE'
  /** Volunteer service team (志愿服务队). */
  | 'VOLUNTEER'
  /** Women's team (巾帼志愿服务队). */
  | 'WOMEN'
  /** Youth team (青年志愿服务队). */
  | 'YOUTH';

/** A person of the team’s tenant joins the team (or a past membership is recorded with leftOn). */
export type TeamMemberAddInput = {
  /** Day joined (default: today); not in the future. */
  joinedOn?: string | null | undefined;
  /** Day left, for a past membership; not before joinedOn, not in the future. */
  leftOn?: string | null | undefined;
  /** Global id of the person, of the team’s own street or community. */
  personId: string | number;
  /** Role (default MEMBER). */
  role?: TeamMemberRole | null | undefined;
  /** Global id of the team. */
  teamId: string | number;
};

/** A member leaves the team; the membership stays as history. */
export type TeamMemberLeaveInput = {
  /** Global id of the membership (TeamMember). */
  id: string | number;
  /** Day left (default: today); not before the day joined, not in the future. */
  leftOn?: string | null | undefined;
};

/** The role of a member in a team. */
export type TeamMemberRole =
  /** Deputy leader (副队长). */
  | 'DEPUTY'
  /** Team leader (队长). */
  | 'LEADER'
  /** Member (队员). */
  | 'MEMBER';

/** Theme tag of a team where a street uses one (跃进街道 "五色一彩"). */
export type TeamTheme =
  /** 文艺紫: culture and performances. */
  | 'ARTS_PURPLE'
  /** 绚丽彩: everything else. */
  | 'BRILLIANT_COLOURS'
  /** 生态绿: environment. */
  | 'ECO_GREEN'
  /** 守护蓝: safety and patrols. */
  | 'GUARDIAN_BLUE'
  /** 党旗红: party building. */
  | 'PARTY_RED'
  /** 暖心橙: care for the elderly and children. */
  | 'WARM_ORANGE';

/** New values for a team. Omitted fields stay as they are; a new name or leader is recorded as a team event. */
export type TeamUpdateInput = {
  /** New description; null clears it. */
  description?: string | null | undefined;
  /** Date founded; null clears it. */
  foundedOn?: string | null | undefined;
  /** Global id of the team. */
  id: string | number;
  /** Global id of the new leader, a person of the same tenant; null for none (recorded as LEADER_CHANGED). */
  leaderId?: string | number | null | undefined;
  /** New name (recorded as RENAMED). */
  name?: string | null | undefined;
  /** Note recorded with the events of this change. */
  note?: string | null | undefined;
  /** New theme tag; null clears it. */
  theme?: TeamTheme | null | undefined;
};

/** Level of a tenant in the governance tree. */
export type TenantKind =
  /** Community (社区): owns its grids, people and daily work. */
  | 'COMMUNITY'
  /** District or county (区/县): the scope of district integrators. */
  | 'DISTRICT'
  /** Street or town (街道/镇): owns street-level data and reads its communities. */
  | 'STREET';

/** One opening interval, China time (UTC+8). */
export type TimeIntervalInput = {
  /** Closing time, HH:mm after `opens`; 24:00 for midnight. */
  closes: string;
  /** Opening time, HH:mm (00:00–23:59). */
  opens: string;
};

/** A venue closes for good; it is kept as history. */
export type VenueCloseInput = {
  /** First day it is closed (default: today). */
  closedOn?: string | null | undefined;
  /** Global id of the venue. */
  id: string | number;
};

/** A new venue (阵地) of your street or community; the owner comes from your role. */
export type VenueCreateInput = {
  /** Address (地址). */
  address?: string | null | undefined;
  /** Amenities offered (default none). */
  amenities?: Array<Amenity> | null | undefined;
  /** What it offers (简介). */
  description?: string | null | undefined;
  /** What the venue is for. */
  kind: VenueKind;
  /** Global id of the micro-grid it stands in (yours). */
  microGridId?: string | number | null | undefined;
  /** Name, unique within your tenant, e.g. 绿云长者食堂. */
  name: string;
  /** Weekly opening hours. */
  openingHours?: OpeningHoursInput | null | undefined;
  /** Global id of the co-building partnership (共建协议) under which a partner runs it. */
  operatorPartnershipId?: string | number | null | undefined;
  /** Global id of the team that runs it (yours). */
  operatorTeamId?: string | number | null | undefined;
};

/** What a venue (阵地) is for. */
export type VenueKind =
  /** Canteen for elderly people and residents (长者食堂/社区食堂). */
  | 'CANTEEN'
  /** Culture centre (文化中心/文化活动室) with rooms residents can book. */
  | 'CULTURE_CENTRE'
  /** Elderly day-care centre (日间照料中心). */
  | 'ELDERLY_DAY_CARE'
  /** Legal-aid house (法律之家), e.g. 123法律之家. */
  | 'LAW_HOUSE'
  /** Any other venue (其他阵地). */
  | 'OTHER'
  /** Party-building service centre (党群服务中心). */
  | 'PARTY_SERVICE_CENTRE'
  /** Points supermarket (雷锋超市/积分超市): volunteers spend service points there. */
  | 'POINTS_SUPERMARKET'
  /** Rest station for delivery riders and outdoor workers (小蜜蜂驿站/暖心驿站). */
  | 'REST_STATION'
  /** Safe-community station (平安社区工作站), usually divided into zones. */
  | 'SAFE_COMMUNITY_STATION';

/** A closed venue operates again. */
export type VenueReopenInput = {
  /** Global id of the venue. */
  id: string | number;
};

/** A new zone or room of a venue you manage. */
export type VenueSpaceAddInput = {
  /** Amenities of this space (default none). */
  amenities?: Array<Amenity> | null | undefined;
  /** Whether residents can book it (default false); only rooms with a capacity. */
  bookable?: boolean | null | undefined;
  /** How many people it holds; at least 1. */
  capacity?: number | null | undefined;
  /** What happens here. */
  description?: string | null | undefined;
  /** Zone or room. */
  kind: VenueSpaceKind;
  /** Name, unique within the venue, e.g. 矛盾调解区. */
  name: string;
  /** Global id of the venue. */
  venueId: string | number;
};

/** What a part of a venue is. */
export type VenueSpaceKind =
  /** A room (活动室/功能室); rooms may be bookable. */
  | 'ROOM'
  /** A functional zone (功能区), e.g. the four zones of a safe-community station. */
  | 'ZONE';

/** New values for a zone or room. Omitted fields stay; null clears an optional one. */
export type VenueSpaceUpdateInput = {
  /** The full new list of amenities. */
  amenities?: Array<Amenity> | null | undefined;
  /** Whether residents can book it. */
  bookable?: boolean | null | undefined;
  /** New capacity (at least 1); null clears it. */
  capacity?: number | null | undefined;
  /** New description; null clears it. */
  description?: string | null | undefined;
  /** Global id of the space. */
  id: string | number;
  /** New kind. */
  kind?: VenueSpaceKind | null | undefined;
  /** New name, unique within the venue. */
  name?: string | null | undefined;
};

/** New values for a venue you manage. Omitted fields stay; null clears an optional one. */
export type VenueUpdateInput = {
  /** New address; null clears it. */
  address?: string | null | undefined;
  /** The full new list of amenities. */
  amenities?: Array<Amenity> | null | undefined;
  /** New description; null clears it. */
  description?: string | null | undefined;
  /** Global id of the venue. */
  id: string | number;
  /** New kind. */
  kind?: VenueKind | null | undefined;
  /** New micro-grid; null clears it. */
  microGridId?: string | number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** The full new opening hours; null clears them (not recorded). */
  openingHours?: OpeningHoursInput | null | undefined;
  /** New operating partnership; null clears it. */
  operatorPartnershipId?: string | number | null | undefined;
  /** New operating team; null clears it. */
  operatorTeamId?: string | number | null | undefined;
};

/** Day of the week. */
export type Weekday =
  /** Friday (周五). */
  | 'FRIDAY'
  /** Monday (周一). */
  | 'MONDAY'
  /** Saturday (周六). */
  | 'SATURDAY'
  /** Sunday (周日). */
  | 'SUNDAY'
  /** Thursday (周四). */
  | 'THURSDAY'
  /** Tuesday (周二). */
  | 'TUESDAY'
  /** Wednesday (周三). */
  | 'WEDNESDAY';

/** A step in the life of a micro-wish. */
export type WishAction =
  /** Approved by the community (审核通过). */
  | 'APPROVE'
  /** Claimed (认领) by a partner unit or a volunteer. */
  | 'CLAIM'
  /** Delivery confirmed, the wish closed (确认完成). */
  | 'CLOSE'
  /** Delivered (送达), with who and when. */
  | 'DELIVER'
  /** Posted (发布) by the resident or by staff on the resident’s behalf. */
  | 'POST'
  /** Rejected by the community (审核不通过). */
  | 'REJECT'
  /** The claim was given up (放弃认领); the wish is open again. */
  | 'RELEASE'
  /** Withdrawn by the resident (撤回). */
  | 'WITHDRAW';

/** What kind of wish (心愿类别). */
export type WishCategory =
  /** A book (图书), e.g. 《优雅走过下雨天》. */
  | 'BOOK'
  /** Clothing (衣物). */
  | 'CLOTHING'
  /** Daily necessities (生活用品). */
  | 'DAILY_NECESSITY'
  /** Anything else (其他). */
  | 'OTHER'
  /** A service (服务类), e.g. a haircut at home. */
  | 'SERVICE'
  /** Study supplies (学习用品). */
  | 'STUDY_SUPPLIES'
  /** A toy (玩具), e.g. a doll. */
  | 'TOY';

/** Who claimed a wish. */
export type WishClaimantKind =
  /** A co-building partner unit (共建单位). */
  | 'PARTNER_UNIT'
  /** A party member or volunteer of the community (党员/志愿者). */
  | 'PERSON';

/** Your community's micro-wish settings. Omitted fields stay as they are. */
export type WishSettingsUpdateInput = {
  /** Days a wish stays claimable when its poster gives no date (1 to 365). */
  defaultExpiryDays?: number | null | undefined;
  /** Whether new wishes wait for approval (审核) before they go on the wall. */
  requiresApproval?: boolean | null | undefined;
};

export type SupportSummaryFieldsFragment = { pledgeCount: number, pledgedTotalFen: number, pledgedToDateFen: number, recordedFen: number, deliveredFen: number, dueToDateCount: number, overdueCount: number, unconfirmedCount: number, disputedCount: number, overdue: Array<{ pledgeId: string, dueOn: string }> };

export type AdoptionsQueryVariables = Exact<{
  communityId?: string | number | null | undefined;
  status?: AdoptionStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdoptionsQuery = { adoptions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: AdoptionStatus, adoptedAt: string, partnerUnit: { name: string }, community: { name: string }, household: { id: string, code: string, status: HouseholdStatus, categories: Array<HouseholdCategory>, needs: string, headName: string }, pledges: Array<{ id: string, kind: PledgeKind, description: string | null, amountFen: number | null, frequency: PledgeFrequency | null, dueDates: Array<string> }>, support: { pledgeCount: number, pledgedTotalFen: number, pledgedToDateFen: number, recordedFen: number, deliveredFen: number, dueToDateCount: number, overdueCount: number, unconfirmedCount: number, disputedCount: number, overdue: Array<{ pledgeId: string, dueOn: string }> } } }> } };

export type AdoptedHouseholdFullQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AdoptedHouseholdFullQuery = { adoptions: { edges: Array<{ node: { id: string, household: { id: string, code: string, situation: string | null, headName: string, headPhone: string | null, address: string | null, members: Array<{ id: string, relation: HouseholdRelation, name: string, age: number | null, isMinor: boolean }> } } }> } };

export type HouseholdSupportQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdSupportQuery = { household: { id: string, status: HouseholdStatus, adoptions: Array<{ id: string, status: AdoptionStatus }>, support: { pledgeCount: number, pledgedTotalFen: number, pledgedToDateFen: number, recordedFen: number, deliveredFen: number, dueToDateCount: number, overdueCount: number, unconfirmedCount: number, disputedCount: number, overdue: Array<{ pledgeId: string, dueOn: string }> } } };

export type MySupportSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type MySupportSummaryQuery = { mySupportSummary: { pledgeCount: number, pledgedTotalFen: number, pledgedToDateFen: number, recordedFen: number, deliveredFen: number, dueToDateCount: number, overdueCount: number, unconfirmedCount: number, disputedCount: number, overdue: Array<{ pledgeId: string, dueOn: string }> } };

export type SupportSummaryQueryVariables = Exact<{
  communityId?: string | number | null | undefined;
}>;


export type SupportSummaryQuery = { supportSummary: Array<{ community: { name: string }, summary: { pledgeCount: number, pledgedTotalFen: number, pledgedToDateFen: number, recordedFen: number, deliveredFen: number, dueToDateCount: number, overdueCount: number, unconfirmedCount: number, disputedCount: number, overdue: Array<{ pledgeId: string, dueOn: string }> } }> };

export type SupportFollowUpsQueryVariables = Exact<{
  communityId?: string | number | null | undefined;
  status?: SupportFollowUpStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportFollowUpsQuery = { supportFollowUps: { totalCount: number, edges: Array<{ node: { id: string, status: SupportFollowUpStatus, reason: SupportConfirmation, note: string | null, supportRecord: { id: string, deliveredOn: string, item: string | null, amountFen: number | null }, household: { id: string, code: string } } }> } };

export type HouseholdAdoptMutationVariables = Exact<{
  input: HouseholdAdoptInput;
}>;


export type HouseholdAdoptMutation = { householdAdopt: { adoption: { id: string, status: AdoptionStatus, adoptedAt: string, householdId: string, pledges: Array<{ id: string, kind: PledgeKind, description: string | null, amountFen: number | null, frequency: PledgeFrequency | null, startsOn: string, endsOn: string | null, dueOn: string | null, untilAge18: boolean, dueDates: Array<string> }> }, event: { action: HouseholdAction, fromStatus: HouseholdStatus | null, toStatus: HouseholdStatus } } };

export type AdoptionEndMutationVariables = Exact<{
  input: AdoptionEndInput;
}>;


export type AdoptionEndMutation = { adoptionEnd: { adoption: { id: string, status: AdoptionStatus, endedAt: string | null, endReason: string | null }, event: { action: HouseholdAction, toStatus: HouseholdStatus } } };

export type SupportRecordCreateMutationVariables = Exact<{
  input: SupportRecordCreateInput;
}>;


export type SupportRecordCreateMutation = { supportRecordCreate: { supportRecord: { id: string, deliveredOn: string, amountFen: number | null, item: string | null, evidenceNote: string | null, recordedByName: string, recordedByRole: string } } };

export type SupportRecordConfirmMutationVariables = Exact<{
  input: SupportRecordConfirmInput;
}>;


export type SupportRecordConfirmMutation = { supportRecordConfirm: { supportRecord: { id: string, confirmation: SupportConfirmation | null, confirmedAt: string | null, confirmationNote: string | null }, followUp: { id: string, status: SupportFollowUpStatus, reason: SupportConfirmation } | null } };

export type SupportFollowUpResolveMutationVariables = Exact<{
  input: SupportFollowUpResolveInput;
}>;


export type SupportFollowUpResolveMutation = { supportFollowUpResolve: { followUp: { id: string, status: SupportFollowUpStatus, resolution: string | null } } };

export type SessionCreateMutationVariables = Exact<{
  input: SessionCreateInput;
}>;


export type SessionCreateMutation = { sessionCreate: { token: string, expiresAt: string, user: { displayName: string, roles: Array<Role> } } };

export type CareAlertNoticesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CareAlertNoticesSubscription = { careAlertNotices: { alertId: string, event: CareAlertAction, status: CareAlertStatus, communityId: string, gridId: string, subjectName: string, day: string, escalated: boolean } };

export type CareCheckInRecordMutationVariables = Exact<{
  input: CareCheckInRecordInput;
}>;


export type CareCheckInRecordMutation = { careCheckInRecord: { checkIn: { id: string, day: string, channel: CheckInChannel }, closedAlert: { id: string, status: CareAlertStatus } | null } };

export type CareAlertAcknowledgeMutationVariables = Exact<{
  input: CareAlertAcknowledgeInput;
}>;


export type CareAlertAcknowledgeMutation = { careAlertAcknowledge: { alert: { id: string, status: CareAlertStatus } } };

export type CaseTimelineEventFragment = { kind: CaseEventKind, fromStatus: CaseStatus | null, toStatus: CaseStatus, fromLevel: CaseLevel | null, toLevel: CaseLevel, occurredAt: string, actorName: string, actorRole: string, automatic: boolean, note: string | null, satisfaction: number | null };

export type MyCaseQueueQueryVariables = Exact<{
  level?: CaseLevel | null | undefined;
  status?: CaseStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyCaseQueueQuery = { myCaseQueue: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, category: CaseCategory, status: CaseStatus, level: CaseLevel, deadlineAt: string, overdue: boolean, reporterName: string | null, grid: { name: string } | null, assigneePerson: { name: string } | null, assigneeTeam: { name: string } | null } }> } };

export type CaseTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseTimelineQuery = { case: { id: string, category: CaseCategory, description: string, status: CaseStatus, level: CaseLevel, deadlineAt: string, overdue: boolean, satisfaction: number | null, petitionerAccepted: boolean | null, community: { name: string }, timeline: Array<{ kind: CaseEventKind, fromStatus: CaseStatus | null, toStatus: CaseStatus, fromLevel: CaseLevel | null, toLevel: CaseLevel, occurredAt: string, actorName: string, actorRole: string, automatic: boolean, note: string | null, satisfaction: number | null }>, mediationSessions: Array<{ sequence: number, heldAt: string, outcome: MediationOutcome, note: string | null, attendees: Array<{ name: string }>, partnerUnits: Array<{ name: string }> }> } };

export type CaseStatsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type CaseStatsQuery = { caseStats: { total: number, overdue: number, rows: Array<{ category: CaseCategory, status: CaseStatus, level: CaseLevel, count: number, tenant: { name: string, code: string } }> } };

export type CaseEscalationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CaseEscalationsSubscription = { caseEscalations: { caseId: string, communityId: string, level: CaseLevel, category: CaseCategory, deadlineAt: string, automatic: boolean, occurredAt: string } };

export type CaseAfterStepFragment = { id: string, status: CaseStatus, level: CaseLevel, deadlineAt: string, timeline: Array<{ kind: CaseEventKind, toStatus: CaseStatus, toLevel: CaseLevel, occurredAt: string, actorName: string }> };

export type CaseReportMutationVariables = Exact<{
  input: CaseReportInput;
}>;


export type CaseReportMutation = { caseReport: { case: { id: string, status: CaseStatus, level: CaseLevel, deadlineAt: string, timeline: Array<{ kind: CaseEventKind, toStatus: CaseStatus, toLevel: CaseLevel, occurredAt: string, actorName: string }> } } };

export type CaseAcceptMutationVariables = Exact<{
  input: CaseAcceptInput;
}>;


export type CaseAcceptMutation = { caseAccept: { case: { id: string, status: CaseStatus, level: CaseLevel, deadlineAt: string, timeline: Array<{ kind: CaseEventKind, toStatus: CaseStatus, toLevel: CaseLevel, occurredAt: string, actorName: string }> } } };

export type CaseEscalateMutationVariables = Exact<{
  input: CaseEscalateInput;
}>;


export type CaseEscalateMutation = { caseEscalate: { case: { id: string, status: CaseStatus, level: CaseLevel, deadlineAt: string, timeline: Array<{ kind: CaseEventKind, toStatus: CaseStatus, toLevel: CaseLevel, occurredAt: string, actorName: string }> } } };

export type CaseResolveMutationVariables = Exact<{
  input: CaseResolveInput;
}>;


export type CaseResolveMutation = { caseResolve: { case: { id: string, status: CaseStatus, level: CaseLevel, deadlineAt: string, timeline: Array<{ kind: CaseEventKind, toStatus: CaseStatus, toLevel: CaseLevel, occurredAt: string, actorName: string }> } } };

export type CaseCloseMutationVariables = Exact<{
  input: CaseCloseInput;
}>;


export type CaseCloseMutation = { caseClose: { case: { satisfaction: number | null, id: string, status: CaseStatus, level: CaseLevel, deadlineAt: string, timeline: Array<{ kind: CaseEventKind, toStatus: CaseStatus, toLevel: CaseLevel, occurredAt: string, actorName: string }> } } };

export type HouseholdQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdQuery = { household: { id: string, code: string, status: HouseholdStatus, categories: Array<HouseholdCategory>, disabilityGrade: number | null, displayName: string, situation: string | null, needs: string, reasonForSupport: string, noticeEndsAt: string | null, nextActions: Array<HouseholdAction>, grid: { name: string }, microGrid: { name: string }, members: Array<{ relation: HouseholdRelation, age: number | null, isMinor: boolean | null, person: { name: string, birthDate: string | null } }>, events: Array<{ action: HouseholdAction, fromStatus: HouseholdStatus | null, toStatus: HouseholdStatus, note: string | null, actorName: string, actorRole: string, occurredAt: string }> } };

export type HouseholdsQueryVariables = Exact<{
  communityId?: string | number | null | undefined;
  status?: HouseholdStatus | null | undefined;
  category?: HouseholdCategory | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HouseholdsQuery = { households: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, status: HouseholdStatus, categories: Array<HouseholdCategory>, displayName: string, community: { name: string } } }> } };

export type HouseholdNoticesQueryVariables = Exact<{
  communityId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HouseholdNoticesQuery = { householdNotices: { totalCount: number, edges: Array<{ node: { id: string, categories: Array<HouseholdCategory>, gridName: string, maskedName: string, reasonForSupport: string, noticeEndsAt: string } }> } };

export type PublishedHouseholdsQueryVariables = Exact<{
  communityId?: string | number | null | undefined;
  category?: HouseholdCategory | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublishedHouseholdsQuery = { publishedHouseholds: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, categories: Array<HouseholdCategory>, disabilityGrade: number | null, needs: string, maskedName: string, memberCount: number, community: { name: string }, members: Array<{ relation: HouseholdRelation, initial: string, age: number | null, isMinor: boolean }> } }> } };

export type HouseholdStatsQueryVariables = Exact<{
  communityId?: string | number | null | undefined;
}>;


export type HouseholdStatsQuery = { householdStats: Array<{ total: number, community: { name: string }, byStatus: Array<{ status: HouseholdStatus, count: number }>, byCategory: Array<{ category: HouseholdCategory, count: number }> }> };

export type HouseholdCreateMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type HouseholdCreateMutation = { householdCreate: { household: { id: string, code: string, status: HouseholdStatus, categories: Array<HouseholdCategory>, disabilityGrade: number | null, displayName: string, members: Array<{ relation: HouseholdRelation, age: number | null, isMinor: boolean | null }> } } };

export type HouseholdUpdateMutationVariables = Exact<{
  input: HouseholdUpdateInput;
}>;


export type HouseholdUpdateMutation = { householdUpdate: { household: { id: string, status: HouseholdStatus, needs: string } } };

export type HouseholdSubmitMutationVariables = Exact<{
  input: HouseholdStepInput;
}>;


export type HouseholdSubmitMutation = { householdSubmit: { household: { id: string, status: HouseholdStatus }, event: { action: HouseholdAction, fromStatus: HouseholdStatus | null, toStatus: HouseholdStatus, actorName: string, occurredAt: string } } };

export type HouseholdReviewMutationVariables = Exact<{
  input: HouseholdReviewInput;
}>;


export type HouseholdReviewMutation = { householdReview: { household: { id: string, status: HouseholdStatus, noticeEndsAt: string | null }, event: { action: HouseholdAction, fromStatus: HouseholdStatus | null, toStatus: HouseholdStatus, note: string | null } } };

export type HouseholdPublishMutationVariables = Exact<{
  input: HouseholdStepInput;
}>;


export type HouseholdPublishMutation = { householdPublish: { household: { id: string, status: HouseholdStatus }, event: { action: HouseholdAction, toStatus: HouseholdStatus } } };

export type HouseholdCloseMutationVariables = Exact<{
  input: HouseholdStepInput;
}>;


export type HouseholdCloseMutation = { householdClose: { household: { id: string, status: HouseholdStatus }, event: { action: HouseholdAction, toStatus: HouseholdStatus } } };

export type HouseholdObjectionRaiseMutationVariables = Exact<{
  input: HouseholdObjectionRaiseInput;
}>;


export type HouseholdObjectionRaiseMutation = { householdObjectionRaise: { objection: { id: string, status: ObjectionStatus } } };

export type HouseholdObjectionAnswerMutationVariables = Exact<{
  input: HouseholdObjectionAnswerInput;
}>;


export type HouseholdObjectionAnswerMutation = { householdObjectionAnswer: { objection: { id: string, status: ObjectionStatus, answer: string | null } } };

export type MeetingsQueryVariables = Exact<{
  kind?: MeetingKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingsQuery = { meetings: { totalCount: number, edges: Array<{ node: { id: string, kind: MeetingKind, title: string, heldAt: string, status: MeetingStatus, attendees: Array<{ role: MeetingAttendeeRole, person: { name: string } | null, partnerUnit: { name: string } | null }>, decisions: Array<{ text: string, status: MeetingDecisionStatus, links: Array<{ case: { id: string, category: CaseCategory } | null, householdFile: { id: string } | null }> }> } }> } };

export type MeetingStatsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type MeetingStatsQuery = { meetingStats: { byKind: Array<{ kind: MeetingKind, total: number, held: number }> } };

export type CommunityOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityOrganisationQuery = { tenant: { id: string, name: string, code: string, profile: { areaKm2: number | null, foundedOn: string | null, compounds: number, buildings: number, compoundsWithoutPropertyManager: number } | null, grids: Array<{ id: string, code: string, name: string, microGrids: Array<{ id: string, code: string, name: string, kind: MicroGridKind, leader: { id: string, name: string } | null }>, assignments: Array<{ id: string, role: GridRole, startedOn: string, person: { id: string, name: string, phone: string | null } }> }> } };

export type IntegratorCommunityTreeQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IntegratorCommunityTreeQuery = { communities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, parent: { name: string } | null, grids: Array<{ name: string, microGrids: Array<{ name: string, leader: { name: string } | null }>, assignments: Array<{ role: GridRole, person: { name: string, phone: string | null } }> }> } }> } };

export type GridCreateMutationVariables = Exact<{
  input: GridCreateInput;
}>;


export type GridCreateMutation = { gridCreate: { grid: { id: string, code: string, name: string } } };

export type PersonCreateMutationVariables = Exact<{
  input: PersonCreateInput;
}>;


export type PersonCreateMutation = { personCreate: { person: { id: string, name: string, phone: string | null, birthDate: string | null } } };

export type GridAssignmentCreateMutationVariables = Exact<{
  input: GridAssignmentCreateInput;
}>;


export type GridAssignmentCreateMutation = { gridAssignmentCreate: { gridAssignment: { id: string, role: GridRole, startedOn: string, person: { name: string } } } };

export type PersonsForHomeVisitQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type PersonsForHomeVisitQuery = { persons: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, phone: string | null, address: string | null } }> } };

export type PartnerUnitRegisterMutationVariables = Exact<{
  input: PartnerUnitRegisterInput;
}>;


export type PartnerUnitRegisterMutation = { partnerUnitRegister: { partnerUnit: { id: string, name: string, kind: PartnerUnitKind, creditCode: string, address: string | null } } };

export type PartnerUnitByCreditCodeQueryVariables = Exact<{
  creditCode: string;
}>;


export type PartnerUnitByCreditCodeQuery = { partnerUnitByCreditCode: { id: string, name: string, kind: PartnerUnitKind, creditCode: string, address: string | null } | null };

export type PartnerUnitsQueryVariables = Exact<{
  kind?: PartnerUnitKind | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerUnitsQuery = { partnerUnits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: PartnerUnitKind, creditCode: string, partnerships: Array<{ id: string, status: PartnershipStatus, inForce: boolean, tenant: { id: string, name: string } }> } }> } };

export type PartnershipCreateMutationVariables = Exact<{
  input: PartnershipCreateInput;
}>;


export type PartnershipCreateMutation = { partnershipCreate: { partnership: { id: string, status: PartnershipStatus, signedOn: string, startsOn: string, endsOn: string | null, commitments: Array<Commitment>, commitmentNote: string | null, acceptsPoints: boolean, inForce: boolean }, tenant: { id: string, name: string }, partnerUnit: { id: string, name: string } } };

export type PartnershipEndMutationVariables = Exact<{
  input: PartnershipEndInput;
}>;


export type PartnershipEndMutation = { partnershipEnd: { partnership: { id: string, status: PartnershipStatus, endsOn: string | null, inForce: boolean } } };

export type PartnershipsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  status?: PartnershipStatus | null | undefined;
  kind?: PartnerUnitKind | null | undefined;
  acceptsPoints?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnershipsQuery = { partnerships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: PartnershipStatus, signedOn: string, startsOn: string, endsOn: string | null, commitments: Array<Commitment>, acceptsPoints: boolean, inForce: boolean, contactName: string | null, contactPhone: string | null, partnerUnit: { id: string, name: string, kind: PartnerUnitKind }, tenant: { id: string, name: string } } }> } };

export type MyPartnerTenantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyPartnerTenantsQuery = { myPartnerTenants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: TenantKind } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { kind: string, name: string, roles: Array<Role>, scope: Array<{ id: string, name: string, kind: TenantKind, code: string }> } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ node: { id: string, createdAt: string, actorName: string, role: Role, purpose: RevealPurpose, entityType: string, field: string, subject: { id: string, name: string } | null } }> } };

export type ProgrammeCreateMutationVariables = Exact<{
  input: ProgrammeCreateInput;
}>;


export type ProgrammeCreateMutation = { programmeCreate: { programme: { id: string, name: string, status: ProjectStatus, owner: { id: string, name: string } } } };

export type ProjectCreateMutationVariables = Exact<{
  input: ProjectCreateInput;
}>;


export type ProjectCreateMutation = { projectCreate: { project: { id: string, name: string, status: ProjectStatus, owner: { id: string, name: string }, programme: { id: string, name: string } | null } } };

export type SubProjectCreateMutationVariables = Exact<{
  input: SubProjectCreateInput;
}>;


export type SubProjectCreateMutation = { subProjectCreate: { subProject: { id: string, name: string, status: ProjectStatus, startsOn: string | null, endsOn: string | null, leadTeam: { id: string, name: string } | null } } };

export type SubProjectUpdateMutationVariables = Exact<{
  input: SubProjectUpdateInput;
}>;


export type SubProjectUpdateMutation = { subProjectUpdate: { subProject: { id: string, name: string, status: ProjectStatus, startsOn: string | null, endsOn: string | null, leadTeam: { id: string, name: string } | null } } };

export type SubProjectTeamAddMutationVariables = Exact<{
  input: SubProjectTeamInput;
}>;


export type SubProjectTeamAddMutation = { subProjectTeamAdd: { subProject: { id: string, supportingTeams: Array<{ id: string, name: string }> } } };

export type SubProjectTeamRemoveMutationVariables = Exact<{
  input: SubProjectTeamInput;
}>;


export type SubProjectTeamRemoveMutation = { subProjectTeamRemove: { subProject: { id: string, supportingTeams: Array<{ id: string, name: string }> } } };

export type SubProjectPartnerAddMutationVariables = Exact<{
  input: SubProjectPartnerAddInput;
}>;


export type SubProjectPartnerAddMutation = { subProjectPartnerAdd: { partner: { id: string, contribution: string | null, partnerUnit: { id: string, name: string } } } };

export type SubProjectScheduleSetMutationVariables = Exact<{
  input: SubProjectScheduleSetInput;
}>;


export type SubProjectScheduleSetMutation = { subProjectScheduleSet: { subProject: { id: string, schedule: { frequency: ScheduleFrequency, weekday: number, startsOn: string, endsOn: string | null, serviceFields: Array<string>, volunteerCount: number | null } | null } } };

export type OutcomeIndicatorAddMutationVariables = Exact<{
  input: OutcomeIndicatorAddInput;
}>;


export type OutcomeIndicatorAddMutation = { outcomeIndicatorAdd: { indicator: { id: string, name: string, unit: string, target: number | null } } };

export type IndicatorMeasurementRecordMutationVariables = Exact<{
  input: IndicatorMeasurementRecordInput;
}>;


export type IndicatorMeasurementRecordMutation = { indicatorMeasurementRecord: { measurement: { id: string, value: number, measuredOn: string, note: string | null, indicator: { id: string, actual: number | null, actualOn: string | null } } } };

export type ProgrammeTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeTreeQuery = { programme: { id: string, name: string, status: ProjectStatus, projectCount: number, subProjectCount: number, owner: { id: string, name: string }, subProjectCountsByStatus: Array<{ status: ProjectStatus, count: number }>, projects: Array<{ id: string, name: string, status: ProjectStatus, subProjectCount: number, owner: { id: string, name: string }, subProjects: Array<{ id: string, name: string, status: ProjectStatus, startsOn: string | null, endsOn: string | null, leadTeam: { id: string, name: string } | null, supportingTeams: Array<{ id: string, name: string }>, partners: Array<{ contribution: string | null, partnerUnit: { id: string, name: string } }>, indicators: Array<{ id: string, name: string, unit: string, target: number | null, actual: number | null, actualOn: string | null }> }> }> } };

export type ProgrammesQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  status?: ProjectStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammesQuery = { programmes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, status: ProjectStatus, projectCount: number, subProjectCount: number, owner: { id: string, name: string } } }> } };

export type SubProjectsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  status?: ProjectStatus | null | undefined;
  activeFrom?: string | null | undefined;
  activeTo?: string | null | undefined;
  teamId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SubProjectsQuery = { subProjects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, status: ProjectStatus, startsOn: string | null, endsOn: string | null, owner: { id: string, name: string }, project: { id: string, name: string }, leadTeam: { id: string, name: string } | null } }> } };

export type SubProjectServiceDatesQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type SubProjectServiceDatesQuery = { subProject: { id: string, name: string, schedule: { frequency: ScheduleFrequency, weekday: number, startsOn: string, endsOn: string | null, serviceFields: Array<string>, volunteerCount: number | null } | null, serviceDates: Array<{ date: string, field: string }> } };

export type IndicatorHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type IndicatorHistoryQuery = { node:
    | { id: string, name: string, unit: string, target: number | null, actual: number | null, actualOn: string | null, measurements: Array<{ value: number, measuredOn: string, note: string | null, recordedByName: string }> }
    | Record<PropertyKey, never>
   };

export type TeamCreateMutationVariables = Exact<{
  input: TeamCreateInput;
}>;


export type TeamCreateMutation = { teamCreate: { team: { id: string, name: string, kind: TeamKind, theme: TeamTheme | null, foundedOn: string | null, tenant: { name: string } } } };

export type TeamUpdateMutationVariables = Exact<{
  input: TeamUpdateInput;
}>;


export type TeamUpdateMutation = { teamUpdate: { team: { id: string, name: string, theme: TeamTheme | null, description: string | null, leader: { id: string, name: string } | null } } };

export type TeamChangeKindMutationVariables = Exact<{
  input: TeamChangeKindInput;
}>;


export type TeamChangeKindMutation = { teamChangeKind: { team: { id: string, kind: TeamKind }, event: { id: string, kind: TeamEventKind, fromValue: string | null, toValue: string | null, occurredOn: string, note: string | null } } };

export type TeamMemberAddMutationVariables = Exact<{
  input: TeamMemberAddInput;
}>;


export type TeamMemberAddMutation = { teamMemberAdd: { teamMember: { id: string, role: TeamMemberRole, joinedOn: string, leftOn: string | null, person: { id: string, name: string } } } };

export type TeamMemberLeaveMutationVariables = Exact<{
  input: TeamMemberLeaveInput;
}>;


export type TeamMemberLeaveMutation = { teamMemberLeave: { teamMember: { id: string, joinedOn: string, leftOn: string | null } } };

export type PersonSkillAddMutationVariables = Exact<{
  input: PersonSkillAddInput;
}>;


export type PersonSkillAddMutation = { personSkillAdd: { personSkill: { id: string, skill: Skill, note: string | null }, person: { id: string, skills: Array<{ skill: Skill }> } } };

export type PersonSkillRemoveMutationVariables = Exact<{
  input: PersonSkillRemoveInput;
}>;


export type PersonSkillRemoveMutation = { personSkillRemove: { person: { id: string, skills: Array<{ skill: Skill }> } } };

export type TeamsQueryVariables = Exact<{
  kind?: TeamKind | null | undefined;
  theme?: TeamTheme | null | undefined;
  tenantId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TeamsQuery = { teams: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: TeamKind, theme: TeamTheme | null, foundedOn: string | null, memberCount: number, tenant: { id: string, name: string }, leader: { id: string, name: string } | null } }> } };

export type TeamDetailQueryVariables = Exact<{
  id: string | number;
  activeOn?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TeamDetailQuery = { team: { id: string, name: string, kind: TeamKind, theme: TeamTheme | null, description: string | null, memberCount: number, memberCountHistory: Array<{ date: string, count: number }>, members: Array<{ id: string, role: TeamMemberRole, joinedOn: string, leftOn: string | null, person: { id: string, name: string, skills: Array<{ skill: Skill }> } }>, events: Array<{ id: string, kind: TeamEventKind, fromValue: string | null, toValue: string | null, occurredOn: string, note: string | null, actorName: string }> } };

export type PeopleWithSkillQueryVariables = Exact<{
  skill: Skill;
  communityId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleWithSkillQuery = { peopleWithSkill: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, community: { name: string }, skills: Array<{ skill: Skill, note: string | null }> } }> } };

export type CommunitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  updatedSince?: string | null | undefined;
  under?: string | number | null | undefined;
}>;


export type CommunitiesQuery = { communities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, updatedAt: string, parent: { id: string, name: string, code: string } | null } }> } };

export type VenueCreateMutationVariables = Exact<{
  input: VenueCreateInput;
}>;


export type VenueCreateMutation = { venueCreate: { venue: { id: string, name: string, kind: VenueKind, amenities: Array<Amenity>, openingHoursText: string | null } } };

export type VenueUpdateMutationVariables = Exact<{
  input: VenueUpdateInput;
}>;


export type VenueUpdateMutation = { venueUpdate: { venue: { id: string, name: string, amenities: Array<Amenity>, openingHoursText: string | null } } };

export type VenueCloseMutationVariables = Exact<{
  input: VenueCloseInput;
}>;


export type VenueCloseMutation = { venueClose: { venue: { id: string, closedOn: string | null } } };

export type VenueReopenMutationVariables = Exact<{
  input: VenueReopenInput;
}>;


export type VenueReopenMutation = { venueReopen: { venue: { id: string, closedOn: string | null } } };

export type VenueSpaceAddMutationVariables = Exact<{
  input: VenueSpaceAddInput;
}>;


export type VenueSpaceAddMutation = { venueSpaceAdd: { venueSpace: { id: string, name: string, kind: VenueSpaceKind, capacity: number | null, bookable: boolean } } };

export type VenueSpaceUpdateMutationVariables = Exact<{
  input: VenueSpaceUpdateInput;
}>;


export type VenueSpaceUpdateMutation = { venueSpaceUpdate: { venueSpace: { id: string, name: string, capacity: number | null, bookable: boolean } } };

export type VenuesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  tenantId?: string | number | null | undefined;
  kind?: VenueKind | null | undefined;
  amenity?: Amenity | null | undefined;
  at: string;
}>;


export type VenuesQuery = { venues: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: VenueKind, address: string | null, amenities: Array<Amenity>, closedOn: string | null, isOpenAt: boolean | null, openingHoursText: string | null, openingHours: { notes: string | null, days: Array<{ weekday: Weekday, intervals: Array<{ opens: string, closes: string }> }> } | null, tenant: { id: string, name: string }, operatorTeam: { id: string, name: string } | null, spaces: Array<{ id: string, name: string, kind: VenueSpaceKind, capacity: number | null, bookable: boolean, amenities: Array<Amenity> }> } }> } };

export type BookableRoomsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  tenantId?: string | number | null | undefined;
  minCapacity?: number | null | undefined;
}>;


export type BookableRoomsQuery = { bookableRooms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, capacity: number | null, amenities: Array<Amenity>, venue: { id: string, name: string, address: string | null, openingHoursText: string | null } } }> } };

export type WishAfterStepFragment = { id: string, title: string, status: MicroWishStatus, expiresOn: string, claimantKind: WishClaimantKind | null, claimedAt: string | null, deliveredAt: string | null, deliveredByName: string | null, closedAt: string | null, claimantPartnerUnit: { name: string } | null, events: Array<{ action: WishAction, fromStatus: MicroWishStatus | null, toStatus: MicroWishStatus, occurredAt: string, actorName: string, actorRole: Role, note: string | null }> };

export type MicroWishPostMutationVariables = Exact<{
  input: MicroWishPostInput;
}>;


export type MicroWishPostMutation = { microWishPost: { microWish: { id: string, title: string, status: MicroWishStatus, expiresOn: string, claimantKind: WishClaimantKind | null, claimedAt: string | null, deliveredAt: string | null, deliveredByName: string | null, closedAt: string | null, claimantPartnerUnit: { name: string } | null, events: Array<{ action: WishAction, fromStatus: MicroWishStatus | null, toStatus: MicroWishStatus, occurredAt: string, actorName: string, actorRole: Role, note: string | null }> } } };

export type MicroWishApproveMutationVariables = Exact<{
  input: MicroWishApproveInput;
}>;


export type MicroWishApproveMutation = { microWishApprove: { microWish: { id: string, title: string, status: MicroWishStatus, expiresOn: string, claimantKind: WishClaimantKind | null, claimedAt: string | null, deliveredAt: string | null, deliveredByName: string | null, closedAt: string | null, claimantPartnerUnit: { name: string } | null, events: Array<{ action: WishAction, fromStatus: MicroWishStatus | null, toStatus: MicroWishStatus, occurredAt: string, actorName: string, actorRole: Role, note: string | null }> } } };

export type MicroWishRejectMutationVariables = Exact<{
  input: MicroWishRejectInput;
}>;


export type MicroWishRejectMutation = { microWishReject: { microWish: { id: string, title: string, status: MicroWishStatus, expiresOn: string, claimantKind: WishClaimantKind | null, claimedAt: string | null, deliveredAt: string | null, deliveredByName: string | null, closedAt: string | null, claimantPartnerUnit: { name: string } | null, events: Array<{ action: WishAction, fromStatus: MicroWishStatus | null, toStatus: MicroWishStatus, occurredAt: string, actorName: string, actorRole: Role, note: string | null }> } } };

export type MicroWishClaimMutationVariables = Exact<{
  input: MicroWishClaimInput;
}>;


export type MicroWishClaimMutation = { microWishClaim: { microWish: { id: string, title: string, status: MicroWishStatus, expiresOn: string, claimantKind: WishClaimantKind | null, claimedAt: string | null, deliveredAt: string | null, deliveredByName: string | null, closedAt: string | null, claimantPartnerUnit: { name: string } | null, events: Array<{ action: WishAction, fromStatus: MicroWishStatus | null, toStatus: MicroWishStatus, occurredAt: string, actorName: string, actorRole: Role, note: string | null }> } } };

export type MicroWishReleaseMutationVariables = Exact<{
  input: MicroWishReleaseInput;
}>;


export type MicroWishReleaseMutation = { microWishRelease: { microWish: { id: string, title: string, status: MicroWishStatus, expiresOn: string, claimantKind: WishClaimantKind | null, claimedAt: string | null, deliveredAt: string | null, deliveredByName: string | null, closedAt: string | null, claimantPartnerUnit: { name: string } | null, events: Array<{ action: WishAction, fromStatus: MicroWishStatus | null, toStatus: MicroWishStatus, occurredAt: string, actorName: string, actorRole: Role, note: string | null }> } } };

export type MicroWishDeliverMutationVariables = Exact<{
  input: MicroWishDeliverInput;
}>;


export type MicroWishDeliverMutation = { microWishDeliver: { microWish: { deliveryNote: string | null, id: string, title: string, status: MicroWishStatus, expiresOn: string, claimantKind: WishClaimantKind | null, claimedAt: string | null, deliveredAt: string | null, deliveredByName: string | null, closedAt: string | null, claimantPartnerUnit: { name: string } | null, events: Array<{ action: WishAction, fromStatus: MicroWishStatus | null, toStatus: MicroWishStatus, occurredAt: string, actorName: string, actorRole: Role, note: string | null }> } } };

export type MicroWishCloseMutationVariables = Exact<{
  input: MicroWishCloseInput;
}>;


export type MicroWishCloseMutation = { microWishClose: { microWish: { id: string, title: string, status: MicroWishStatus, expiresOn: string, claimantKind: WishClaimantKind | null, claimedAt: string | null, deliveredAt: string | null, deliveredByName: string | null, closedAt: string | null, claimantPartnerUnit: { name: string } | null, events: Array<{ action: WishAction, fromStatus: MicroWishStatus | null, toStatus: MicroWishStatus, occurredAt: string, actorName: string, actorRole: Role, note: string | null }> } } };

export type MicroWishWithdrawMutationVariables = Exact<{
  input: MicroWishWithdrawInput;
}>;


export type MicroWishWithdrawMutation = { microWishWithdraw: { microWish: { id: string, title: string, status: MicroWishStatus, expiresOn: string, claimantKind: WishClaimantKind | null, claimedAt: string | null, deliveredAt: string | null, deliveredByName: string | null, closedAt: string | null, claimantPartnerUnit: { name: string } | null, events: Array<{ action: WishAction, fromStatus: MicroWishStatus | null, toStatus: MicroWishStatus, occurredAt: string, actorName: string, actorRole: Role, note: string | null }> } } };

export type WishSettingsUpdateMutationVariables = Exact<{
  input: WishSettingsUpdateInput;
}>;


export type WishSettingsUpdateMutation = { wishSettingsUpdate: { wishSettings: { requiresApproval: boolean, defaultExpiryDays: number, community: { name: string } } } };

export type MicroWishWallQueryVariables = Exact<{
  communityId?: string | number | null | undefined;
  status?: MicroWishStatus | null | undefined;
  category?: WishCategory | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MicroWishWallQuery = { microWishWall: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, category: WishCategory, estimatedValueFen: number | null, status: MicroWishStatus, expiresOn: string, posterName: string | null, claimantKind: WishClaimantKind | null, deliveredAt: string | null, deliveredByName: string | null, createdAt: string, claimantPartnerUnit: { name: string } | null, community: { name: string } } }> } };

export type MicroWishQueryVariables = Exact<{
  id: string | number;
}>;


export type MicroWishQuery = { microWish: { id: string, title: string, description: string | null, category: WishCategory, estimatedValueFen: number | null, status: MicroWishStatus, expiresOn: string, posterName: string | null, claimantKind: WishClaimantKind | null, claimedAt: string | null, deliveredAt: string | null, deliveredByName: string | null, deliveryNote: string | null, closedAt: string | null, availableActions: Array<WishAction>, claimantPartnerUnit: { name: string } | null, events: Array<{ action: WishAction, fromStatus: MicroWishStatus | null, toStatus: MicroWishStatus, occurredAt: string, actorKind: string, actorName: string, actorRole: Role, note: string | null }> } };

export type MyClaimedWishesQueryVariables = Exact<{
  status?: MicroWishStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyClaimedWishesQuery = { myClaimedWishes: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: MicroWishStatus, posterName: string | null, community: { name: string } } }> } };

export type WishSettingsQueryVariables = Exact<{
  communityId?: string | number | null | undefined;
}>;


export type WishSettingsQuery = { wishSettings: { requiresApproval: boolean, defaultExpiryDays: number, community: { name: string } } };

export const SupportSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedToDateFen"}},{"kind":"Field","name":{"kind":"Name","value":"recordedFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueToDateCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unconfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"disputedCount"}}]}}]} as unknown as DocumentNode<SupportSummaryFieldsFragment, unknown>;
export const CaseTimelineEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<CaseTimelineEventFragment, unknown>;
export const CaseAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<CaseAfterStepFragment, unknown>;
export const WishAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WishAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<WishAfterStepFragment, unknown>;
export const AdoptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Adoptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportSummaryFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedToDateFen"}},{"kind":"Field","name":{"kind":"Name","value":"recordedFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueToDateCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unconfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"disputedCount"}}]}}]} as unknown as DocumentNode<AdoptionsQuery, AdoptionsQueryVariables>;
export const AdoptedHouseholdFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptedHouseholdFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"EnumValue","value":"CARE_SERVICE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"headPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"isMinor"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdoptedHouseholdFullQuery, AdoptedHouseholdFullQueryVariables>;
export const HouseholdSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedToDateFen"}},{"kind":"Field","name":{"kind":"Name","value":"recordedFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueToDateCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unconfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"disputedCount"}}]}}]} as unknown as DocumentNode<HouseholdSupportQuery, HouseholdSupportQueryVariables>;
export const MySupportSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySupportSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySupportSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedToDateFen"}},{"kind":"Field","name":{"kind":"Name","value":"recordedFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueToDateCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unconfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"disputedCount"}}]}}]} as unknown as DocumentNode<MySupportSummaryQuery, MySupportSummaryQueryVariables>;
export const SupportSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedToDateFen"}},{"kind":"Field","name":{"kind":"Name","value":"recordedFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueToDateCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unconfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"disputedCount"}}]}}]} as unknown as DocumentNode<SupportSummaryQuery, SupportSummaryQueryVariables>;
export const SupportFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportFollowUpStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"supportRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportFollowUpsQuery, SupportFollowUpsQueryVariables>;
export const HouseholdAdoptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HouseholdAdopt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdAdoptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdAdopt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"untilAge18"}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdAdoptMutation, HouseholdAdoptMutationVariables>;
export const AdoptionEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptionEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionEndMutation, AdoptionEndMutationVariables>;
export const SupportRecordCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportRecordCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRecordCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRecordCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByRole"}}]}}]}}]}}]} as unknown as DocumentNode<SupportRecordCreateMutation, SupportRecordCreateMutationVariables>;
export const SupportRecordConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportRecordConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRecordConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRecordConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<SupportRecordConfirmMutation, SupportRecordConfirmMutationVariables>;
export const SupportFollowUpResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportFollowUpResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportFollowUpResolveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportFollowUpResolve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]} as unknown as DocumentNode<SupportFollowUpResolveMutation, SupportFollowUpResolveMutationVariables>;
export const SessionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<SessionCreateMutation, SessionCreateMutationVariables>;
export const CareAlertNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CareAlertNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careAlertNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}}]}}]}}]} as unknown as DocumentNode<CareAlertNoticesSubscription, CareAlertNoticesSubscriptionVariables>;
export const CareCheckInRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareCheckInRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareCheckInRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careCheckInRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CareCheckInRecordMutation, CareCheckInRecordMutationVariables>;
export const CareAlertAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareAlertAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareAlertAcknowledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careAlertAcknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CareAlertAcknowledgeMutation, CareAlertAcknowledgeMutationVariables>;
export const MyCaseQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCaseQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCaseQueueQuery, MyCaseQueueQueryVariables>;
export const CaseTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"petitionerAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimelineEvent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediationSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<CaseTimelineQuery, CaseTimelineQueryVariables>;
export const CaseStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CaseStatsQuery, CaseStatsQueryVariables>;
export const CaseEscalationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseEscalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseEscalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<CaseEscalationsSubscription, CaseEscalationsSubscriptionVariables>;
export const CaseReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<CaseReportMutation, CaseReportMutationVariables>;
export const CaseAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAcceptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<CaseAcceptMutation, CaseAcceptMutationVariables>;
export const CaseEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEscalateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseEscalate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<CaseEscalateMutation, CaseEscalateMutationVariables>;
export const CaseResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseResolveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseResolve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<CaseResolveMutation, CaseResolveMutationVariables>;
export const CaseCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<CaseCloseMutation, CaseCloseMutationVariables>;
export const HouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Household"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForSupport"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microGrid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"isMinor"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdQuery, HouseholdQueryVariables>;
export const HouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Households"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsQuery, HouseholdsQueryVariables>;
export const HouseholdNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"maskedName"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForSupport"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdNoticesQuery, HouseholdNoticesQueryVariables>;
export const PublishedHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"maskedName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"initial"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"isMinor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedHouseholdsQuery, PublishedHouseholdsQueryVariables>;
export const HouseholdStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdStatsQuery, HouseholdStatsQueryVariables>;
export const HouseholdCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HouseholdCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"isMinor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdCreateMutation, HouseholdCreateMutationVariables>;
export const HouseholdUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HouseholdUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdUpdateMutation, HouseholdUpdateMutationVariables>;
export const HouseholdSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HouseholdSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdSubmitMutation, HouseholdSubmitMutationVariables>;
export const HouseholdReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HouseholdReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdReviewMutation, HouseholdReviewMutationVariables>;
export const HouseholdPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HouseholdPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdPublishMutation, HouseholdPublishMutationVariables>;
export const HouseholdCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HouseholdClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdCloseMutation, HouseholdCloseMutationVariables>;
export const HouseholdObjectionRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HouseholdObjectionRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdObjectionRaiseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdObjectionRaise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdObjectionRaiseMutation, HouseholdObjectionRaiseMutationVariables>;
export const HouseholdObjectionAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HouseholdObjectionAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdObjectionAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdObjectionAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdObjectionAnswerMutation, HouseholdObjectionAnswerMutationVariables>;
export const MeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingStatsQuery, MeetingStatsQueryVariables>;
export const CommunityOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"}},{"kind":"Field","name":{"kind":"Name","value":"compoundsWithoutPropertyManager"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"microGrids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommunityOrganisationQuery, CommunityOrganisationQueryVariables>;
export const IntegratorCommunityTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegratorCommunityTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"microGrids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntegratorCommunityTreeQuery, IntegratorCommunityTreeQueryVariables>;
export const GridCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GridCreateMutation, GridCreateMutationVariables>;
export const PersonCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]} as unknown as DocumentNode<PersonCreateMutation, PersonCreateMutationVariables>;
export const GridAssignmentCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridAssignmentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridAssignmentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridAssignmentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GridAssignmentCreateMutation, GridAssignmentCreateMutationVariables>;
export const PersonsForHomeVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonsForHomeVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"reveal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"EnumValue","value":"HOME_VISIT"}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonsForHomeVisitQuery, PersonsForHomeVisitQueryVariables>;
export const PartnerUnitRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerUnitRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerUnitRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerUnitRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerUnitRegisterMutation, PartnerUnitRegisterMutationVariables>;
export const PartnerUnitByCreditCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerUnitByCreditCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerUnitByCreditCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<PartnerUnitByCreditCodeQuery, PartnerUnitByCreditCodeQueryVariables>;
export const PartnerUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerUnitKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerUnitsQuery, PartnerUnitsQueryVariables>;
export const PartnershipCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnershipCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentNote"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsPoints"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PartnershipCreateMutation, PartnershipCreateMutationVariables>;
export const PartnershipEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnershipEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]}}]} as unknown as DocumentNode<PartnershipEndMutation, PartnershipEndMutationVariables>;
export const PartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerUnitKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acceptsPoints"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"acceptsPoints"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acceptsPoints"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsPoints"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"partnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnershipsQuery, PartnershipsQueryVariables>;
export const MyPartnerTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPartnerTenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPartnerTenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyPartnerTenantsQuery, MyPartnerTenantsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const ProgrammeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeCreateMutation, ProgrammeCreateMutationVariables>;
export const ProjectCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProjectCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectCreateMutation, ProjectCreateMutationVariables>;
export const SubProjectCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubProjectCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubProjectCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProjectCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubProjectCreateMutation, SubProjectCreateMutationVariables>;
export const SubProjectUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubProjectUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubProjectUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProjectUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubProjectUpdateMutation, SubProjectUpdateMutationVariables>;
export const SubProjectTeamAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubProjectTeamAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubProjectTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProjectTeamAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportingTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubProjectTeamAddMutation, SubProjectTeamAddMutationVariables>;
export const SubProjectTeamRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubProjectTeamRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubProjectTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProjectTeamRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportingTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubProjectTeamRemoveMutation, SubProjectTeamRemoveMutationVariables>;
export const SubProjectPartnerAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubProjectPartnerAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubProjectPartnerAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProjectPartnerAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"partnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubProjectPartnerAddMutation, SubProjectPartnerAddMutationVariables>;
export const SubProjectScheduleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubProjectScheduleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubProjectScheduleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProjectScheduleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFields"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubProjectScheduleSetMutation, SubProjectScheduleSetMutationVariables>;
export const OutcomeIndicatorAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomeIndicatorAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeIndicatorAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeIndicatorAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]} as unknown as DocumentNode<OutcomeIndicatorAddMutation, OutcomeIndicatorAddMutationVariables>;
export const IndicatorMeasurementRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IndicatorMeasurementRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorMeasurementRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorMeasurementRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"actualOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorMeasurementRecordMutation, IndicatorMeasurementRecordMutationVariables>;
export const ProgrammeTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"subProjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"subProjectCountsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subProjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"subProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"partnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"actualOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeTreeQuery, ProgrammeTreeQueryVariables>;
export const ProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programmes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"subProjectCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammesQuery, ProgrammesQueryVariables>;
export const SubProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubProjectsQuery, SubProjectsQueryVariables>;
export const SubProjectServiceDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubProjectServiceDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFields"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceDates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubProjectServiceDatesQuery, SubProjectServiceDatesQueryVariables>;
export const IndicatorHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"actualOn"}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorHistoryQuery, IndicatorHistoryQueryVariables>;
export const TeamCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamCreateMutation, TeamCreateMutationVariables>;
export const TeamUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamUpdateMutation, TeamUpdateMutationVariables>;
export const TeamChangeKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamChangeKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamChangeKindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamChangeKind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<TeamChangeKindMutation, TeamChangeKindMutationVariables>;
export const TeamMemberAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamMemberAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMemberAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMemberAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamMemberAddMutation, TeamMemberAddMutationVariables>;
export const TeamMemberLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamMemberLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMemberLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMemberLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}}]}}]}}]} as unknown as DocumentNode<TeamMemberLeaveMutation, TeamMemberLeaveMutationVariables>;
export const PersonSkillAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonSkillAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonSkillAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personSkillAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personSkill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonSkillAddMutation, PersonSkillAddMutationVariables>;
export const PersonSkillRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonSkillRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonSkillRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personSkillRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonSkillRemoveMutation, PersonSkillRemoveMutationVariables>;
export const TeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamTheme"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const TeamDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}]},{"kind":"Field","name":{"kind":"Name","value":"memberCountHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]}}]} as unknown as DocumentNode<TeamDetailQuery, TeamDetailQueryVariables>;
export const PeopleWithSkillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleWithSkill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skill"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Skill"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleWithSkill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skill"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skill"}}},{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleWithSkillQuery, PeopleWithSkillQueryVariables>;
export const CommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}}},{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommunitiesQuery, CommunitiesQueryVariables>;
export const VenueCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VenueCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amenities"}},{"kind":"Field","name":{"kind":"Name","value":"openingHoursText"}}]}}]}}]}}]} as unknown as DocumentNode<VenueCreateMutation, VenueCreateMutationVariables>;
export const VenueUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VenueUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amenities"}},{"kind":"Field","name":{"kind":"Name","value":"openingHoursText"}}]}}]}}]}}]} as unknown as DocumentNode<VenueUpdateMutation, VenueUpdateMutationVariables>;
export const VenueCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VenueClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]}}]} as unknown as DocumentNode<VenueCloseMutation, VenueCloseMutationVariables>;
export const VenueReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VenueReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueReopenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueReopen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]}}]} as unknown as DocumentNode<VenueReopenMutation, VenueReopenMutationVariables>;
export const VenueSpaceAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VenueSpaceAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueSpaceAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueSpaceAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueSpace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"bookable"}}]}}]}}]}}]} as unknown as DocumentNode<VenueSpaceAddMutation, VenueSpaceAddMutationVariables>;
export const VenueSpaceUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VenueSpaceUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueSpaceUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueSpaceUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueSpace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"bookable"}}]}}]}}]}}]} as unknown as DocumentNode<VenueSpaceUpdateMutation, VenueSpaceUpdateMutationVariables>;
export const VenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Venues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amenity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Amenity"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"amenity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amenity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"amenities"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"isOpenAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]},{"kind":"Field","name":{"kind":"Name","value":"openingHoursText"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"bookable"}},{"kind":"Field","name":{"kind":"Name","value":"amenities"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VenuesQuery, VenuesQueryVariables>;
export const BookableRoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookableRooms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minCapacity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookableRooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minCapacity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minCapacity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"amenities"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHoursText"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookableRoomsQuery, BookableRoomsQueryVariables>;
export const MicroWishPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MicroWishPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWishPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWishPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWish"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WishAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WishAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<MicroWishPostMutation, MicroWishPostMutationVariables>;
export const MicroWishApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MicroWishApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWishApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWishApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWish"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WishAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WishAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<MicroWishApproveMutation, MicroWishApproveMutationVariables>;
export const MicroWishRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MicroWishReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWishRejectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWishReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWish"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WishAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WishAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<MicroWishRejectMutation, MicroWishRejectMutationVariables>;
export const MicroWishClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MicroWishClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWishClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWishClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWish"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WishAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WishAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<MicroWishClaimMutation, MicroWishClaimMutationVariables>;
export const MicroWishReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MicroWishRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWishReleaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWishRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWish"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WishAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WishAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<MicroWishReleaseMutation, MicroWishReleaseMutationVariables>;
export const MicroWishDeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MicroWishDeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWishDeliverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWishDeliver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWish"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WishAfterStep"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryNote"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WishAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<MicroWishDeliverMutation, MicroWishDeliverMutationVariables>;
export const MicroWishCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MicroWishClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWishCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWishClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWish"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WishAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WishAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<MicroWishCloseMutation, MicroWishCloseMutationVariables>;
export const MicroWishWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MicroWishWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWishWithdrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWishWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWish"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WishAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WishAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<MicroWishWithdrawMutation, MicroWishWithdrawMutationVariables>;
export const WishSettingsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WishSettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WishSettingsUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wishSettingsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wishSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"defaultExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WishSettingsUpdateMutation, WishSettingsUpdateMutationVariables>;
export const MicroWishWallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MicroWishWall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWishStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WishCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWishWall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"posterName"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MicroWishWallQuery, MicroWishWallQueryVariables>;
export const MicroWishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MicroWish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microWish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"posterName"}},{"kind":"Field","name":{"kind":"Name","value":"claimantKind"}},{"kind":"Field","name":{"kind":"Name","value":"claimantPartnerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredByName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<MicroWishQuery, MicroWishQueryVariables>;
export const MyClaimedWishesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyClaimedWishes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWishStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myClaimedWishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"posterName"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyClaimedWishesQuery, MyClaimedWishesQueryVariables>;
export const WishSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WishSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wishSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"defaultExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WishSettingsQuery, WishSettingsQueryVariables>;