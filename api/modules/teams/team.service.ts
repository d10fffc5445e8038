import { LockMode, ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId, toGlobalId } from '../../core/graphql/global-id';
import { badInput, conflict, notFound } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { Person } from '../organisation/person.entity';
import { assertNotFuture, chinaToday } from '../organisation/organisation.policy';
import { loadInScope, loadReferenced } from '../organisation/organisation.service';
import { Team } from './team.entity';
import { TeamEvent, TeamEventKind } from './team-event.entity';
import type { TeamChangeKindInput, TeamCreateInput, TeamListArgs, TeamUpdateInput } from './team.inputs';
import { assertCanManageTeam, ownTeamTenantId, principalOf } from './team.policy';

/** The tenant named by a `tenantId` filter: NOT_FOUND outside the caller's scope, like any node. */
function tenantFilter(ctx: RequestContext, tenantId: string | undefined): string | null {
  if (!tenantId) return null;
  const id = fromGlobalId(tenantId, 'Tenant', 'tenantId');
  if (!principalOf(ctx).tenantIds.includes(id)) throw notFound('Tenant', tenantId);
  return id;
}

export async function listTeams(ctx: RequestContext, args: TeamListArgs) {
  const where: FilterQuery<Team> = {};
  const tenant = tenantFilter(ctx, args.tenantId);
  if (tenant) where.tenant = tenant;
  if (args.kind) where.kind = args.kind;
  if (args.theme) where.theme = args.theme;
  return paginate(ctx.em, Team, where, args, ctx.config.limits);
}

export const getTeam = (ctx: RequestContext, globalId: string) => loadInScope(ctx, Team, globalId);

/**
 * The team row, locked until the request's transaction ends: changes to one team's members or
 * history are serialised, so a check made after the lock still holds at commit.
 */
export async function lockTeamInScope(ctx: RequestContext, teamId: string, globalId: string): Promise<Team> {
  const team = await ctx.em.findOne(
    Team,
    { id: teamId, tenant: { $in: principalOf(ctx).tenantIds } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!team) throw notFound('Team', globalId);
  return team;
}

/** Who recorded an event, as audit records name them. */
function actorOf(ctx: RequestContext) {
  const p = principalOf(ctx);
  return { actorKind: p.kind, actorId: p.id, actorName: p.name };
}

function recordEvent(
  ctx: RequestContext,
  team: Team,
  event: { kind: TeamEventKind; fromValue?: string; toValue?: string; occurredOn: string; note?: string },
): TeamEvent {
  return ctx.em.create(TeamEvent, { tenant: team.tenant, team, ...event, ...actorOf(ctx) });
}

async function assertNameFree(ctx: RequestContext, tenantId: string, name: string) {
  if ((await ctx.em.count(Team, { tenant: tenantId, name })) > 0) {
    throw conflict(`A team named "${name}" already exists there.`);
  }
}

const personGlobalId = (id: string | undefined) => (id ? toGlobalId('Person', id) : undefined);

export async function teamCreate(ctx: RequestContext, input: TeamCreateInput): Promise<Team> {
  const tenantId = ownTeamTenantId(ctx);
  assertNotFuture('foundedOn', input.foundedOn);
  const name = input.name.trim();
  const leader = input.leaderId
    ? await loadReferenced(ctx, Person, input.leaderId, 'leaderId', tenantId)
    : undefined;
  await assertNameFree(ctx, tenantId, name);
  const team = ctx.em.create(Team, {
    tenant: ref(Tenant, tenantId),
    name,
    kind: input.kind,
    theme: input.theme ?? undefined,
    foundedOn: input.foundedOn ?? undefined,
    description: input.description ?? undefined,
    leader,
  });
  recordEvent(ctx, team, {
    kind: TeamEventKind.FOUNDED,
    toValue: input.kind,
    occurredOn: input.foundedOn ?? chinaToday(),
  });
  await ctx.em.flush();
  return team;
}

export async function teamUpdate(ctx: RequestContext, input: TeamUpdateInput): Promise<Team> {
  const team = await loadInScope(ctx, Team, input.id);
  assertCanManageTeam(ctx, team);
  assertNotFuture('foundedOn', input.foundedOn);
  const today = chinaToday();
  const note = input.note ?? undefined;
  if (input.name !== undefined && input.name.trim() !== team.name) {
    const name = input.name.trim();
    await assertNameFree(ctx, team.tenant.id, name);
    recordEvent(ctx, team, {
      kind: TeamEventKind.RENAMED,
      fromValue: team.name,
      toValue: name,
      occurredOn: today,
      note,
    });
    team.name = name;
  }
  if (input.leaderId !== undefined) {
    const leader = input.leaderId
      ? await loadReferenced(ctx, Person, input.leaderId, 'leaderId', team.tenant.id)
      : undefined;
    if (leader?.id !== team.leader?.id) {
      recordEvent(ctx, team, {
        kind: TeamEventKind.LEADER_CHANGED,
        fromValue: personGlobalId(team.leader?.id),
        toValue: personGlobalId(leader?.id),
        occurredOn: today,
        note,
      });
      team.leader = leader ? ref(leader) : undefined;
    }
  }
  if (input.theme !== undefined) team.theme = input.theme ?? undefined;
  if (input.foundedOn !== undefined) team.foundedOn = input.foundedOn ?? undefined;
  if (input.description !== undefined) team.description = input.description ?? undefined;
  await ctx.em.flush();
  return team;
}

/**
 * A change of kind (巧厨娘 → social enterprise) is its own operation so that it is always
 * recorded with its date; the dates of a team's kind history must follow each other.
 */
export async function teamChangeKind(
  ctx: RequestContext,
  input: TeamChangeKindInput,
): Promise<{ team: Team; event: TeamEvent }> {
  const team = await lockTeamInScope(ctx, fromGlobalId(input.id, 'Team'), input.id);
  assertCanManageTeam(ctx, team);
  if (input.kind === team.kind) throw badInput('kind', `The team is already of kind ${team.kind}.`);
  const occurredOn = input.occurredOn ?? chinaToday();
  assertNotFuture('occurredOn', occurredOn);
  const last = await ctx.em.findOne(
    TeamEvent,
    { team, kind: TeamEventKind.KIND_CHANGED },
    { orderBy: { occurredOn: 'desc', createdAt: 'desc' } },
  );
  // The founding date when known (a team recorded without one gets a FOUNDED event dated the day
  // it was recorded, which says nothing about earlier changes of kind).
  const earliest = [team.foundedOn, last?.occurredOn]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  if (earliest && occurredOn < earliest) {
    throw badInput(
      'occurredOn',
      `occurredOn cannot be before ${earliest} (the team's founding or last change of kind).`,
    );
  }
  const event = recordEvent(ctx, team, {
    kind: TeamEventKind.KIND_CHANGED,
    fromValue: team.kind,
    toValue: input.kind,
    occurredOn,
    note: input.note ?? undefined,
  });
  team.kind = input.kind;
  await ctx.em.flush();
  return { team, event };
}
