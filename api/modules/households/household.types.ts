import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import { HouseholdFile } from './household-file.entity';
import { HouseholdEvent } from './household-event.entity';
import { HouseholdObjection } from './household-objection.entity';
import { HouseholdCategory, HouseholdRelation, HouseholdStatus } from './household.enums';

@ObjectType('HouseholdFileConnection', { description: 'A page of household files (一户一档).' })
export class HouseholdFileConnection extends Connection(HouseholdFile) {}

@ObjectType('HouseholdFilePayload', { description: 'Result of a change to a household file.' })
export class HouseholdFilePayload {
  @Field(() => HouseholdFile, { description: 'The file as stored.' })
  household!: HouseholdFile;
}

@ObjectType('HouseholdStepPayload', { description: 'Result of a workflow step on a household file.' })
export class HouseholdStepPayload {
  @Field(() => HouseholdFile, { description: 'The file in its new state.' })
  household!: HouseholdFile;

  @Field(() => HouseholdEvent, { description: 'The step as recorded in the file’s history.' })
  event!: HouseholdEvent;
}

@ObjectType('HouseholdObjectionPayload', { description: 'Result of raising or answering an objection.' })
export class HouseholdObjectionPayload {
  @Field(() => HouseholdObjection, { description: 'The objection as stored.' })
  objection!: HouseholdObjection;
}

/**
 * One entry of the public notice list (公示名单): de-identified by construction, since it is built
 * from the file's public fields alone (no situation, no members, no person ids).
 */
@ObjectType('HouseholdNotice', {
  description: 'A household on public notice (公示), de-identified: category, grid, masked name, reason.',
})
export class HouseholdNotice {
  @Field(() => ID, { description: 'Global id of the household file (to raise an objection against it).' })
  id!: string;

  /** Internal: the file's uuid, community and grid, and its head (for the masked name). */
  fileId!: string;
  tenantId!: string;
  gridId!: string;
  headId!: string;

  @Field(() => [HouseholdCategory], { description: 'Categories (困难类别).' })
  categories!: HouseholdCategory[];

  @Field(() => String, { description: 'Reason for support (帮扶理由).' })
  reasonForSupport!: string;

  @Field(() => Date, { description: 'End of the notice period (公示截止): objections until then.' })
  noticeEndsAt!: Date;

  createdAt!: Date;
}

@ObjectType('HouseholdNoticeConnection', { description: 'A page of the public notice list (公示名单).' })
export class HouseholdNoticeConnection extends Connection(HouseholdNotice) {}

/** A member as a partner sees one: never a name, a birth date or a person id. */
@ObjectType('PartnerHouseholdMember', {
  description:
    'A member of a published household as partners see it: relation, the first character of the name and the age.',
})
export class PartnerHouseholdMember {
  @Field(() => HouseholdRelation, { description: 'Relation to the head.' })
  relation!: HouseholdRelation;

  @Field(() => String, { description: 'First character of the name and a star (张*); minors never more.' })
  initial!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Age in full years (null when the birth date is unknown).',
  })
  age!: number | null;

  @Field(() => Boolean, { description: 'Under 18 (未成年).' })
  isMinor!: boolean;
}

/** A household published for adoption, as a partner sees it (DOMAIN.md "Personal data"). */
@ObjectType('PublishedHousehold', {
  description:
    'A household published for adoption (发布认领), as partners see it: categories, needs, community, masked name.',
})
export class PublishedHousehold {
  @Field(() => ID, { description: 'Global id of the household file (to adopt it).' })
  id!: string;

  fileId!: string;
  tenantId!: string;
  headId!: string;

  @Field(() => [HouseholdCategory], { description: 'Categories (困难类别).' })
  categories!: HouseholdCategory[];

  @Field(() => Int, { nullable: true, description: 'Disability grade 1–4 where DISABILITY applies.' })
  disabilityGrade!: number | null;

  @Field(() => String, { description: 'What help is wanted (帮扶需求).' })
  needs!: string;

  @Field(() => String, { description: 'Reason for support (帮扶理由).' })
  reasonForSupport!: string;

  @Field(() => HouseholdStatus, { description: 'PUBLISHED: open for adoption.' })
  status!: HouseholdStatus;

  createdAt!: Date;
}

@ObjectType('PublishedHouseholdConnection', { description: 'A page of households published for adoption.' })
export class PublishedHouseholdConnection extends Connection(PublishedHousehold) {}

@ObjectType('HouseholdStatusCount', { description: 'Files in one state.' })
export class HouseholdStatusCount {
  @Field(() => HouseholdStatus, { description: 'The state.' })
  status!: HouseholdStatus;

  @Field(() => Int, { description: 'Number of files.' })
  count!: number;
}

@ObjectType('HouseholdCategoryCount', {
  description: 'Files with one category (a file counts once per category).',
})
export class HouseholdCategoryCount {
  @Field(() => HouseholdCategory, { description: 'The category.' })
  category!: HouseholdCategory;

  @Field(() => Int, { description: 'Number of files.' })
  count!: number;
}

@ObjectType('HouseholdStats', {
  description: 'Household files of one community, counted by state and by category (no personal data).',
})
export class HouseholdStats {
  /** The community's uuid (resolved to a Tenant by a field resolver). */
  tenantId!: string;

  @Field(() => Int, { description: 'All files of the community (closed and withdrawn included).' })
  total!: number;

  @Field(() => [HouseholdStatusCount], { description: 'By state (states with no file left out).' })
  byStatus!: HouseholdStatusCount[];

  @Field(() => [HouseholdCategoryCount], { description: 'By category (categories with no file left out).' })
  byCategory!: HouseholdCategoryCount[];
}
