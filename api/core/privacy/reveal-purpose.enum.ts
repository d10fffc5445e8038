import { registerEnumType } from 'type-graphql';

/** Why staff need plain personal data (second-level visibility, 二级可见); recorded in every audit row. */
export enum RevealPurpose {
  HOME_VISIT = 'HOME_VISIT',
  CASE_HANDLING = 'CASE_HANDLING',
  CARE_SERVICE = 'CARE_SERVICE',
  EMERGENCY_CONTACT = 'EMERGENCY_CONTACT',
  RECORD_MAINTENANCE = 'RECORD_MAINTENANCE',
}

registerEnumType(RevealPurpose, {
  name: 'RevealPurpose',
  description: 'The stated purpose for revealing personal data; every revealed value is audited with it.',
  valuesConfig: {
    HOME_VISIT: { description: 'Household visit (入户走访).' },
    CASE_HANDLING: { description: 'Handling a case or dispute (矛盾纠纷/诉求处理).' },
    CARE_SERVICE: { description: 'Care for a household in need (关爱帮扶).' },
    EMERGENCY_CONTACT: { description: 'Reaching a person in an emergency (紧急联系).' },
    RECORD_MAINTENANCE: { description: 'Correcting or completing a record (档案维护).' },
  },
});
