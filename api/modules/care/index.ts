import { registerNode } from '../../core/graphql/node-registry';
import { HouseholdVisit, VisitFinding } from './household-visit.entity';
import { CareSettings, CareSubject } from './care-subject.entity';
import { CareAlert, CareAlertEvent, CareCheckIn } from './care-alert.entity';
import {
  CaseVisitFindingsResolver,
  HouseholdFileVisitsResolver,
  HouseholdVisitResolver,
  VisitFindingResolver,
  VisitMonthStatResolver,
} from './visit.resolver';
import { CareAlertResolver, CareSubjectResolver } from './care.resolver';
import { CareAlertSubscriptionResolver } from './care-alert.subscription';
import { CARE_READERS } from './care.policy';
import { findReadableFinding, findReadableVisit } from './visit.service';
import { findReadableAlert, findReadableSubject } from './care.service';
import './care.jobs';

export { HouseholdVisit, VisitFinding, CareSettings, CareSubject, CareAlert, CareAlertEvent, CareCheckIn };
export * from './care.enums';
export { requestCareSweep } from './care.jobs';
export { CARE_ALERT_TOPIC, mayReceive, type CareAlertNoticePayload } from './care-events';

// Registered in api/db/entities.ts and api/app/schema.ts.
export const careEntities = [
  HouseholdVisit,
  VisitFinding,
  CareSettings,
  CareSubject,
  CareCheckIn,
  CareAlert,
  CareAlertEvent,
];
export const careResolvers = [
  HouseholdVisitResolver,
  VisitFindingResolver,
  HouseholdFileVisitsResolver,
  CaseVisitFindingsResolver,
  VisitMonthStatResolver,
  CareSubjectResolver,
  CareAlertResolver,
  CareAlertSubscriptionResolver,
];

// node(id:) refetches as the type's own queries do (readable by grid, NOT_FOUND otherwise).
registerNode('HouseholdVisit', { readers: CARE_READERS, load: findReadableVisit });
registerNode('VisitFinding', { readers: CARE_READERS, load: findReadableFinding });
registerNode('CareSubject', { readers: CARE_READERS, load: findReadableSubject });
registerNode('CareAlert', { readers: CARE_READERS, load: findReadableAlert });
registerNode('CareCheckIn', {
  readers: CARE_READERS,
  load: async (ctx, id) => {
    const checkIn = await ctx.em.findOne(CareCheckIn, {
      id,
      tenant: { $in: ctx.principal?.tenantIds ?? [] },
    });
    return checkIn && (await findReadableSubject(ctx, checkIn.subject.id)) ? checkIn : null;
  },
});
registerNode('CareAlertEvent', {
  readers: CARE_READERS,
  load: async (ctx, id) => {
    const event = await ctx.em.findOne(CareAlertEvent, {
      id,
      tenant: { $in: ctx.principal?.tenantIds ?? [] },
    });
    return event && (await findReadableAlert(ctx, event.alert.id)) ? event : null;
  },
});
