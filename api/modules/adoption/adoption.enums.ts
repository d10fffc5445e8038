import { registerEnumType } from 'type-graphql';

export enum AdoptionStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(AdoptionStatus, {
  name: 'AdoptionStatus',
  description: 'State of an adoption (认领) of a household by a partner unit.',
  valuesConfig: {
    ACTIVE: { description: 'In force: the partner supports the household and reads its file.' },
    ENDED: { description: 'Ended (解除认领): the household is published for adoption again.' },
  },
});

export enum PledgeKind {
  ONE_OFF_IN_KIND = 'ONE_OFF_IN_KIND',
  RECURRING_MONEY = 'RECURRING_MONEY',
  RECURRING_SERVICE = 'RECURRING_SERVICE',
}
registerEnumType(PledgeKind, {
  name: 'PledgeKind',
  description: 'What a pledge (认捐) promises.',
  valuesConfig: {
    ONE_OFF_IN_KIND: { description: 'An item delivered once (实物, e.g. a wheelchair), by dueOn.' },
    RECURRING_MONEY: {
      description: 'Money every month or year (资金), amountFen each time, until endsOn or a child turns 18.',
    },
    RECURRING_SERVICE: { description: 'A service at a frequency (服务, e.g. weekly tutoring).' },
  },
});

export enum PledgeFrequency {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  YEARLY = 'YEARLY',
}
registerEnumType(PledgeFrequency, {
  name: 'PledgeFrequency',
  description: 'How often a recurring pledge falls due (money: MONTHLY or YEARLY only).',
  valuesConfig: {
    WEEKLY: { description: 'Every week (每周).' },
    MONTHLY: { description: 'Every month (每月), the same day (the last day in shorter months).' },
    QUARTERLY: { description: 'Every three months (每季度).' },
    YEARLY: { description: 'Every year (每年), on the day it started.' },
  },
});

export enum SupportConfirmation {
  RECEIVED = 'RECEIVED',
  NOT_RECEIVED = 'NOT_RECEIVED',
  RECEIVED_WITH_ISSUES = 'RECEIVED_WITH_ISSUES',
}
registerEnumType(SupportConfirmation, {
  name: 'SupportConfirmation',
  description: 'What the household told the grid worker about a delivery (入户核实).',
  valuesConfig: {
    RECEIVED: { description: 'Received as recorded (已收到).' },
    NOT_RECEIVED: { description: 'Not received (未收到): opens a follow-up for the community.' },
    RECEIVED_WITH_ISSUES: {
      description: 'Received, with a problem (有问题): opens a follow-up for the community.',
    },
  },
});

export enum FollowUpStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(FollowUpStatus, {
  name: 'SupportFollowUpStatus',
  description: 'Where a follow-up (跟进事项) on a disputed delivery stands.',
  valuesConfig: {
    OPEN: { description: 'Waiting for the community to sort it out.' },
    RESOLVED: { description: 'Resolved, with a note.' },
  },
});
