import { registerEnumType } from 'type-graphql';

/** What kind of body a co-building partner unit (共建单位) is. */
export enum PartnerUnitKind {
  ENTERPRISE = 'ENTERPRISE',
  LAW_FIRM = 'LAW_FIRM',
  HOSPITAL = 'HOSPITAL',
  SCHOOL = 'SCHOOL',
  BANK = 'BANK',
  PROPERTY_MANAGER = 'PROPERTY_MANAGER',
  MERCHANT = 'MERCHANT',
  GOVERNMENT_UNIT = 'GOVERNMENT_UNIT',
  SOCIAL_ORGANISATION = 'SOCIAL_ORGANISATION',
}

registerEnumType(PartnerUnitKind, {
  name: 'PartnerUnitKind',
  description: 'Kind of co-building partner unit (共建单位类型).',
  valuesConfig: {
    ENTERPRISE: { description: 'Enterprise (企业).' },
    LAW_FIRM: { description: 'Law firm (律师事务所).' },
    HOSPITAL: { description: 'Hospital or clinic (医院).' },
    SCHOOL: { description: 'School or training body (学校/培训机构).' },
    BANK: { description: 'Bank or securities firm (银行/证券).' },
    PROPERTY_MANAGER: { description: 'Property-management company (物业).' },
    MERCHANT: { description: 'Merchant (商户), e.g. a shop of a points supermarket (雷锋超市).' },
    GOVERNMENT_UNIT: { description: 'Government or public institution (机关单位).' },
    SOCIAL_ORGANISATION: { description: 'Social organisation (社会组织).' },
  },
});

/** The five commitments of a co-building agreement ("五联"). */
export enum Commitment {
  ORGANISATION = 'ORGANISATION',
  TEAMS = 'TEAMS',
  ACTIVITIES = 'ACTIVITIES',
  RESOURCES = 'RESOURCES',
  ASSISTANCE = 'ASSISTANCE',
}

registerEnumType(Commitment, {
  name: 'Commitment',
  description: 'A commitment of a co-building agreement (共建内容, the five 联).',
  valuesConfig: {
    ORGANISATION: { description: 'Organisations built together (组织共建).' },
    TEAMS: { description: 'Teams trained together (队伍联育).' },
    ACTIVITIES: { description: 'Activities run together (活动联办).' },
    RESOURCES: { description: 'Resources shared (资源联享).' },
    ASSISTANCE: { description: 'Help for people in need (帮扶联心).' },
  },
});
