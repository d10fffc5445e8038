import { ref } from '@mikro-orm/core';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { badInput, forbidden, notFound } from '../../core/errors/domain-error';
import { fromGlobalId } from '../../core/graphql/global-id';
import { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { Tenant } from '../tenants/tenant.entity';
import { TenantKind } from '../tenants/tenant-kind.enum';
import { Case } from './case.entity';
import { CaseAttachment } from './case-attachment.entity';
import { levelDeadline } from './case.deadlines';
import { CaseCategory, CaseEventKind, CaseLevel, CaseSource, CaseStatus } from './case.enums';
import { type AttachmentData, assertAttachments } from './case.rules';
import type { CaseReportInput } from './case.inputs';
import { actorOf, principalOf, reportingRole } from './case.policy';
import { appendEvent, scheduleLevelDeadline } from './case-timeline';
import { scopeTree } from './case.scope';

/**
 * What opening a case needs: the module's own API (caseReport, Open311) and other modules (the
 * care module opens one from a household-visit finding with source VISIT and origin
 * `{ originType: 'HouseholdVisit', originId }`; meetings with source MEETING). Ids are uuids
 * (the caller has already decoded global ids); each is loaded within the caller's scope, so
 * another tenant's row is NOT_FOUND. The community is the micro-grid's or grid's, else
 * `communityId`, else the caller's only community.
 */
export interface CaseOpenData {
  category: CaseCategory;
  description: string;
  source: CaseSource;
  communityId?: string | null;
  gridId?: string | null;
  microGridId?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  address?: string | null;
  reporterName?: string | null;
  reporterPhone?: string | null;
  reporterEmail?: string | null;
  /** The resident who reported (a person of the case's community). */
  reporterPersonId?: string | null;
  /** What the case came from, e.g. 'HouseholdVisit' or 'Meeting', and that record's uuid. */
  originType?: string | null;
  originId?: string | null;
  attachments?: AttachmentData[] | null;
  /** A note on the REPORTED timeline entry. */
  note?: string | null;
  /** Input field names for errors, when the caller's input names them differently. */
  fieldPrefix?: string;
}

const MAX_DESCRIPTION = 4000;

async function communityOf(
  ctx: RequestContext,
  data: CaseOpenData,
  tenantId: string | null,
): Promise<string> {
  const p = principalOf(ctx);
  const field = (name: string) => `${data.fieldPrefix ?? ''}${name}`;
  let id = tenantId ?? data.communityId ?? null;
  if (!id) {
    const own = [...new Set(p.grants.map((g) => g.tenantId).filter((t): t is string => !!t))];
    if (own.length !== 1) {
      throw badInput(
        field('communityId'),
        'communityId is required: name the community the case belongs to.',
      );
    }
    id = own[0];
  }
  const tree = await scopeTree(ctx);
  const tenant = tree.byId.get(id);
  if (!tenant) throw notFound('Tenant', data.communityId ?? id);
  if (tenant.kind !== TenantKind.COMMUNITY) {
    throw badInput(
      field('communityId'),
      'A case belongs to a community (社区), not to a street or district.',
    );
  }
  if (data.communityId && data.communityId !== id) {
    throw badInput(field('communityId'), 'communityId does not match the grid or micro-grid given.');
  }
  return id;
}

/**
 * Opens a case: validates, inserts it at its first level with that level's deadline, appends the
 * REPORTED entry, stores the photos' references and schedules the deadline job, all in the
 * caller's transaction (a failure stores nothing). The first level is GRID when the spot's grid
 * is known (the grid worker settles it, 小事不出网格), otherwise COMMUNITY (the community triages).
 * Whether the caller may report at all is the caller's check; this one only keeps the case in
 * the caller's scope.
 */
export async function openCase(ctx: RequestContext, data: CaseOpenData): Promise<Case> {
  const p = principalOf(ctx);
  const field = (name: string) => `${data.fieldPrefix ?? ''}${name}`;
  const scope = p.tenantIds;
  if (!Object.values(CaseCategory).includes(data.category))
    throw badInput(field('category'), 'Unknown category.');
  if (!Object.values(CaseSource).includes(data.source)) throw badInput(field('source'), 'Unknown source.');
  const description = data.description?.trim() ?? '';
  if (!description) throw badInput(field('description'), 'description must say what happened.');
  if (description.length > MAX_DESCRIPTION) {
    throw badInput(field('description'), `description has at most ${MAX_DESCRIPTION} characters.`);
  }
  const hasLat = data.latitude != null;
  if (hasLat !== (data.longitude != null)) {
    throw badInput(field(hasLat ? 'longitude' : 'latitude'), 'Give both latitude and longitude, or neither.');
  }
  if (hasLat && (Math.abs(data.latitude!) > 90 || Math.abs(data.longitude!) > 180)) {
    throw badInput(field('latitude'), 'latitude must be within ±90 and longitude within ±180.');
  }
  assertAttachments(data.attachments ?? [], 0, field('attachments'));

  let microGrid: MicroGrid | null = null;
  let grid: Grid | null = null;
  if (data.microGridId) {
    microGrid = await ctx.em.findOne(MicroGrid, { id: data.microGridId, tenant: { $in: scope } });
    if (!microGrid) throw notFound('MicroGrid', data.microGridId);
  }
  if (data.gridId) {
    grid = await ctx.em.findOne(Grid, { id: data.gridId, tenant: { $in: scope } });
    if (!grid) throw notFound('Grid', data.gridId);
    if (microGrid && microGrid.grid.id !== grid.id) {
      throw badInput(field('gridId'), 'The micro-grid is not in this grid.');
    }
  }
  const gridId = grid?.id ?? microGrid?.grid.id ?? null;
  const tenantId = await communityOf(ctx, data, microGrid?.tenant.id ?? grid?.tenant.id ?? null);

  let reporterPerson: Person | null = null;
  if (data.reporterPersonId) {
    reporterPerson = await ctx.em.findOne(Person, { id: data.reporterPersonId, tenant: tenantId });
    if (!reporterPerson) throw notFound('Person', data.reporterPersonId);
  }

  const now = ctx.config.clock.now();
  const level = gridId ? CaseLevel.GRID : CaseLevel.COMMUNITY;
  const deadlineAt = await levelDeadline(ctx.em, tenantId, level, data.category, now);
  const tenant = ref(Tenant, tenantId);
  const c = ctx.em.create(Case, {
    tenant,
    category: data.category,
    description,
    source: data.source,
    status: CaseStatus.REPORTED,
    level,
    levelEntry: 1,
    levelEnteredAt: now,
    deadlineAt,
    grid: gridId ? ref(Grid, gridId) : undefined,
    microGrid: microGrid ?? undefined,
    latitude: data.latitude ?? undefined,
    longitude: data.longitude ?? undefined,
    address: data.address?.trim() || undefined,
    reporterName: data.reporterName?.trim() || reporterPerson?.name || undefined,
    reporterPhone: data.reporterPhone?.trim() || reporterPerson?.phone || undefined,
    reporterEmail: data.reporterEmail?.trim() || undefined,
    reporterPerson: reporterPerson ?? undefined,
    reporterPrincipalKind: p.kind,
    reporterPrincipalId: p.id,
    originType: data.originType ?? undefined,
    originId: data.originId ?? undefined,
  });
  for (const a of data.attachments ?? []) {
    ctx.em.create(CaseAttachment, {
      tenant,
      case: c,
      reference: a.reference,
      contentType: a.contentType.toLowerCase(),
      sizeBytes: a.sizeBytes,
    });
  }
  const tree = await scopeTree(ctx);
  const actor = actorOf(p, reportingRole(p, tree.ancestors(tenantId)));
  appendEvent(ctx.em, c, actor, {
    kind: CaseEventKind.REPORTED,
    note: data.note,
    deadlineAt,
    at: now,
    details: { source: data.source, attachments: data.attachments?.length ?? 0 },
  });
  await ctx.em.flush();
  await scheduleLevelDeadline(ctx.em, c);
  return c;
}

const optionalId = (globalId: string | null | undefined, type: string, field: string) =>
  globalId ? fromGlobalId(globalId, type, field) : null;

/**
 * A report over the API. The source and the reporter follow from who reports: a resident is the
 * reporter itself (its Person); a grid worker reports from a round; a mobile probe is recorded
 * under its key's name unless it names the person it reports for; community staff record a
 * report on someone's behalf. Through the Open311 endpoint the source is OPEN311.
 */
export async function caseReport(ctx: RequestContext, input: CaseReportInput): Promise<Case> {
  const p = principalOf(ctx);
  const has = (role: Role) => p.roles.includes(role);
  let source: CaseSource;
  let reporterPersonId: string | null = null;
  let reporterName = input.reporterName ?? null;
  if (has(Role.MOBILE_PROBE)) {
    source = CaseSource.MOBILE_PROBE;
    reporterName ??= p.name;
  } else if (has(Role.GRID_WORKER)) {
    source = CaseSource.GRID_WORKER;
  } else if (has(Role.COMMUNITY_ADMIN)) {
    source = CaseSource.STAFF;
  } else {
    source = CaseSource.RESIDENT;
    if (!p.personId) {
      throw forbidden(
        'Your account is not linked to a resident (Person) of your community; ask the community.',
      );
    }
    reporterPersonId = p.personId;
    reporterName = null;
  }
  if (input.viaOpen311) source = CaseSource.OPEN311;
  let communityId = optionalId(input.communityId, 'Tenant', 'communityId');
  if (input.communityCode) {
    const tree = await scopeTree(ctx);
    const byCode = [...tree.byId.values()].find((t) => t.code === input.communityCode);
    if (!byCode) throw notFound('Community with division code', input.communityCode);
    if (communityId && communityId !== byCode.id) {
      throw badInput('communityCode', 'communityCode and communityId name different communities.');
    }
    communityId = byCode.id;
  }
  return openCase(ctx, {
    category: input.category,
    description: input.description,
    source,
    communityId,
    gridId: optionalId(input.gridId, 'Grid', 'gridId'),
    microGridId: optionalId(input.microGridId, 'MicroGrid', 'microGridId'),
    latitude: input.latitude,
    longitude: input.longitude,
    address: input.address,
    reporterName,
    reporterPhone: input.reporterPhone,
    reporterEmail: input.reporterEmail,
    reporterPersonId,
    attachments: input.attachments,
  });
}
