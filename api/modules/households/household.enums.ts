import { registerEnumType } from 'type-graphql';

/** Where a household file (一户一档) is in its workflow; see household.workflow.ts for the steps. */
export enum HouseholdStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  REJECTED = 'REJECTED',
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  PUBLISHED = 'PUBLISHED',
  ADOPTED = 'ADOPTED',
  SUPPORT_UNDER_WAY = 'SUPPORT_UNDER_WAY',
  WITHDRAWN = 'WITHDRAWN',
  CLOSED = 'CLOSED',
}
registerEnumType(HouseholdStatus, {
  name: 'HouseholdStatus',
  description: 'Workflow state of a household file (一户一档).',
  valuesConfig: {
    DRAFT: { description: 'Being written by the grid worker (草稿).' },
    SUBMITTED: { description: 'Submitted for review by the community (待审核).' },
    REJECTED: { description: 'Sent back at review (审核未通过); can be corrected and submitted again.' },
    PUBLIC_NOTICE: {
      description: 'On public notice (公示) until noticeEndsAt; residents may raise objections (异议).',
    },
    PUBLISHED: { description: 'Published for adoption by partners (发布认领).' },
    ADOPTED: { description: 'Adopted by a partner (已认领).' },
    SUPPORT_UNDER_WAY: { description: 'Support under way and tracked (全程跟踪).' },
    WITHDRAWN: { description: 'Withdrawn after an upheld objection (异议成立, 撤回). Final.' },
    CLOSED: { description: 'Closed (结案). Final.' },
  },
});

/** Why a household needs help; several may apply. */
export enum HouseholdCategory {
  ELDERLY_LIVING_ALONE = 'ELDERLY_LIVING_ALONE',
  DISABILITY = 'DISABILITY',
  BEREAVED_ONLY_CHILD = 'BEREAVED_ONLY_CHILD',
  LEFT_BEHIND_CHILD = 'LEFT_BEHIND_CHILD',
  ORPHAN = 'ORPHAN',
  LOW_INCOME = 'LOW_INCOME',
  SERIOUS_ILLNESS = 'SERIOUS_ILLNESS',
}
registerEnumType(HouseholdCategory, {
  name: 'HouseholdCategory',
  description: 'Category of a household in need (困难类别); several may apply.',
  valuesConfig: {
    ELDERLY_LIVING_ALONE: { description: 'Elderly living alone (独居老人).' },
    DISABILITY: { description: 'Disability (残疾), with its grade 1–4 in disabilityGrade.' },
    BEREAVED_ONLY_CHILD: {
      description: 'Family that lost its only child (失独家庭, 计生特扶家庭).',
    },
    LEFT_BEHIND_CHILD: { description: 'Left-behind child (留守儿童).' },
    ORPHAN: { description: 'Orphan (孤儿).' },
    LOW_INCOME: { description: 'Minimum living allowance or low income (低保/低收入).' },
    SERIOUS_ILLNESS: { description: 'Serious illness (大病).' },
  },
});

/** A member's relation to the head of the household. */
export enum HouseholdRelation {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  GRANDCHILD = 'GRANDCHILD',
  PARENT = 'PARENT',
  OTHER = 'OTHER',
}
registerEnumType(HouseholdRelation, {
  name: 'HouseholdRelation',
  description: "A member's relation to the head of the household (与户主关系).",
  valuesConfig: {
    HEAD: { description: 'Head of the household (户主); exactly one per file.' },
    SPOUSE: { description: 'Spouse (配偶).' },
    CHILD: { description: 'Child (子女).' },
    GRANDCHILD: { description: 'Grandchild (孙子女).' },
    PARENT: { description: 'Parent (父母).' },
    OTHER: { description: 'Other relative or carer (其他).' },
  },
});

/** A step of the workflow, as recorded in a household event. */
export enum HouseholdAction {
  CREATE = 'CREATE',
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  PUBLISH = 'PUBLISH',
  WITHDRAW = 'WITHDRAW',
  ADOPT = 'ADOPT',
  START_SUPPORT = 'START_SUPPORT',
  END_ADOPTION = 'END_ADOPTION',
  CLOSE = 'CLOSE',
  RECORD_FINDING = 'RECORD_FINDING',
}
registerEnumType(HouseholdAction, {
  name: 'HouseholdAction',
  description: 'A step in the workflow of a household file.',
  valuesConfig: {
    CREATE: { description: 'The file was created as a draft (建档).' },
    SUBMIT: { description: 'Submitted for review (提交审核).' },
    APPROVE: { description: 'Approved at review; the public notice starts (审核通过, 开始公示).' },
    REJECT: { description: 'Rejected at review (审核不通过).' },
    PUBLISH: {
      description:
        'Published for adoption (发布认领), by the community or by the platform at the end of the notice.',
    },
    WITHDRAW: { description: 'Withdrawn after an upheld objection (异议成立).' },
    ADOPT: { description: 'Adopted by a partner (认领).' },
    START_SUPPORT: { description: 'Support started (开始帮扶).' },
    END_ADOPTION: { description: 'The adoption ended; the household is published again (解除认领).' },
    CLOSE: { description: 'Closed (结案).' },
    RECORD_FINDING: {
      description:
        'A care-round visit (入户走访) found something about the household; the file’s situation or needs may have been updated. The state does not change.',
    },
  },
});

export enum ObjectionStatus {
  OPEN = 'OPEN',
  DISMISSED = 'DISMISSED',
  UPHELD = 'UPHELD',
}
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: 'Where an objection (异议) raised during the public notice stands.',
  valuesConfig: {
    OPEN: { description: 'Waiting for the community’s answer; blocks the automatic publication.' },
    DISMISSED: { description: 'Answered and dismissed (异议不成立).' },
    UPHELD: { description: 'Upheld (异议成立): the file is withdrawn.' },
  },
});

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'Outcome of the community’s review (审核) of a submitted file.',
  valuesConfig: {
    APPROVE: { description: 'Approve: the public notice (公示) starts.' },
    REJECT: { description: 'Reject: the file goes back to the grid worker (a note is required).' },
  },
});

export enum ObjectionDecision {
  DISMISS = 'DISMISS',
  UPHOLD = 'UPHOLD',
}
registerEnumType(ObjectionDecision, {
  name: 'ObjectionDecision',
  description: 'The community’s answer to an objection.',
  valuesConfig: {
    DISMISS: { description: 'Dismiss the objection (异议不成立), with an answer.' },
    UPHOLD: { description: 'Uphold it (异议成立): the file is withdrawn.' },
  },
});
