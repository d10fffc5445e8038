import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { toGlobalId } from '../../core/graphql/global-id';
import { HouseholdVisit, VisitFinding } from './household-visit.entity';
import { CareSettings, CareSubject } from './care-subject.entity';
import { CareAlert, CareAlertEvent, CareCheckIn } from './care-alert.entity';
import { CareAlertAction, CareAlertStatus } from './care.enums';
import type { CareAlertNoticePayload } from './care-events';

@ObjectType('HouseholdVisitConnection', { description: 'A page of household visits (入户走访).' })
export class HouseholdVisitConnection extends Connection(HouseholdVisit) {}

@ObjectType('CareSubjectConnection', { description: 'A page of people enrolled in the daily greeting.' })
export class CareSubjectConnection extends Connection(CareSubject) {}

@ObjectType('CareAlertConnection', { description: 'A page of care alerts (关爱预警).' })
export class CareAlertConnection extends Connection(CareAlert) {}

@ObjectType('CareCheckInConnection', { description: 'A page of daily check-ins (每日一问候).' })
export class CareCheckInConnection extends Connection(CareCheckIn) {}

@ObjectType('HouseholdVisitPayload', { description: 'Result of recording a household visit.' })
export class HouseholdVisitPayload {
  @Field(() => HouseholdVisit, { description: 'The visit as stored, with its findings.' })
  visit!: HouseholdVisit;
}

@ObjectType('VisitFindingPayload', { description: 'Result of a change to a visit finding.' })
export class VisitFindingPayload {
  @Field(() => VisitFinding, { description: 'The finding as stored.' })
  finding!: VisitFinding;
}

@ObjectType('CareSubjectPayload', { description: 'Result of enrolling a person or changing the enrolment.' })
export class CareSubjectPayload {
  @Field(() => CareSubject, { description: 'The enrolment as stored.' })
  subject!: CareSubject;
}

@ObjectType('CareSettingsPayload', { description: 'Result of changing the daily-greeting settings.' })
export class CareSettingsPayload {
  @Field(() => CareSettings, { description: 'The settings as stored.' })
  settings!: CareSettings;
}

@ObjectType('CareCheckInPayload', { description: 'Result of recording a check-in.' })
export class CareCheckInPayload {
  @Field(() => CareCheckIn, { description: 'The check-in as stored.' })
  checkIn!: CareCheckIn;

  @Field(() => CareAlert, {
    nullable: true,
    description: 'The day’s open alert this check-in closed (a staff check-in closes it as SAFE), if any.',
  })
  closedAlert!: CareAlert | null;
}

@ObjectType('CareAlertPayload', { description: 'Result of a step on a care alert.' })
export class CareAlertPayload {
  @Field(() => CareAlert, { description: 'The alert in its new state.' })
  alert!: CareAlert;

  @Field(() => CareAlertEvent, { description: 'The step as recorded in the alert’s history.' })
  event!: CareAlertEvent;
}

/** Household visits of one community in one month (statistics; no personal data). */
@ObjectType('VisitMonthStat', {
  description: 'Household visits (入户走访) of one community in one month: counts only.',
})
export class VisitMonthStat {
  tenantId!: string;

  @Field(() => String, { description: 'The month, YYYY-MM (China time).' })
  month!: string;

  @Field(() => Int, { description: 'Visits made.' })
  visits!: number;

  @Field(() => Int, { description: 'Distinct households with a file visited (一户一档 households).' })
  householdFilesVisited!: number;

  @Field(() => Int, { description: 'Findings recorded, NO_ISSUE excluded.' })
  findings!: number;

  @Field(() => Int, { description: 'Findings linked to a household file.' })
  findingsLinkedToFiles!: number;
}

/**
 * What a subscriber is told about an alert (pushed over graphql-ws): self-contained, the name
 * masked; query `careAlert(id:)` for details under your own scope.
 */
@ObjectType('CareAlertNotice', {
  description:
    'A live notice about a care alert (关爱预警): raised, escalated, acknowledged or closed. The person’s name is masked.',
})
export class CareAlertNotice {
  constructor(private readonly n: CareAlertNoticePayload) {}

  @Field(() => ID, { description: 'Global id of the CareAlert (query careAlert(id:) for details).' })
  get alertId(): string {
    return toGlobalId('CareAlert', this.n.alertId);
  }

  @Field(() => CareAlertAction, { description: 'What happened to the alert.' })
  get event(): CareAlertAction {
    return this.n.event;
  }

  @Field(() => CareAlertStatus, { description: 'The alert’s state after it.' })
  get status(): CareAlertStatus {
    return this.n.status;
  }

  @Field(() => ID, { description: 'Global id of the community (Tenant).' })
  get communityId(): string {
    return toGlobalId('Tenant', this.n.tenantId);
  }

  @Field(() => ID, { description: 'Global id of the Grid.' })
  get gridId(): string {
    return toGlobalId('Grid', this.n.gridId);
  }

  @Field(() => String, { description: 'The enrolled person’s name, masked (徐**).' })
  get subjectName(): string {
    return this.n.subjectName;
  }

  @Field(() => LocalDate, { description: 'The day whose check-in was missed.' })
  get day(): string {
    return this.n.day;
  }

  @Field(() => Date, { description: 'When the alert was raised.' })
  get raisedAt(): Date {
    return new Date(this.n.raisedAt);
  }

  @Field(() => Boolean, { description: 'Whether it has been escalated to the community admin.' })
  get escalated(): boolean {
    return this.n.escalated;
  }

  @Field(() => Date, { description: 'When this happened.' })
  get occurredAt(): Date {
    return new Date(this.n.occurredAt);
  }
}
