import DataLoader from 'dataloader';
import { defineLoader, groupByKeys } from '../../core/graphql/loader-registry';
import { readRows, rowsByIdLoader } from '../../db/read-rows';
import { HouseholdFile } from '../households/household-file.entity';
import { Case } from '../cases/case.entity';
import { HouseholdVisit, VisitFinding } from './household-visit.entity';
import { CareSubject } from './care-subject.entity';
import { CareAlert, CareAlertEvent, CareCheckIn } from './care-alert.entity';
import { CareAlertStatus } from './care.enums';

/*
 * One `where … in (…)` per batch on the request's EntityManager (tenant filter and RLS apply),
 * results in key order, rows read without the unit of work (read-rows.ts).
 */

export const householdFileById = defineLoader((em) => rowsByIdLoader(em, HouseholdFile));
export const visitById = defineLoader((em) => rowsByIdLoader(em, HouseholdVisit));
export const caseById = defineLoader((em) => rowsByIdLoader(em, Case));
export const careSubjectById = defineLoader((em) => rowsByIdLoader(em, CareSubject));

/** A visit's findings, in the order they were recorded. */
export const findingsByVisitId = defineLoader(
  (em) =>
    new DataLoader<string, VisitFinding[]>(async (ids) => {
      const rows = await readRows(
        em,
        VisitFinding,
        { visit: { $in: [...ids] } },
        { position: 'asc', createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (f) => f.visit.id);
    }),
);

/** Findings linked to a household file, oldest first. */
export const findingsByHouseholdId = defineLoader(
  (em) =>
    new DataLoader<string, VisitFinding[]>(async (ids) => {
      const rows = await readRows(
        em,
        VisitFinding,
        { household: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (f) => f.household!.id);
    }),
);

/** Findings that opened a case, oldest first. */
export const findingsByCaseId = defineLoader(
  (em) =>
    new DataLoader<string, VisitFinding[]>(async (ids) => {
      const rows = await readRows(
        em,
        VisitFinding,
        { case: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (f) => f.case!.id);
    }),
);

/** An alert's history, in the order it happened. */
export const eventsByAlertId = defineLoader(
  (em) =>
    new DataLoader<string, CareAlertEvent[]>(async (ids) => {
      const rows = await readRows(
        em,
        CareAlertEvent,
        { alert: { $in: [...ids] } },
        { occurredAt: 'asc', createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (e) => e.alert.id);
    }),
);

/**
 * A subject's latest check-in: one `distinct on` statement per batch (the newest row per subject
 * through the (subject, day) index), whatever the number of subjects. Raw SQL for `distinct on`;
 * row-level security applies as to any statement of the request.
 */
export const lastCheckInBySubjectId = defineLoader(
  (em) =>
    new DataLoader<string, CareCheckIn | null>(async (ids) => {
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `select distinct on (subject_id) * from care_check_in where subject_id = any (?::uuid[])
         order by subject_id, day desc, at desc, id desc`,
        [`{${ids.join(',')}}`],
        'all',
        em.getTransactionContext(),
      );
      const found = new Map(rows.map((r) => [r.subject_id as string, em.map(CareCheckIn, r)]));
      return ids.map((id) => found.get(id) ?? null);
    }),
);

/** A subject's alerts not yet closed, oldest first. */
export const openAlertsBySubjectId = defineLoader(
  (em) =>
    new DataLoader<string, CareAlert[]>(async (ids) => {
      const rows = await readRows(
        em,
        CareAlert,
        { subject: { $in: [...ids] }, status: { $ne: CareAlertStatus.CLOSED } },
        { day: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (a) => a.subject.id);
    }),
);
