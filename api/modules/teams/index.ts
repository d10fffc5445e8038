import { registerNode } from '../../core/graphql/node-registry';
import { findInScope } from '../organisation/organisation.service';
import { Team } from './team.entity';
import { TeamMember } from './team-member.entity';
import { TeamEvent } from './team-event.entity';
import { PersonSkill } from './person-skill.entity';
import { TeamResolver } from './team.resolver';
import { TeamMemberResolver } from './team-member.resolver';
import { PersonSkillResolver, PersonSkillsResolver } from './person-skill.resolver';
import { SKILL_READERS, TEAM_READERS } from './team.policy';

export { PersonSkill, Team, TeamEvent, TeamMember };
export { Skill } from './person-skill.entity';
export { TeamEventKind } from './team-event.entity';
export { TeamMemberRole } from './team-member.entity';
export { TeamKind, TeamTheme } from './team.entity';
export * from './team.loaders';

export const teamEntities = [Team, TeamMember, TeamEvent, PersonSkill];
export const teamResolvers = [TeamResolver, TeamMemberResolver, PersonSkillsResolver, PersonSkillResolver];

// node(id:) refetches within the caller's scope, like the types' own queries.
registerNode('Team', { readers: TEAM_READERS, load: (ctx, id) => findInScope(ctx, Team, id) });
registerNode('TeamMember', { readers: TEAM_READERS, load: (ctx, id) => findInScope(ctx, TeamMember, id) });
registerNode('TeamEvent', { readers: TEAM_READERS, load: (ctx, id) => findInScope(ctx, TeamEvent, id) });
registerNode('PersonSkill', { readers: SKILL_READERS, load: (ctx, id) => findInScope(ctx, PersonSkill, id) });
