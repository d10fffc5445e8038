import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { notFound } from '../../core/errors/domain-error';
import { pageSize } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { Person } from '../organisation/person.entity';
import { personById } from '../organisation/organisation.loaders';
import { chinaToday } from '../organisation/organisation.policy';
import { Team } from './team.entity';
import { TeamEvent } from './team-event.entity';
import { TeamMember } from './team-member.entity';
import {
  TeamChangeKindInput,
  TeamCreateInput,
  TeamListArgs,
  TeamMembersArgs,
  TeamUpdateInput,
} from './team.inputs';
import { eventsByTeamId, memberCountHistoryByTeamId, memberCounts, membersByTeamId } from './team.loaders';
import { TEAM_MANAGERS, TEAM_READERS } from './team.policy';
import { getTeam, listTeams, teamChangeKind, teamCreate, teamUpdate } from './team.service';
import {
  MemberCountPoint,
  TeamChangeKindPayload,
  TeamConnection,
  TeamCreatePayload,
  TeamUpdatePayload,
} from './team.types';

@Resolver(() => Team)
export class TeamResolver {
  @Authorized(TEAM_READERS)
  @Query(() => Team, {
    description: 'One team (志愿服务队) in your scope by global id; NOT_FOUND outside it.',
  })
  team(
    @Arg('id', () => ID, { description: 'Global id of the team.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getTeam(ctx, id);
  }

  @Authorized(TEAM_READERS)
  @Query(() => TeamConnection, {
    description:
      'Teams (志愿服务队) in your scope, each attributed to its owning street or community; oldest first.',
  })
  teams(@Args(() => TeamListArgs) args: TeamListArgs, @Ctx() ctx: RequestContext) {
    return listTeams(ctx, args);
  }

  @Authorized(TEAM_MANAGERS)
  @Mutation(() => TeamCreatePayload, {
    description:
      'Create a team owned by your street (street admin) or your community (community admin); records FOUNDED.',
  })
  async teamCreate(
    @Arg('input', () => TeamCreateInput, { description: 'The new team.' }) input: TeamCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamCreatePayload> {
    return { team: await teamCreate(ctx, input) };
  }

  @Authorized(TEAM_MANAGERS)
  @Mutation(() => TeamUpdatePayload, {
    description:
      'Change a team of your own street or community; a new name or leader is recorded as a team event.',
  })
  async teamUpdate(
    @Arg('input', () => TeamUpdateInput, { description: 'The team and its new values.' })
    input: TeamUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamUpdatePayload> {
    return { team: await teamUpdate(ctx, input) };
  }

  @Authorized(TEAM_MANAGERS)
  @Mutation(() => TeamChangeKindPayload, {
    description: 'A team of your own street or community changes kind (转型); recorded as KIND_CHANGED.',
  })
  async teamChangeKind(
    @Arg('input', () => TeamChangeKindInput, { description: 'The team, its new kind and when.' })
    input: TeamChangeKindInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamChangeKindPayload> {
    return teamChangeKind(ctx, input);
  }

  @FieldResolver(() => Tenant, { description: 'The street or community that owns the team.' })
  async tenant(@Root() team: Team, @Ctx() ctx: RequestContext): Promise<Tenant> {
    const tenant = await ctx.loaders.get(tenantById).load(team.tenant.id);
    if (!tenant) throw notFound('Tenant', team.tenant.id);
    return tenant;
  }

  @Authorized(TEAM_READERS)
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The team leader (队长), masked unless revealed.',
  })
  leader(@Root() team: Team, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return team.leader ? ctx.loaders.get(personById).load(team.leader.id) : null;
  }

  @Authorized(TEAM_READERS)
  @FieldResolver(() => [TeamMember], {
    description:
      'Members active on a day (default today), or every membership with includeFormer; by joining day.',
  })
  async members(
    @Root() team: Team,
    @Args(() => TeamMembersArgs) args: TeamMembersArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamMember[]> {
    const size = pageSize(args.first, ctx.config.limits);
    const on = args.includeFormer ? null : (args.activeOn ?? chinaToday());
    const members = await ctx.loaders.get(membersByTeamId).for(on).load(team.id);
    return members.slice(0, size);
  }

  @FieldResolver(() => Int, { description: 'Number of members active on a day (队员人数).' })
  memberCount(
    @Root() team: Team,
    @Arg('on', () => LocalDate, { nullable: true, description: 'The day (default: today, China time).' })
    on: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return ctx.loaders
      .get(memberCounts)
      .for(on ?? chinaToday())
      .load(team.id);
  }

  @FieldResolver(() => [MemberCountPoint], {
    description: 'How the member count changed: one point per day members joined or left, oldest first.',
  })
  memberCountHistory(@Root() team: Team, @Ctx() ctx: RequestContext): Promise<MemberCountPoint[]> {
    return ctx.loaders.get(memberCountHistoryByTeamId).load(team.id);
  }

  @FieldResolver(() => [TeamEvent], { description: 'The team’s history (大事记), in the order it happened.' })
  events(@Root() team: Team, @Ctx() ctx: RequestContext): Promise<TeamEvent[]> {
    return ctx.loaders.get(eventsByTeamId).load(team.id);
  }
}
