import { ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { LockMode } from '@mikro-orm/core';
import { badInput, conflict, forbidden, notFound } from '../../core/errors/domain-error';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { communityFilter } from '../organisation/organisation.policy';
import { loadInScope, loadReferenced } from '../organisation/organisation.service';
import { HouseholdFile } from '../households/household-file.entity';
import { actorOf, lockHousehold, recordHouseholdFinding, type HouseholdFindingUpdate } from '../households';
import { type CaseCategory, CaseSource, openCase } from '../cases';
import { HouseholdVisit, VisitFinding } from './household-visit.entity';
import type {
  HouseholdVisitListArgs,
  HouseholdVisitRecordInput,
  VisitFindingLinkHouseholdInput,
  VisitFindingOpenCaseInput,
  VisitStatsArgs,
} from './visit.inputs';
import { assertStaffOf, principalOf, readableByGrid, staffRoleFor } from './care.policy';
import type { VisitMonthStat } from './care.types';
import { addDays, dueAt } from './care.workflow';

/** Start of a China calendar day, and of the day after: day filters on moments. */
const dayStart = (day: string) => dueAt(day, '00:00');

const readableVisits = (ctx: RequestContext) => readableByGrid<HouseholdVisit>(principalOf(ctx));

export async function listVisits(ctx: RequestContext, args: HouseholdVisitListArgs) {
  const where: FilterQuery<HouseholdVisit>[] = [readableVisits(ctx)];
  const community = communityFilter(ctx, args.communityId);
  if (community) where.push({ tenant: community });
  if (args.gridId) where.push({ grid: fromGlobalId(args.gridId, 'Grid', 'gridId') });
  if (args.householdId)
    where.push({ household: fromGlobalId(args.householdId, 'HouseholdFile', 'householdId') });
  if (args.from) where.push({ visitedAt: { $gte: dayStart(args.from) } });
  if (args.to) where.push({ visitedAt: { $lt: dayStart(addDays(args.to, 1)) } });
  return paginate(ctx.em, HouseholdVisit, { $and: where }, args, ctx.config.limits);
}

export const findReadableVisit = (ctx: RequestContext, id: string) =>
  ctx.em.findOne(HouseholdVisit, { $and: [{ id }, readableVisits(ctx)] });

export async function getVisit(ctx: RequestContext, globalId: string): Promise<HouseholdVisit> {
  const visit = await findReadableVisit(ctx, fromGlobalId(globalId, 'HouseholdVisit'));
  if (!visit) throw notFound('HouseholdVisit', globalId);
  return visit;
}

export const findReadableFinding = async (ctx: RequestContext, id: string) => {
  const finding = await ctx.em.findOne(VisitFinding, { id, tenant: { $in: principalOf(ctx).tenantIds } });
  return finding && (await findReadableVisit(ctx, finding.visit.id)) ? finding : null;
};

/** The visiting grid worker: the one named, or the caller's own person record in the community. */
async function visitorFor(ctx: RequestContext, visitorId: string | null | undefined, communityId: string) {
  if (visitorId) return loadReferenced(ctx, Person, visitorId, 'visitorId', communityId);
  const personId = principalOf(ctx).personId;
  const own = personId ? await ctx.em.findOne(Person, { id: personId, tenant: communityId }) : null;
  if (!own) {
    throw badInput(
      'visitorId',
      'visitorId is required: your account has no person record in this community.',
    );
  }
  return own;
}

/**
 * A household file a finding may concern: in scope (NOT_FOUND otherwise, as for another tenant's),
 * in the visit's community, and of a grid the caller keeps files for.
 */
async function linkableFile(ctx: RequestContext, globalId: string, field: string, communityId: string) {
  const file = await loadReferenced(ctx, HouseholdFile, globalId, field, communityId);
  if (!staffRoleFor(principalOf(ctx), file)) {
    throw forbidden(
      'Only the community admin or the grid worker of its grid may link findings to this file.',
    );
  }
  return file;
}

/**
 * The finding in the file's own history (RECORD_FINDING), with the needs or situation it brings
 * written to the file, under the file's row lock like every other step on a file.
 */
async function recordOnFile(
  ctx: RequestContext,
  file: HouseholdFile,
  note: string,
  update: HouseholdFindingUpdate,
): Promise<void> {
  const locked = await lockHousehold(ctx.em, file.id);
  if (!locked) throw notFound('HouseholdFile', file.id);
  const role = staffRoleFor(principalOf(ctx), locked);
  if (!role) throw forbidden('Only the community admin or the grid worker of its grid may update this file.');
  recordHouseholdFinding(ctx.em, locked, actorOf(ctx, role), note, update);
}

/** A visit with its findings, in a micro-grid of the caller's grids (or community, for an admin). */
export async function householdVisitRecord(
  ctx: RequestContext,
  input: HouseholdVisitRecordInput,
): Promise<HouseholdVisit> {
  const now = ctx.config.clock.now();
  if (input.visitedAt && input.visitedAt.getTime() > now.getTime() + 60_000) {
    throw badInput('visitedAt', 'visitedAt must not be in the future.');
  }
  const microGrid = await loadInScope(ctx, MicroGrid, input.microGridId, 'microGridId');
  assertStaffOf(ctx, microGrid, 'record visits in this micro-grid');
  const communityId = microGrid.tenant.id;
  let household: HouseholdFile | undefined;
  if (input.householdId) {
    household = await loadReferenced(ctx, HouseholdFile, input.householdId, 'householdId', communityId);
    if (household.microGrid.id !== microGrid.id) {
      throw badInput('householdId', 'The household file belongs to another micro-grid than the one visited.');
    }
  }
  const resident = input.residentId
    ? await loadReferenced(ctx, Person, input.residentId, 'residentId', communityId)
    : undefined;
  const visitor = await visitorFor(ctx, input.visitorId, communityId);
  const findings = input.findings ?? [];
  const files = await Promise.all(
    findings.map((f, i) =>
      f.householdId ? linkableFile(ctx, f.householdId, `findings.${i}.householdId`, communityId) : null,
    ),
  );
  const visit = ctx.em.create(HouseholdVisit, {
    tenant: microGrid.tenant,
    grid: microGrid.grid,
    microGrid,
    household,
    resident,
    visitor,
    visitedAt: input.visitedAt ?? now,
    purpose: input.purpose,
    addressNote: input.addressNote?.trim() || undefined,
    notes: input.notes?.trim() || undefined,
  });
  const rows = findings.map((f, i) =>
    ctx.em.create(VisitFinding, {
      tenant: visit.tenant,
      visit,
      position: i,
      kind: f.kind,
      note: f.note.trim(),
      household: files[i] ?? undefined,
    }),
  );
  await ctx.em.flush();
  for (const [i, f] of findings.entries()) {
    const file = files[i];
    if (file) {
      await recordOnFile(ctx, file, rows[i].note, {
        needs: f.householdNeeds,
        situation: f.householdSituation,
      });
    } else if (f.householdNeeds || f.householdSituation) {
      throw badInput(
        `findings.${i}.householdId`,
        'householdNeeds and householdSituation need the householdId.',
      );
    }
  }
  await ctx.em.flush();
  for (const [i, f] of findings.entries()) {
    if (f.openCaseCategory)
      await openCaseFor(ctx, visit, rows[i], f.openCaseCategory, null, `findings.${i}.`);
  }
  return visit;
}

/** Links a finding to the household file it concerns (staff of the visit's grid and the file's). */
export async function visitFindingLinkHousehold(
  ctx: RequestContext,
  input: VisitFindingLinkHouseholdInput,
): Promise<VisitFinding> {
  const finding = await findReadableFinding(ctx, fromGlobalId(input.findingId, 'VisitFinding', 'findingId'));
  if (!finding) throw notFound('VisitFinding', input.findingId);
  const visit = await ctx.em.findOneOrFail(HouseholdVisit, finding.visit.id);
  assertStaffOf(ctx, visit, 'change findings of this visit');
  const file = await linkableFile(ctx, input.householdId, 'householdId', visit.tenant.id);
  finding.household = ref(file);
  await recordOnFile(ctx, file, finding.note, { needs: input.needs, situation: input.situation });
  await ctx.em.flush();
  return finding;
}

/**
 * A case from a finding, through the cases module (source VISIT, the visit's micro-grid, the
 * resident met as reporter, origin the visit), linked on the finding in the same transaction.
 */
async function openCaseFor(
  ctx: RequestContext,
  visit: HouseholdVisit,
  finding: VisitFinding,
  category: CaseCategory,
  description: string | null | undefined,
  fieldPrefix: string,
): Promise<void> {
  const opened = await openCase(ctx, {
    category,
    description: description?.trim() || finding.note,
    source: CaseSource.VISIT,
    microGridId: visit.microGrid.id,
    address: visit.addressNote ?? null,
    reporterPersonId: visit.resident?.id ?? null,
    originType: 'HouseholdVisit',
    originId: visit.id,
    fieldPrefix,
  });
  finding.case = ref(opened);
  await ctx.em.flush();
}

/**
 * Opens a case from a finding, once: the finding row is locked, so two staff opening one at the
 * same moment get one case and one CONFLICT.
 */
export async function visitFindingOpenCase(
  ctx: RequestContext,
  input: VisitFindingOpenCaseInput,
): Promise<VisitFinding> {
  const id = fromGlobalId(input.findingId, 'VisitFinding', 'findingId');
  if (!(await findReadableFinding(ctx, id))) throw notFound('VisitFinding', input.findingId);
  const finding = await ctx.em.findOneOrFail(VisitFinding, id, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
  const visit = await ctx.em.findOneOrFail(HouseholdVisit, finding.visit.id);
  assertStaffOf(ctx, visit, 'open cases from this visit');
  if (finding.case) throw conflict('This finding has already opened a case.');
  await openCaseFor(ctx, visit, finding, input.category, input.description, '');
  return finding;
}

/**
 * Visits per community and month (China time) over the caller's scope, or one community of it:
 * counts only, one statement. Row-level security limits the rows as for any read.
 */
export async function visitStats(ctx: RequestContext, args: VisitStatsArgs): Promise<VisitMonthStat[]> {
  if (args.to < args.from) throw badInput('to', 'to must not be before from.');
  if (args.to > addDays(args.from, 3 * 366)) throw badInput('to', 'The period may span at most 3 years.');
  const community = communityFilter(ctx, args.communityId);
  const tenants = community ? [community] : principalOf(ctx).tenantIds;
  const rows = await ctx.em
    .getConnection()
    .execute<
      { tenant_id: string; month: string; visits: number; files: number; findings: number; linked: number }[]
    >(
      `select v.tenant_id, to_char(v.visited_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
            count(*)::int as visits, count(distinct v.household_id)::int as files,
            coalesce(sum(f.findings), 0)::int as findings, coalesce(sum(f.linked), 0)::int as linked
       from household_visit v
       left join lateral (
         select count(*) filter (where kind <> 'NO_ISSUE') as findings,
                count(*) filter (where household_id is not null) as linked
           from visit_finding where visit_id = v.id) f on true
      where v.tenant_id = any (?::uuid[]) and v.visited_at >= ? and v.visited_at < ?
      group by v.tenant_id, month
      order by month, v.tenant_id`,
      [`{${tenants.join(',')}}`, dayStart(args.from), dayStart(addDays(args.to, 1))],
      'all',
      ctx.em.getTransactionContext(),
    );
  return rows.map((r) => ({
    tenantId: r.tenant_id,
    month: r.month,
    visits: r.visits,
    householdFilesVisited: r.files,
    findings: r.findings,
    findingsLinkedToFiles: r.linked,
  }));
}
