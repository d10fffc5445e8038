import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { Person } from '../organisation/person.entity';
import { Team } from './team.entity';
import { TeamEvent } from './team-event.entity';
import { TeamMember } from './team-member.entity';
import { PersonSkill } from './person-skill.entity';

@ObjectType('TeamConnection', { description: 'A page of teams (志愿服务队).' })
export class TeamConnection extends Connection(Team) {}

@ObjectType('MemberCountPoint', {
  description: 'The member count of a team from a day on (a day someone joined or left).',
})
export class MemberCountPoint {
  @Field(() => LocalDate, { description: 'The day the count changed.' })
  date!: string;

  @Field(() => Int, { description: 'Members from that day on, until the next point.' })
  count!: number;
}

@ObjectType('TeamCreatePayload', { description: 'Result of teamCreate.' })
export class TeamCreatePayload {
  @Field(() => Team, { description: 'The new team.' })
  team!: Team;
}

@ObjectType('TeamUpdatePayload', { description: 'Result of teamUpdate.' })
export class TeamUpdatePayload {
  @Field(() => Team, { description: 'The team as stored.' })
  team!: Team;
}

@ObjectType('TeamChangeKindPayload', { description: 'Result of teamChangeKind.' })
export class TeamChangeKindPayload {
  @Field(() => Team, { description: 'The team with its new kind.' })
  team!: Team;

  @Field(() => TeamEvent, { description: 'The KIND_CHANGED event recorded.' })
  event!: TeamEvent;
}

@ObjectType('TeamMemberAddPayload', { description: 'Result of teamMemberAdd.' })
export class TeamMemberAddPayload {
  @Field(() => TeamMember, { description: 'The new membership.' })
  teamMember!: TeamMember;
}

@ObjectType('TeamMemberLeavePayload', { description: 'Result of teamMemberLeave.' })
export class TeamMemberLeavePayload {
  @Field(() => TeamMember, { description: 'The membership, now with its leaving day.' })
  teamMember!: TeamMember;
}

@ObjectType('PersonSkillAddPayload', { description: 'Result of personSkillAdd.' })
export class PersonSkillAddPayload {
  @Field(() => PersonSkill, { description: 'The skill recorded.' })
  personSkill!: PersonSkill;

  @Field(() => Person, { description: 'The person (masked unless the mutation states @reveal).' })
  person!: Person;
}

@ObjectType('PersonSkillRemovePayload', { description: 'Result of personSkillRemove.' })
export class PersonSkillRemovePayload {
  @Field(() => Person, { description: 'The person (masked unless the mutation states @reveal).' })
  person!: Person;
}
