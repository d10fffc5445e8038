import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { badInput, conflict, forbidden, invalidTransition } from '../../core/errors/domain-error';
import { paginate, type PageArgs } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { isUnifiedSocialCreditCode } from '../../core/validation/identifiers';
import { SCOPE_ANY } from '../../db/tenant-scope-sql';
import { chinaToday } from '../organisation/organisation.policy';
import { TenantKind } from '../tenants/tenant-kind.enum';
import { Tenant } from '../tenants/tenant.entity';
import { PartnerUnit } from './partner-unit.entity';
import { Partnership, PartnershipStatus } from './partnership.entity';
import { PartnerUnitKind } from './partners.enums';
import type {
  PartnershipCreateInput,
  PartnershipListArgs,
  PartnerUnitListArgs,
  PartnerUnitRegisterInput,
} from './partners.inputs';
import { assertAdministers, isPlatformAdmin, missing, ownUnitOnly, principalOf } from './partners.policy';

/*
 * Partner units are platform rows; partnerships are tenant-owned. A platform admin writes on the
 * owner connection (its request scope is empty), with every tenant in the transaction's RLS
 * scope; street and community admins write through the request's EntityManager, walled by their
 * own scope, after the service checked that they administer the tenant.
 */

export interface PartnershipChange {
  partnership: Partnership;
  tenant: Tenant;
  partnerUnit: PartnerUnit;
}

/** Runs a write where the caller may write: the owner path for the platform, the request's EM otherwise. */
function write<T>(ctx: RequestContext, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (!isPlatformAdmin(ctx)) return ctx.em.transactional(work);
  return ctx.adminEntityManager().transactional(async (tx) => {
    // RLS is forced even for the table owner: the admin transaction states it works in every tenant.
    await tx.execute(
      "select set_config('app.tenant_ids', coalesce((select string_agg(id::text, ',') from tenant), ''), true)",
    );
    return work(tx);
  });
}

// ---------------------------------------------------------------------------------------------
// Partner units

export interface PartnerUnitData {
  name: string;
  creditCode: string;
  kind?: PartnerUnitKind | null;
  address?: string | null;
}

async function registerUnit(tx: EntityManager, data: PartnerUnitData): Promise<PartnerUnit> {
  const taken = await tx.findOne(PartnerUnit, { creditCode: data.creditCode });
  if (taken) throw conflict(`The credit code ${data.creditCode} is already registered to ${taken.name}.`);
  return tx.create(PartnerUnit, {
    name: data.name,
    creditCode: data.creditCode,
    kind: data.kind ?? PartnerUnitKind.ENTERPRISE,
    address: data.address ?? undefined,
  });
}

/** Registers a unit once for the platform (the operator CLI calls this with the owner EM). */
export const registerPartnerUnit = (em: EntityManager, data: PartnerUnitData): Promise<PartnerUnit> =>
  em.transactional((tx) => registerUnit(tx, data));

export const findPartnerUnitByCode = (em: EntityManager, creditCode: string) =>
  em.findOne(PartnerUnit, { creditCode });

export const partnerUnitRegister = (ctx: RequestContext, input: PartnerUnitRegisterInput) =>
  write(ctx, (tx) => registerUnit(tx, input));

/**
 * Looks a unit up by its credit code, so staff find a registered unit before proposing an
 * agreement (register once). Units hold business-registration data only, which is public.
 */
export async function partnerUnitByCreditCode(ctx: RequestContext, creditCode: string) {
  const code = creditCode.trim().toUpperCase();
  if (!isUnifiedSocialCreditCode(code)) {
    throw badInput('creditCode', 'creditCode must be an 18-character unified social credit code (GB 32100).');
  }
  const em = isPlatformAdmin(ctx) ? ctx.adminEntityManager() : ctx.em;
  return em.findOne(PartnerUnit, { creditCode: code });
}

/**
 * The units a caller sees: a partner itself; anybody else the units with an agreement in its
 * scope (the scope spelled out in SQL; row-level security walls the subquery as well).
 */
function visibleUnits(ctx: RequestContext): FilterQuery<PartnerUnit> {
  const own = ownUnitOnly(ctx);
  if (own) return { id: own };
  return { partnerships: { $some: { tenant: { $eq: raw(SCOPE_ANY) } } } };
}

export async function listPartnerUnits(ctx: RequestContext, args: PartnerUnitListArgs) {
  const where: FilterQuery<PartnerUnit>[] = [visibleUnits(ctx)];
  if (args.kind) where.push({ kind: args.kind });
  const search = args.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push({ $or: [{ name: { $ilike: pattern } }, { creditCode: search.toUpperCase() }] });
  }
  return paginate(ctx.em, PartnerUnit, { $and: where }, args, ctx.config.limits);
}

/** One unit by uuid, as `partnerUnits` would show it (the platform admin sees every unit). */
export function findPartnerUnit(ctx: RequestContext, id: string): Promise<PartnerUnit | null> {
  if (isPlatformAdmin(ctx)) return ctx.adminEntityManager().findOne(PartnerUnit, { id });
  return ctx.em.findOne(PartnerUnit, { $and: [{ id }, visibleUnits(ctx)] });
}

// ---------------------------------------------------------------------------------------------
// Partnerships

const inForce = (p: Partnership, today: string) => !p.endsOn || p.endsOn >= today;

export async function partnershipCreate(
  ctx: RequestContext,
  input: PartnershipCreateInput,
): Promise<PartnershipChange> {
  const tenantId = fromGlobalId(input.tenantId, 'Tenant', 'tenantId');
  const partnerUnitId = fromGlobalId(input.partnerUnitId, 'PartnerUnit', 'partnerUnitId');
  const change = await write(ctx, async (tx) => {
    const tenant = await tx.findOne(Tenant, { id: tenantId });
    assertAdministers(ctx, tenant, input.tenantId, 'tenantId');
    if (tenant.kind === TenantKind.DISTRICT) {
      throw badInput('tenantId', 'Partnerships are signed with a street or a community, not a district.');
    }
    const partnerUnit = await tx.findOne(PartnerUnit, { id: partnerUnitId });
    if (!partnerUnit) throw missing('PartnerUnit', input.partnerUnitId, 'partnerUnitId');

    const startsOn = input.startsOn ?? input.signedOn;
    if (input.endsOn && input.endsOn < startsOn) {
      throw badInput('endsOn', `endsOn must not be before startsOn (${startsOn}).`);
    }
    if (input.acceptsPoints && partnerUnit.kind !== PartnerUnitKind.MERCHANT) {
      throw badInput(
        'acceptsPoints',
        `Only merchants (MERCHANT) accept points; ${partnerUnit.name} is ${partnerUnit.kind}.`,
      );
    }

    // Two admins signing the same pair at once: the second waits here, then sees the first's row.
    await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
      `partnership:${partnerUnit.id}:${tenant.id}`,
    ]);
    const today = chinaToday();
    const open = await tx.find(Partnership, {
      partnerUnit: partnerUnit.id,
      tenant: tenant.id,
      status: PartnershipStatus.ACTIVE,
    });
    if (open.some((p) => inForce(p, today))) {
      throw conflict(`${partnerUnit.name} already has an active partnership with ${tenant.name}.`);
    }
    // An agreement whose period ran out is still ACTIVE on paper; the renewal closes it.
    open.forEach((p) => (p.status = PartnershipStatus.ENDED));

    const partnership = tx.create(Partnership, {
      tenant,
      partnerUnit,
      signedOn: input.signedOn,
      startsOn,
      endsOn: input.endsOn ?? undefined,
      commitments: input.commitments ?? [],
      commitmentNote: input.commitmentNote ?? undefined,
      acceptsPoints: input.acceptsPoints ?? false,
      contactName: input.contactName ?? undefined,
      contactPhone: input.contactPhone ?? undefined,
    });
    return { partnership, tenant, partnerUnit };
  });
  // The unit's keys and accounts have the tenant in scope from their next request.
  ctx.invalidatePrincipal(change.partnerUnit.id);
  return change;
}

export async function partnershipEnd(ctx: RequestContext, globalId: string): Promise<PartnershipChange> {
  const id = fromGlobalId(globalId, 'Partnership', 'id');
  const change = await write(ctx, async (tx) => {
    const where: FilterQuery<Partnership> = isPlatformAdmin(ctx)
      ? { id }
      : { id, tenant: { $in: principalOf(ctx).tenantIds } };
    const partnership = await tx.findOne(Partnership, where, { populate: ['tenant', 'partnerUnit'] });
    if (!partnership) throw missing('Partnership', globalId, 'id');
    const tenant = partnership.tenant.unwrap();
    assertAdministers(ctx, tenant, globalId, 'id');
    if (partnership.status !== PartnershipStatus.ACTIVE) {
      throw invalidTransition('The partnership', partnership.status, 'end');
    }
    partnership.status = PartnershipStatus.ENDED;
    const today = chinaToday();
    if ((!partnership.endsOn || partnership.endsOn > today) && partnership.startsOn <= today) {
      partnership.endsOn = today;
    }
    return { partnership, tenant, partnerUnit: partnership.partnerUnit.unwrap() };
  });
  // The tenant leaves the partner's scope at once on this instance (others within PRINCIPAL_CACHE_MS).
  ctx.invalidatePrincipal(change.partnerUnit.id);
  return change;
}

/** Agreements a caller may read: in its scope (ORM filter and RLS), a partner's own only. */
function visiblePartnerships(ctx: RequestContext): FilterQuery<Partnership> {
  const own = ownUnitOnly(ctx);
  return own ? { partnerUnit: own } : {};
}

export async function listPartnerships(ctx: RequestContext, args: PartnershipListArgs) {
  const where: FilterQuery<Partnership>[] = [visiblePartnerships(ctx)];
  if (args.tenantId) {
    const tenantId = fromGlobalId(args.tenantId, 'Tenant', 'tenantId');
    // Another tenant's id is NOT_FOUND, so a filter cannot probe which ids exist.
    if (!principalOf(ctx).tenantIds.includes(tenantId)) throw missing('Tenant', args.tenantId, 'tenantId');
    where.push({ tenant: tenantId });
  }
  if (args.status) where.push({ status: args.status });
  if (args.acceptsPoints !== undefined && args.acceptsPoints !== null) {
    where.push({ acceptsPoints: args.acceptsPoints });
  }
  if (args.kind) where.push({ partnerUnit: { kind: args.kind } });
  return paginate(ctx.em, Partnership, { $and: where }, args, ctx.config.limits);
}

/** One agreement by uuid within the caller's scope (a partner: its own), or null. */
export function findPartnership(ctx: RequestContext, id: string): Promise<Partnership | null> {
  const scope = principalOf(ctx).tenantIds;
  return ctx.em.findOne(Partnership, { $and: [{ id, tenant: { $in: scope } }, visiblePartnerships(ctx)] });
}

/** The tenants a partner has an agreement in force with, as the scope function computes them. */
export function listMyPartnerTenants(ctx: RequestContext, args: PageArgs) {
  const unit = principalOf(ctx).partnerUnitId;
  if (!unit) throw forbidden("Only a partner unit's key or account has partner tenants.");
  return paginate(
    ctx.em,
    Tenant,
    { id: { $eq: raw('any (app_partner_tenant_ids(?))', [unit]) } },
    args,
    ctx.config.limits,
  );
}
