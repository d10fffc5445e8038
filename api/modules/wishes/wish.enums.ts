import { registerEnumType } from 'type-graphql';

/**
 * Where a micro-wish (微心愿) stands. Every value but EXPIRED is stored; EXPIRED is read from the
 * date (an OPEN or PENDING_APPROVAL wish past its `expiresOn`), see wish.workflow.ts.
 */
export enum MicroWishStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  DELIVERED = 'DELIVERED',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}
registerEnumType(MicroWishStatus, {
  name: 'MicroWishStatus',
  description: 'State of a micro-wish (微心愿状态).',
  valuesConfig: {
    PENDING_APPROVAL: { description: "Waiting for the community's approval (待审核)." },
    OPEN: { description: 'On the wish wall, waiting for someone to claim it (待认领).' },
    CLAIMED: { description: 'Claimed by a partner unit or a volunteer (已认领).' },
    DELIVERED: { description: 'Delivered to the resident (已送达), with who and when.' },
    CLOSED: { description: 'Confirmed and closed (已完成).' },
    REJECTED: { description: 'Rejected at approval (未通过).' },
    WITHDRAWN: { description: 'Withdrawn by the resident (已撤回).' },
    EXPIRED: {
      description: 'Not claimed before its expiry date (已过期); read from the date, never claimable.',
    },
  },
});

/** The statuses a row can hold in the database (EXPIRED is derived, never stored). */
export type StoredWishStatus = Exclude<MicroWishStatus, MicroWishStatus.EXPIRED>;
export const STORED_WISH_STATUSES: StoredWishStatus[] = [
  MicroWishStatus.PENDING_APPROVAL,
  MicroWishStatus.OPEN,
  MicroWishStatus.CLAIMED,
  MicroWishStatus.DELIVERED,
  MicroWishStatus.CLOSED,
  MicroWishStatus.REJECTED,
  MicroWishStatus.WITHDRAWN,
];

export enum WishCategory {
  BOOK = 'BOOK',
  TOY = 'TOY',
  DAILY_NECESSITY = 'DAILY_NECESSITY',
  STUDY_SUPPLIES = 'STUDY_SUPPLIES',
  CLOTHING = 'CLOTHING',
  SERVICE = 'SERVICE',
  OTHER = 'OTHER',
}
registerEnumType(WishCategory, {
  name: 'WishCategory',
  description: 'What kind of wish (心愿类别).',
  valuesConfig: {
    BOOK: { description: 'A book (图书), e.g. 《优雅走过下雨天》.' },
    TOY: { description: 'A toy (玩具), e.g. a doll.' },
    DAILY_NECESSITY: { description: 'Daily necessities (生活用品).' },
    STUDY_SUPPLIES: { description: 'Study supplies (学习用品).' },
    CLOTHING: { description: 'Clothing (衣物).' },
    SERVICE: { description: 'A service (服务类), e.g. a haircut at home.' },
    OTHER: { description: 'Anything else (其他).' },
  },
});

/** The steps of the workflow; every one is recorded as a WishEvent. */
export enum WishAction {
  POST = 'POST',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  CLAIM = 'CLAIM',
  RELEASE = 'RELEASE',
  DELIVER = 'DELIVER',
  CLOSE = 'CLOSE',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(WishAction, {
  name: 'WishAction',
  description: 'A step in the life of a micro-wish.',
  valuesConfig: {
    POST: { description: 'Posted (发布) by the resident or by staff on the resident’s behalf.' },
    APPROVE: { description: 'Approved by the community (审核通过).' },
    REJECT: { description: 'Rejected by the community (审核不通过).' },
    CLAIM: { description: 'Claimed (认领) by a partner unit or a volunteer.' },
    RELEASE: { description: 'The claim was given up (放弃认领); the wish is open again.' },
    DELIVER: { description: 'Delivered (送达), with who and when.' },
    CLOSE: { description: 'Delivery confirmed, the wish closed (确认完成).' },
    WITHDRAW: { description: 'Withdrawn by the resident (撤回).' },
  },
});

export enum ClaimantKind {
  PARTNER_UNIT = 'PARTNER_UNIT',
  PERSON = 'PERSON',
}
registerEnumType(ClaimantKind, {
  name: 'WishClaimantKind',
  description: 'Who claimed a wish.',
  valuesConfig: {
    PARTNER_UNIT: { description: 'A co-building partner unit (共建单位).' },
    PERSON: { description: 'A party member or volunteer of the community (党员/志愿者).' },
  },
});
