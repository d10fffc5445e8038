import { ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { fromGlobalId } from '../../core/graphql/global-id';
import { badInput, conflict, invalidTransition } from '../../core/errors/domain-error';
import { Person } from '../organisation/person.entity';
import { assertNotFuture, chinaToday } from '../organisation/organisation.policy';
import { loadInScope, loadReferenced } from '../organisation/organisation.service';
import { TeamMember, TeamMemberRole } from './team-member.entity';
import type { TeamMemberAddInput, TeamMemberLeaveInput } from './team.inputs';
import { assertCanManageMembers } from './team.policy';
import { lockTeamInScope } from './team.service';

/**
 * Adds a membership period. Periods of one person in one team must not overlap; the check runs
 * after locking the team row, so two concurrent adds for the same team are serialised and the
 * second sees the first (the database trigger team_member_no_overlap repeats the check).
 */
export async function teamMemberAdd(ctx: RequestContext, input: TeamMemberAddInput): Promise<TeamMember> {
  const team = await lockTeamInScope(ctx, fromGlobalId(input.teamId, 'Team', 'teamId'), input.teamId);
  assertCanManageMembers(ctx, team);
  const person = await loadReferenced(ctx, Person, input.personId, 'personId', team.tenant.id);
  const joinedOn = input.joinedOn ?? chinaToday();
  assertNotFuture('joinedOn', joinedOn);
  const leftOn = input.leftOn ?? undefined;
  assertNotFuture('leftOn', leftOn);
  if (leftOn && leftOn < joinedOn) {
    throw badInput('leftOn', `leftOn cannot be before joinedOn (${joinedOn}).`);
  }
  // Half-open periods [joinedOn, leftOn): rejoining on the day one left is not an overlap.
  const overlap: FilterQuery<TeamMember> = {
    team,
    person,
    $or: [{ leftOn: null }, { leftOn: { $gt: joinedOn } }],
  };
  if (leftOn) overlap.joinedOn = { $lt: leftOn };
  const overlapping = await ctx.em.count(TeamMember, overlap);
  if (overlapping > 0) {
    throw conflict('This person is already a member of this team during that period.');
  }
  const member = ctx.em.create(TeamMember, {
    tenant: team.tenant,
    team,
    person: ref(person),
    role: input.role ?? TeamMemberRole.MEMBER,
    joinedOn,
    leftOn,
  });
  await ctx.em.flush();
  return member;
}

export async function teamMemberLeave(ctx: RequestContext, input: TeamMemberLeaveInput): Promise<TeamMember> {
  const member = await loadInScope(ctx, TeamMember, input.id);
  const team = await lockTeamInScope(ctx, member.team.id, input.id);
  assertCanManageMembers(ctx, team);
  if (member.leftOn) throw invalidTransition('TeamMember', 'LEFT', 'leave');
  const leftOn = input.leftOn ?? chinaToday();
  assertNotFuture('leftOn', leftOn);
  if (leftOn < member.joinedOn) {
    throw badInput('leftOn', `leftOn cannot be before the day the member joined (${member.joinedOn}).`);
  }
  member.leftOn = leftOn;
  await ctx.em.flush();
  return member;
}
