import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import type { RevealPurpose } from '../../core/privacy/reveal-purpose.enum';
import { LocalDate } from '../../core/graphql/scalars';
import { HouseholdCategory, HouseholdRelation, HouseholdStatus } from '../households/household.enums';
import { HouseholdFile } from '../households/household-file.entity';
import { HouseholdEvent } from '../households/household-event.entity';
import { Adoption } from './adoption.entity';
import { SupportRecord } from './support-record.entity';
import { SupportFollowUp } from './support-follow-up.entity';

const FEN = 'in fen (分, 1 yuan = 100 fen; an integer, never a float)';

@ObjectType('OverdueDue', {
  description: 'A due date before today not covered by a confirmed delivery (逾期).',
})
export class OverdueDue {
  @Field(() => ID, { description: 'Global id of the Pledge.' })
  pledgeId!: string;

  @Field(() => LocalDate, { description: 'The due date.' })
  dueOn!: string;
}

@ObjectType('SupportSummary', {
  description:
    'Pledged against delivered (认捐与落实). Overdue: due dates before today not covered by confirmed ' +
    'deliveries, oldest first (money: confirmed fen ÷ instalment, rounded down, instalments covered; in kind ' +
    'and service: one confirmed delivery per due date).',
})
export class SupportSummary {
  @Field(() => Int, { description: 'Pledges counted.' })
  pledgeCount!: number;

  @Field(() => Int, { description: `Money of every due date of the schedules, ${FEN}.` })
  pledgedTotalFen!: number;

  @Field(() => Int, { description: `Money of the due dates up to today, ${FEN}.` })
  pledgedToDateFen!: number;

  @Field(() => Int, { description: `Money of every delivery recorded (confirmed or not), ${FEN}.` })
  recordedFen!: number;

  @Field(() => Int, {
    description: `Money the household confirmed receiving (RECEIVED or RECEIVED_WITH_ISSUES), ${FEN}.`,
  })
  deliveredFen!: number;

  @Field(() => Int, { description: 'Due dates up to today, all pledges.' })
  dueToDateCount!: number;

  @Field(() => [OverdueDue], { description: 'The overdue due dates, per pledge, oldest first.' })
  overdue!: OverdueDue[];

  @Field(() => Int, { description: 'Number of overdue due dates.' })
  overdueCount!: number;

  @Field(() => Int, { description: 'Deliveries not yet confirmed with the household.' })
  unconfirmedCount!: number;

  @Field(() => Int, {
    description: 'Deliveries the household disputed (NOT_RECEIVED or RECEIVED_WITH_ISSUES).',
  })
  disputedCount!: number;
}

@ObjectType('TenantSupportSummary', { description: 'Pledged against delivered in one community.' })
export class TenantSupportSummary {
  tenantId!: string;

  @Field(() => SupportSummary, { description: 'The community’s totals.' })
  summary!: SupportSummary;
}

@ObjectType('AdoptionConnection', { description: 'A page of adoptions (认领), oldest first.' })
export class AdoptionConnection extends Connection(Adoption) {}

@ObjectType('SupportFollowUpConnection', { description: 'A page of follow-ups (跟进事项), oldest first.' })
export class SupportFollowUpConnection extends Connection(SupportFollowUp) {}

@ObjectType('AdoptionPayload', { description: 'Result of householdAdopt or adoptionEnd.' })
export class AdoptionPayload {
  @Field(() => Adoption, { description: 'The adoption as stored, with its pledges.' })
  adoption!: Adoption;

  @Field(() => HouseholdEvent, { description: 'The step recorded in the household file’s history.' })
  event!: HouseholdEvent;
}

@ObjectType('SupportRecordPayload', { description: 'Result of recording or confirming a delivery.' })
export class SupportRecordPayload {
  @Field(() => SupportRecord, { description: 'The support record as stored.' })
  supportRecord!: SupportRecord;

  @Field(() => SupportFollowUp, { nullable: true, description: 'The follow-up a discrepancy opened.' })
  followUp?: SupportFollowUp | null;
}

@ObjectType('SupportFollowUpPayload', { description: 'Result of resolving a follow-up.' })
export class SupportFollowUpPayload {
  @Field(() => SupportFollowUp, { description: 'The follow-up as stored.' })
  followUp!: SupportFollowUp;
}

/** A member as the adopting partner sees one: adults in full (when revealed), minors never. */
@ObjectType('AdoptedHouseholdMember', {
  description:
    'A member of an adopted household as the adopting partner sees one: an adult’s name plain when revealed ' +
    '(audited), otherwise masked; a minor only as initial and age, always.',
})
export class AdoptedHouseholdMember {
  @Field(() => ID, { description: 'Global id of the HouseholdMember (untilMemberId of a pledge).' })
  id!: string;

  @Field(() => HouseholdRelation, { description: 'Relation to the head.' })
  relation!: HouseholdRelation;

  @Field(() => String, { description: 'Name: plain when revealed (adults only), 徐** masked, a minor 徐*.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Age in full years (null when unknown).' })
  age!: number | null;

  @Field(() => Boolean, { description: 'Under 18 (or age unknown): shown as initial and age only.' })
  isMinor!: boolean;
}

/**
 * The household as its adopting partner reads it (DOMAIN.md: "more only for households it
 * adopted"): built from the file in code, so nothing here can leak beyond these fields.
 */
@ObjectType('AdoptedHousehold', {
  description:
    'An adopted household as the adopting partner sees it: with a purpose (Adoption.household(purpose:)) and ' +
    'while the adoption is ACTIVE, the situation and the head’s name, phone and address in plain, each read ' +
    'audited (role PARTNER); masked otherwise, and for good once the adoption ended. Minors: initial and age only.',
})
export class AdoptedHousehold {
  file!: HouseholdFile;
  /** The purpose stated for plain values (null: everything masked). */
  purpose!: RevealPurpose | null;

  @Field(() => ID, { description: 'Global id of the HouseholdFile.' })
  id!: string;

  @Field(() => String, { description: 'File number (档案编号).' })
  code!: string;

  @Field(() => HouseholdStatus, { description: 'Where the file is in its workflow.' })
  status!: HouseholdStatus;

  @Field(() => [HouseholdCategory], { description: 'Categories (困难类别).' })
  categories!: HouseholdCategory[];

  @Field(() => Int, { nullable: true, description: 'Disability grade (残疾等级) 1–4.' })
  disabilityGrade!: number | null;

  @Field(() => String, { description: 'What help is wanted (帮扶需求).' })
  needs!: string;

  @Field(() => String, { description: 'Reason for support (帮扶理由).' })
  reasonForSupport!: string;
}
