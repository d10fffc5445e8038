import DataLoader from 'dataloader';
import { defineLoader, groupByKeys } from '../../core/graphql/loader-registry';
import { readRows } from '../../db/read-rows';
import { CaseAttachment } from './case-attachment.entity';
import { CaseEvent } from './case-event.entity';
import { CaseMediationAttendee, CaseMediationSession } from './case-mediation.entity';

/** A case's timeline in the order it happened: one `where … in (…)` per batch, in key order. */
export const eventsByCaseId = defineLoader(
  (em) =>
    new DataLoader<string, CaseEvent[]>(async (caseIds) => {
      const rows = await readRows(
        em,
        CaseEvent,
        { case: { $in: [...caseIds] } },
        { occurredAt: 'asc', createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(caseIds, rows, (e) => e.case.id);
    }),
);

export const attachmentsByCaseId = defineLoader(
  (em) =>
    new DataLoader<string, CaseAttachment[]>(async (caseIds) => {
      const rows = await readRows(
        em,
        CaseAttachment,
        { case: { $in: [...caseIds] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(caseIds, rows, (a) => a.case.id);
    }),
);

export const mediationSessionsByCaseId = defineLoader(
  (em) =>
    new DataLoader<string, CaseMediationSession[]>(async (caseIds) => {
      const rows = await readRows(
        em,
        CaseMediationSession,
        { case: { $in: [...caseIds] } },
        { sequence: 'asc', id: 'asc' },
      );
      return groupByKeys(caseIds, rows, (s) => s.case.id);
    }),
);

export const attendeesBySessionId = defineLoader(
  (em) =>
    new DataLoader<string, CaseMediationAttendee[]>(async (sessionIds) => {
      const rows = await readRows(
        em,
        CaseMediationAttendee,
        { session: { $in: [...sessionIds] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(sessionIds, rows, (a) => a.session.id);
    }),
);
