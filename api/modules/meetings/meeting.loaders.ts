import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { defineLoader, groupByKeys } from '../../core/graphql/loader-registry';
import { readRows, rowsByIdLoader } from '../../db/read-rows';
import { HouseholdFile } from '../households/household-file.entity';
import { readableFiles } from '../households/household.policy';
import { Case } from '../cases/case.entity';
import { readableCases } from '../cases/case.scope';
import { Meeting } from './meeting.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import { MeetingDecision } from './meeting-decision.entity';
import { MeetingDecisionLink } from './meeting-decision-link.entity';
import { MeetingEvent } from './meeting-event.entity';
import { AttendeeRole } from './meeting.enums';
import { principalOf } from './meeting.policy';

/*
 * One `where … in (…)` per batch on the request's EntityManager (tenant filter and RLS apply),
 * results in key order, rows read without the unit of work.
 */

const ROLE_ORDER = Object.values(AttendeeRole);

export const meetingById = defineLoader((em) => rowsByIdLoader(em, Meeting));
export const decisionById = defineLoader((em) => rowsByIdLoader(em, MeetingDecision));

/** A meeting's attendees, chairs first, then in the order they were added. */
export const attendeesByMeetingId = defineLoader(
  (em) =>
    new DataLoader<string, MeetingAttendee[]>(async (ids) => {
      const rows = await readRows(
        em,
        MeetingAttendee,
        { meeting: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      rows.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
      return groupByKeys(ids, rows, (a) => a.meeting.id);
    }),
);

export const decisionsByMeetingId = defineLoader(
  (em) =>
    new DataLoader<string, MeetingDecision[]>(async (ids) => {
      const rows = await readRows(
        em,
        MeetingDecision,
        { meeting: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (d) => d.meeting.id);
    }),
);

export const eventsByMeetingId = defineLoader(
  (em) =>
    new DataLoader<string, MeetingEvent[]>(async (ids) => {
      const rows = await readRows(
        em,
        MeetingEvent,
        { meeting: { $in: [...ids] } },
        { occurredAt: 'asc', createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (e) => e.meeting.id);
    }),
);

export const linksByDecisionId = defineLoader(
  (em) =>
    new DataLoader<string, MeetingDecisionLink[]>(async (ids) => {
      const rows = await readRows(
        em,
        MeetingDecisionLink,
        { decision: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (l) => l.decision.id);
    }),
);

/** Links to household files, by file id (for HouseholdFile.meetingDecisions). */
export const linksByHouseholdFileId = defineLoader(
  (em) =>
    new DataLoader<string, MeetingDecisionLink[]>(async (ids) => {
      const rows = await readRows(
        em,
        MeetingDecisionLink,
        { householdFile: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (l) => l.householdFile!.id);
    }),
);

/** Links to cases, by case id (for Case.meetingDecisions). */
export const linksByCaseId = defineLoader(
  (em) =>
    new DataLoader<string, MeetingDecisionLink[]>(async (ids) => {
      const rows = await readRows(
        em,
        MeetingDecisionLink,
        { case: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (l) => l.case!.id);
    }),
);

/**
 * Household files by id among those the caller may read (household.policy readableFiles: a grid
 * worker only its grids' files, a partner none): null for the others, so a link never shows a
 * file its reader could not open. The filter is the principal's, so one loader per request.
 */
const readableFileLoaders = new WeakMap<
  RequestContext['loaders'],
  DataLoader<string, HouseholdFile | null>
>();

export function readableFileById(ctx: RequestContext): DataLoader<string, HouseholdFile | null> {
  let loader = readableFileLoaders.get(ctx.loaders);
  if (!loader) {
    const where = readableFiles(principalOf(ctx));
    loader = new DataLoader<string, HouseholdFile | null>(async (ids) => {
      const rows = await readRows(ctx.em, HouseholdFile, {
        $and: [{ id: { $in: [...ids] } }, where],
      } as FilterQuery<HouseholdFile>);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    readableFileLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

/**
 * Cases by id among those the caller may read (cases/case.scope readableCases: a street admin
 * only cases that reached the street, a grid worker its grids'): null for the others.
 */
const readableCaseLoaders = new WeakMap<RequestContext['loaders'], DataLoader<string, Case | null>>();

export function readableCaseById(ctx: RequestContext): DataLoader<string, Case | null> {
  let loader = readableCaseLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader<string, Case | null>(async (ids) => {
      const where = await readableCases(ctx);
      const rows = await readRows(ctx.em, Case, {
        $and: [{ id: { $in: [...ids] } }, where],
      } as FilterQuery<Case>);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    readableCaseLoaders.set(ctx.loaders, loader);
  }
  return loader;
}
