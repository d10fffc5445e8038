import { ref, type EntityClass } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { badInput, conflict, notFound } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { CommunityProfile } from './community-profile.entity';
import { Grid } from './grid.entity';
import { MicroGrid } from './micro-grid.entity';
import { Person } from './person.entity';
import type {
  CommunityProfileUpdateInput,
  GridCreateInput,
  GridListArgs,
  GridUpdateInput,
  MicroGridCreateInput,
} from './organisation.inputs';
import {
  assertCommunityAdmin,
  assertNotFuture,
  communityFilter,
  ownCommunityId,
} from './organisation.policy';

interface TenantRow {
  id: string;
  tenant: { id: string };
}

/**
 * A row by uuid within the caller's scope, or null. The scope is in the query itself (the ORM
 * filter and RLS are the second and third walls), which also keeps a bare-id identity-map hit
 * from answering without the database.
 */
export async function findInScope<T extends TenantRow>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  id: string,
): Promise<T | null> {
  const scope = ctx.principal?.tenantIds ?? [];
  return ctx.em.findOne(entity, { id, tenant: { $in: scope } } as FilterQuery<T>);
}

/** A row by global id within the caller's scope: another tenant's row is NOT_FOUND, like a missing one. */
export async function loadInScope<T extends TenantRow>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  globalId: string,
  field = 'id',
): Promise<T> {
  const row = await findInScope(ctx, entity, fromGlobalId(globalId, entity.name, field));
  if (!row) throw notFound(entity.name, globalId);
  return row;
}

/** A row referenced by an input, which must belong to the community being written. */
export async function loadReferenced<T extends TenantRow>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  globalId: string,
  field: string,
  communityId: string,
): Promise<T> {
  const row = await loadInScope(ctx, entity, globalId, field);
  if (row.tenant.id !== communityId) throw notFound(entity.name, globalId);
  return row;
}

/** A row to change: in scope, and owned by a community the caller administers. */
export async function loadForChange<T extends TenantRow>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  globalId: string,
): Promise<T> {
  const row = await loadInScope(ctx, entity, globalId);
  assertCommunityAdmin(ctx, row.tenant.id);
  return row;
}

export async function listGrids(ctx: RequestContext, args: GridListArgs) {
  const community = communityFilter(ctx, args.communityId);
  const where: FilterQuery<Grid> = community ? { tenant: community } : {};
  return paginate(ctx.em, Grid, where, args, ctx.config.limits);
}

export const getGrid = (ctx: RequestContext, globalId: string) => loadInScope(ctx, Grid, globalId);

/** The caller's own community profile, created with zero counts on first update (upsert). */
export async function communityProfileUpdate(
  ctx: RequestContext,
  input: CommunityProfileUpdateInput,
): Promise<CommunityProfile> {
  const communityId = ownCommunityId(ctx);
  assertNotFuture('foundedOn', input.foundedOn);
  const profile =
    (await ctx.em.findOne(CommunityProfile, { tenant: communityId })) ??
    ctx.em.create(CommunityProfile, { tenant: ref(Tenant, communityId) });
  const nullable = ['areaKm2', 'foundedOn', 'households', 'residents', 'description'] as const;
  for (const key of nullable) {
    if (input[key] !== undefined) Object.assign(profile, { [key]: input[key] ?? undefined });
  }
  const counts = ['compounds', 'buildings', 'compoundsWithoutPropertyManager'] as const;
  for (const key of counts) {
    if (input[key] !== undefined) profile[key] = input[key] as number;
  }
  if (profile.compoundsWithoutPropertyManager > profile.compounds) {
    throw badInput(
      'compoundsWithoutPropertyManager',
      'compoundsWithoutPropertyManager (无主管楼院) cannot exceed compounds.',
    );
  }
  await ctx.em.flush();
  return profile;
}

async function assertGridCodeFree(ctx: RequestContext, communityId: string, code: string) {
  if ((await ctx.em.count(Grid, { tenant: communityId, code })) > 0) {
    throw conflict(`Your community already has a grid with code "${code}".`);
  }
}

export async function gridCreate(ctx: RequestContext, input: GridCreateInput): Promise<Grid> {
  const communityId = ownCommunityId(ctx);
  await assertGridCodeFree(ctx, communityId, input.code);
  const grid = ctx.em.create(Grid, {
    tenant: ref(Tenant, communityId),
    code: input.code,
    name: input.name,
    description: input.description ?? undefined,
  });
  await ctx.em.flush();
  return grid;
}

export async function gridUpdate(ctx: RequestContext, input: GridUpdateInput): Promise<Grid> {
  const grid = await loadForChange(ctx, Grid, input.id);
  if (input.code !== undefined && input.code !== grid.code) {
    await assertGridCodeFree(ctx, grid.tenant.id, input.code);
    grid.code = input.code;
  }
  if (input.name !== undefined) grid.name = input.name;
  if (input.description !== undefined) grid.description = input.description ?? undefined;
  await ctx.em.flush();
  return grid;
}

export async function microGridCreate(ctx: RequestContext, input: MicroGridCreateInput): Promise<MicroGrid> {
  const communityId = ownCommunityId(ctx);
  const grid = await loadReferenced(ctx, Grid, input.gridId, 'gridId', communityId);
  const leader = input.leaderId
    ? await loadReferenced(ctx, Person, input.leaderId, 'leaderId', communityId)
    : undefined;
  if ((await ctx.em.count(MicroGrid, { tenant: communityId, code: input.code })) > 0) {
    throw conflict(`Your community already has a micro-grid with code "${input.code}".`);
  }
  const microGrid = ctx.em.create(MicroGrid, {
    tenant: ref(Tenant, communityId),
    grid,
    code: input.code,
    name: input.name,
    kind: input.kind,
    leader,
  });
  await ctx.em.flush();
  return microGrid;
}
