import { ref, type EntityClass } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { paginate } from '../../core/graphql/connection';
import { badInput, conflict, invalidTransition } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Partnership } from '../partners/partnership.entity';
import { Team } from '../teams/team.entity';
import { loadInScope } from '../organisation/organisation.service';
import { chinaToday } from '../organisation/organisation.policy';
import { Venue } from './venue.entity';
import { VenueSpace } from './venue-space.entity';
import { VenueSpaceKind } from './venue.enums';
import { normaliseOpeningHours } from './opening-hours';
import type {
  BookableRoomListArgs,
  VenueCloseInput,
  VenueCreateInput,
  VenueListArgs,
  VenueReopenInput,
  VenueSpaceAddInput,
  VenueSpaceUpdateInput,
  VenueUpdateInput,
} from './venue.inputs';
import { assertVenueWriter, ownVenueTenantId, tenantFilter } from './venue.policy';

/** Open today (China time): never closed, or closing only on a later day. */
const operatingToday = () => ({ $or: [{ closedOn: null }, { closedOn: { $gt: chinaToday() } }] });

export async function listVenues(ctx: RequestContext, args: VenueListArgs) {
  const conditions: FilterQuery<Venue>[] = [];
  const tenant = tenantFilter(ctx, args.tenantId);
  if (tenant) conditions.push({ tenant });
  if (args.kind) conditions.push({ kind: args.kind });
  if (args.amenity) conditions.push({ amenities: { $contains: [args.amenity] } });
  if (!args.includeClosed) conditions.push(operatingToday());
  return paginate(ctx.em, Venue, { $and: conditions }, args, ctx.config.limits);
}

export const getVenue = (ctx: RequestContext, globalId: string) => loadInScope(ctx, Venue, globalId);

/** Bookable rooms of operating venues, the base bookings will build on. */
export async function listBookableRooms(ctx: RequestContext, args: BookableRoomListArgs) {
  const conditions: FilterQuery<VenueSpace>[] = [
    { bookable: true, kind: VenueSpaceKind.ROOM, venue: operatingToday() },
  ];
  const tenant = tenantFilter(ctx, args.tenantId);
  if (tenant) conditions.push({ tenant });
  if (args.minCapacity) conditions.push({ capacity: { $gte: args.minCapacity } });
  return paginate(ctx.em, VenueSpace, { $and: conditions }, args, ctx.config.limits);
}

/**
 * A row an input references, for a venue of `tenantId`. Outside the caller's scope it is
 * NOT_FOUND like a missing row; in scope but of another tenant (a street admin naming a team of
 * one of its communities) it is a bad input: the database would refuse it too (same-tenant FK).
 */
async function loadSameTenant<T extends { id: string; tenant: { id: string } }>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  globalId: string,
  field: string,
  tenantId: string,
): Promise<T> {
  const row = await loadInScope(ctx, entity, globalId, field);
  if (row.tenant.id !== tenantId) {
    throw badInput(field, `${field} must be a ${entity.name} of the venue's own street or community.`);
  }
  return row;
}

async function assertVenueNameFree(ctx: RequestContext, tenantId: string, name: string) {
  if ((await ctx.em.count(Venue, { tenant: tenantId, name })) > 0) {
    throw conflict(`There is already a venue named "${name}".`);
  }
}

type VenueReferences = Pick<VenueCreateInput, 'microGridId' | 'operatorTeamId' | 'operatorPartnershipId'>;
type ResolvedReferences = Partial<Pick<Venue, 'microGrid' | 'operatorTeam' | 'operatorPartnership'>>;

/**
 * Loads the references an input names: a key is absent when unchanged, undefined when cleared.
 * Everything is loaded and checked before the venue changes: with the ORM's auto-flush, a query
 * after a change could write a half-checked venue (rolled back, but better never written).
 */
async function resolveReferences(
  ctx: RequestContext,
  tenantId: string,
  input: VenueReferences,
): Promise<ResolvedReferences> {
  const resolved: ResolvedReferences = {};
  if (input.microGridId !== undefined) {
    resolved.microGrid = input.microGridId
      ? ref(await loadSameTenant(ctx, MicroGrid, input.microGridId, 'microGridId', tenantId))
      : undefined;
  }
  if (input.operatorTeamId !== undefined) {
    resolved.operatorTeam = input.operatorTeamId
      ? ref(await loadSameTenant(ctx, Team, input.operatorTeamId, 'operatorTeamId', tenantId))
      : undefined;
  }
  if (input.operatorPartnershipId !== undefined) {
    const field = 'operatorPartnershipId';
    resolved.operatorPartnership = input.operatorPartnershipId
      ? ref(await loadSameTenant(ctx, Partnership, input.operatorPartnershipId, field, tenantId))
      : undefined;
  }
  return resolved;
}

const unique = <T>(values: T[]) => [...new Set(values)];

export async function venueCreate(ctx: RequestContext, input: VenueCreateInput): Promise<Venue> {
  const tenantId = ownVenueTenantId(ctx);
  const openingHours = input.openingHours ? normaliseOpeningHours(input.openingHours) : undefined;
  await assertVenueNameFree(ctx, tenantId, input.name);
  const references = await resolveReferences(ctx, tenantId, input);
  const venue = ctx.em.create(Venue, {
    tenant: ref(Tenant, tenantId),
    name: input.name,
    kind: input.kind,
    address: input.address ?? undefined,
    description: input.description ?? undefined,
    amenities: unique(input.amenities ?? []),
    openingHours,
    ...references,
  });
  await ctx.em.flush();
  return venue;
}

async function loadVenueForChange(ctx: RequestContext, globalId: string, field = 'id'): Promise<Venue> {
  const venue = await loadInScope(ctx, Venue, globalId, field);
  assertVenueWriter(ctx, venue.tenant.id);
  return venue;
}

export async function venueUpdate(ctx: RequestContext, input: VenueUpdateInput): Promise<Venue> {
  const venue = await loadVenueForChange(ctx, input.id);
  const openingHours = input.openingHours ? normaliseOpeningHours(input.openingHours) : undefined;
  const rename = input.name !== undefined && input.name !== venue.name;
  if (rename) await assertVenueNameFree(ctx, venue.tenant.id, input.name as string);
  const references = await resolveReferences(ctx, venue.tenant.id, input);
  // Only now, with everything checked, does the venue change.
  if (input.openingHours !== undefined) venue.openingHours = openingHours;
  if (rename) venue.name = input.name as string;
  if (input.kind !== undefined) venue.kind = input.kind;
  if (input.address !== undefined) venue.address = input.address ?? undefined;
  if (input.description !== undefined) venue.description = input.description ?? undefined;
  if (input.amenities !== undefined) venue.amenities = unique(input.amenities);
  Object.assign(venue, references);
  await ctx.em.flush();
  return venue;
}

export async function venueClose(ctx: RequestContext, input: VenueCloseInput): Promise<Venue> {
  const venue = await loadVenueForChange(ctx, input.id);
  if (venue.closedOn) throw invalidTransition('Venue', 'CLOSED', 'venueClose');
  venue.closedOn = input.closedOn ?? chinaToday();
  await ctx.em.flush();
  return venue;
}

export async function venueReopen(ctx: RequestContext, input: VenueReopenInput): Promise<Venue> {
  const venue = await loadVenueForChange(ctx, input.id);
  if (!venue.closedOn) throw invalidTransition('Venue', 'OPEN', 'venueReopen');
  venue.closedOn = undefined;
  await ctx.em.flush();
  return venue;
}

/** Only rooms with a stated capacity can be booked (bookings will check against the capacity). */
function assertBookable(space: VenueSpace) {
  if (!space.bookable) return;
  if (space.kind !== VenueSpaceKind.ROOM) throw badInput('bookable', 'Only a room can be bookable.');
  if (space.capacity == null) throw badInput('capacity', 'A bookable room needs a capacity.');
}

async function assertSpaceNameFree(ctx: RequestContext, venueId: string, name: string) {
  if ((await ctx.em.count(VenueSpace, { venue: venueId, name })) > 0) {
    throw conflict(`This venue already has a space named "${name}".`);
  }
}

export async function venueSpaceAdd(ctx: RequestContext, input: VenueSpaceAddInput): Promise<VenueSpace> {
  const venue = await loadVenueForChange(ctx, input.venueId, 'venueId');
  if (venue.closedOn && venue.closedOn <= chinaToday()) {
    throw invalidTransition('Venue', 'CLOSED', 'venueSpaceAdd');
  }
  await assertSpaceNameFree(ctx, venue.id, input.name);
  const space = ctx.em.create(VenueSpace, {
    tenant: ref(Tenant, venue.tenant.id),
    venue,
    name: input.name,
    kind: input.kind,
    capacity: input.capacity ?? undefined,
    bookable: input.bookable ?? false,
    description: input.description ?? undefined,
    amenities: unique(input.amenities ?? []),
  });
  assertBookable(space);
  await ctx.em.flush();
  return space;
}

export async function venueSpaceUpdate(
  ctx: RequestContext,
  input: VenueSpaceUpdateInput,
): Promise<VenueSpace> {
  const space = await loadInScope(ctx, VenueSpace, input.id);
  assertVenueWriter(ctx, space.tenant.id);
  const rename = input.name !== undefined && input.name !== space.name;
  if (rename) await assertSpaceNameFree(ctx, space.venue.id, input.name as string);
  if (rename) space.name = input.name as string;
  if (input.kind !== undefined) space.kind = input.kind;
  if (input.capacity !== undefined) space.capacity = input.capacity ?? undefined;
  if (input.bookable !== undefined) space.bookable = input.bookable;
  if (input.description !== undefined) space.description = input.description ?? undefined;
  if (input.amenities !== undefined) space.amenities = unique(input.amenities);
  assertBookable(space);
  await ctx.em.flush();
  return space;
}
