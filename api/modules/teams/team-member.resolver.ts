import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { Person } from '../organisation/person.entity';
import { personById } from '../organisation/organisation.loaders';
import { Team } from './team.entity';
import { TeamMember } from './team-member.entity';
import { TeamMemberAddInput, TeamMemberLeaveInput } from './team.inputs';
import { teamById } from './team.loaders';
import { MEMBER_MANAGERS } from './team.policy';
import { teamMemberAdd, teamMemberLeave } from './team-member.service';
import { TeamMemberAddPayload, TeamMemberLeavePayload } from './team.types';

@Resolver(() => TeamMember)
export class TeamMemberResolver {
  @Authorized(MEMBER_MANAGERS)
  @Mutation(() => TeamMemberAddPayload, {
    description:
      "A person joins a team (its own leader, or an admin of its street or community); CONFLICT when the period overlaps one of the person's memberships of that team.",
  })
  async teamMemberAdd(
    @Arg('input', () => TeamMemberAddInput, { description: 'Team, person, role and dates.' })
    input: TeamMemberAddInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamMemberAddPayload> {
    return { teamMember: await teamMemberAdd(ctx, input) };
  }

  @Authorized(MEMBER_MANAGERS)
  @Mutation(() => TeamMemberLeavePayload, {
    description: 'A member leaves the team; INVALID_TRANSITION when the membership has already ended.',
  })
  async teamMemberLeave(
    @Arg('input', () => TeamMemberLeaveInput, { description: 'The membership and the day left.' })
    input: TeamMemberLeaveInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamMemberLeavePayload> {
    return { teamMember: await teamMemberLeave(ctx, input) };
  }

  @FieldResolver(() => Team, { description: 'The team.' })
  async team(@Root() member: TeamMember, @Ctx() ctx: RequestContext): Promise<Team> {
    const team = await ctx.loaders.get(teamById).load(member.team.id);
    if (!team) throw notFound('Team', member.team.id);
    return team;
  }

  @FieldResolver(() => Person, { description: 'The member (masked unless revealed).' })
  async person(@Root() member: TeamMember, @Ctx() ctx: RequestContext): Promise<Person> {
    const person = await ctx.loaders.get(personById).load(member.person.id);
    if (!person) throw notFound('Person', member.person.id);
    return person;
  }
}
