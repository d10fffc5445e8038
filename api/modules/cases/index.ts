import { registerNode } from '../../core/graphql/node-registry';
import { findInScope } from '../organisation/organisation.service';
import { Case } from './case.entity';
import { CaseEvent } from './case-event.entity';
import { CaseAttachment } from './case-attachment.entity';
import { CaseMediationAttendee, CaseMediationSession } from './case-mediation.entity';
import { CaseDeadlinePolicy } from './case-deadline-policy.entity';
import { CaseResolver } from './case.resolver';
import {
  CaseDeadlinePolicyResolver,
  CaseEventResolver,
  CaseFieldsResolver,
  CaseMediationSessionResolver,
  CaseStatsRowResolver,
} from './case-fields.resolver';
import { CASE_READERS, DEADLINE_POLICY_WRITERS } from './case.policy';
import { CaseEscalationSubscriptionResolver } from './case-escalation.subscription';
import { findReadableCase } from './case-queries.service';
// Registers the deadline jobs with the runner.
import './case-deadline.job';

export { Case, CaseEvent, CaseAttachment, CaseMediationSession, CaseMediationAttendee, CaseDeadlinePolicy };
export {
  CaseAssigneeKind,
  CaseCategory,
  CaseEventKind,
  CaseLevel,
  CaseSource,
  CaseStatus,
  MediationOutcome,
} from './case.enums';
export { openCase, type CaseOpenData } from './case-report.service';
export { requestDeadlineSweep } from './case-deadline.job';
export { createOpen311Router, type Open311Gateway } from './open311.router';
export { CASE_ESCALATION_TOPIC } from './case-escalation.subscription';

// Registered in api/db/entities.ts and api/app/schema.ts.
export const caseEntities = [
  Case,
  CaseEvent,
  CaseAttachment,
  CaseMediationSession,
  CaseMediationAttendee,
  CaseDeadlinePolicy,
];
export const caseResolvers = [
  CaseResolver,
  CaseFieldsResolver,
  CaseEventResolver,
  CaseMediationSessionResolver,
  CaseStatsRowResolver,
  CaseDeadlinePolicyResolver,
  CaseEscalationSubscriptionResolver,
];

// node(id:) refetches as the type's own queries do: a case where the caller reads it, its
// timeline entries, photos and sessions only with it.
const withCase =
  <T extends { case: { id: string }; tenant: { id: string } }>(entity: new () => T) =>
  async (ctx: Parameters<typeof findReadableCase>[0], id: string) => {
    const row = (await findInScope(ctx, entity as never, id)) as T | null;
    return row && (await findReadableCase(ctx, row.case.id)) ? row : null;
  };
registerNode('Case', { readers: CASE_READERS, load: (ctx, id) => findReadableCase(ctx, id) });
registerNode('CaseEvent', { readers: CASE_READERS, load: withCase(CaseEvent) });
registerNode('CaseAttachment', { readers: CASE_READERS, load: withCase(CaseAttachment) });
registerNode('CaseMediationSession', { readers: CASE_READERS, load: withCase(CaseMediationSession) });
registerNode('CaseDeadlinePolicy', {
  readers: DEADLINE_POLICY_WRITERS,
  load: (ctx, id) => findInScope(ctx, CaseDeadlinePolicy, id),
});
