import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineLoader, groupByKeys } from '../../core/graphql/loader-registry';
import { readRows, rowsByIdLoader } from '../../db/read-rows';
import { chinaToday } from '../organisation/organisation.policy';
import { HouseholdFile } from '../households/household-file.entity';
import { Adoption } from './adoption.entity';
import { Pledge } from './pledge.entity';
import { SupportRecord } from './support-record.entity';
import type { PledgeKind } from './adoption.enums';
import type { ScheduleFrequency } from './pledge-schedule';
import { summariseBy, type PledgeFacts, type SummaryShape } from './support-summary';

/*
 * One statement per batch on the request's EntityManager (tenant filter and RLS apply), results
 * in key order; entity rows read without the unit of work (as organisation.loaders.ts does).
 */

const byId = <T extends { id: string }>(entity: new () => T) =>
  defineLoader((em) => rowsByIdLoader(em, entity));

export const householdFileById = byId(HouseholdFile);
export const pledgeById = byId(Pledge);
export const supportRecordById = byId(SupportRecord);

export const adoptionsByHouseholdId = defineLoader(
  (em) =>
    new DataLoader<string, Adoption[]>(async (ids) => {
      const rows = await readRows(
        em,
        Adoption,
        { household: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (a) => a.household.id);
    }),
);

export const pledgesByAdoptionId = defineLoader(
  (em) =>
    new DataLoader<string, Pledge[]>(async (ids) => {
      const rows = await readRows(
        em,
        Pledge,
        { adoption: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (p) => p.adoption.id);
    }),
);

export const supportRecordsByPledgeId = defineLoader(
  (em) =>
    new DataLoader<string, SupportRecord[]>(async (ids) => {
      const rows = await readRows(
        em,
        SupportRecord,
        { pledge: { $in: [...ids] } },
        { deliveredOn: 'asc', createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (r) => r.pledge.id);
    }),
);

/** What the facts are grouped by: each is a column of the facts query. */
export type FactKey = 'pledge' | 'adoption' | 'household' | 'tenant' | 'partnerUnit';
const COLUMN: Record<FactKey, string> = {
  pledge: 'p.id',
  adoption: 'p.adoption_id',
  household: 'a.household_id',
  tenant: 'p.tenant_id',
  partnerUnit: 'a.partner_unit_id',
};
const KEY_OF: Record<FactKey, (f: PledgeFacts) => string> = {
  pledge: (f) => f.pledgeId,
  adoption: (f) => f.adoptionId,
  household: (f) => f.householdId,
  tenant: (f) => f.tenantId,
  partnerUnit: (f) => f.partnerUnitId,
};

interface FactRow {
  pledge_id: string;
  adoption_id: string;
  household_id: string;
  tenant_id: string;
  partner_unit_id: string;
  kind: PledgeKind;
  amount_fen: number | null;
  frequency: ScheduleFrequency | null;
  starts_on: string;
  ends_on: string | null;
  due_on: string | null;
  ended_on: string | null;
  recorded_fen: string;
  confirmed_fen: string;
  confirmed_count: number;
  unconfirmed_count: number;
  disputed_count: number;
}

/**
 * One row per pledge whose `key` is among `ids`, with its deliveries summed in the same
 * statement (a lateral aggregate): the whole of pledged-vs-delivered in one round trip.
 */
export async function pledgeFacts(
  em: EntityManager,
  key: FactKey,
  ids: readonly string[],
): Promise<PledgeFacts[]> {
  if (ids.length === 0) return [];
  const rows = await em.getConnection().execute<FactRow[]>(
    `select p.id as pledge_id, p.adoption_id, a.household_id, p.tenant_id, a.partner_unit_id, p.kind, p.amount_fen,
       p.frequency, p.starts_on::text as starts_on, p.ends_on::text as ends_on, p.due_on::text as due_on,
       ((a.ended_at at time zone 'Asia/Shanghai')::date)::text as ended_on,
       s.recorded_fen::text as recorded_fen, s.confirmed_fen::text as confirmed_fen,
       s.confirmed_count, s.unconfirmed_count, s.disputed_count
     from pledge p
     join adoption a on a.id = p.adoption_id
     cross join lateral (
       select coalesce(sum(r.amount_fen), 0) as recorded_fen,
         coalesce(sum(r.amount_fen) filter (where r.confirmation in ('RECEIVED', 'RECEIVED_WITH_ISSUES')), 0) as confirmed_fen,
         (count(*) filter (where r.confirmation in ('RECEIVED', 'RECEIVED_WITH_ISSUES')))::int as confirmed_count,
         (count(*) filter (where r.confirmation is null))::int as unconfirmed_count,
         (count(*) filter (where r.confirmation in ('NOT_RECEIVED', 'RECEIVED_WITH_ISSUES')))::int as disputed_count
       from support_record r where r.pledge_id = p.id
     ) s
     where ${COLUMN[key]} = any (?::uuid[])
     order by p.created_at, p.id`,
    [`{${ids.join(',')}}`],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => ({
    pledgeId: r.pledge_id,
    adoptionId: r.adoption_id,
    householdId: r.household_id,
    tenantId: r.tenant_id,
    partnerUnitId: r.partner_unit_id,
    kind: r.kind,
    amountFen: r.amount_fen,
    frequency: r.frequency,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    dueOn: r.due_on,
    endedOn: r.ended_on,
    recordedFen: Number(r.recorded_fen),
    confirmedFen: Number(r.confirmed_fen),
    confirmedCount: r.confirmed_count,
    unconfirmedCount: r.unconfirmed_count,
    disputedCount: r.disputed_count,
  }));
}

const summaryLoader = (key: FactKey) =>
  defineLoader(
    (em) =>
      new DataLoader<string, SummaryShape>(async (ids) =>
        summariseBy(ids, await pledgeFacts(em, key, ids), KEY_OF[key], chinaToday()),
      ),
  );

/** Pledged against delivered, per household / adoption / pledge: one statement per batch. */
export const supportByHouseholdId = summaryLoader('household');
export const supportByAdoptionId = summaryLoader('adoption');
export const supportByPledgeId = summaryLoader('pledge');

/** Summaries of arbitrary groups (tenants, a partner unit), for the summary queries. */
export async function summariesBy(
  em: EntityManager,
  key: FactKey,
  ids: readonly string[],
): Promise<SummaryShape[]> {
  return summariseBy(ids, await pledgeFacts(em, key, ids), KEY_OF[key], chinaToday());
}
