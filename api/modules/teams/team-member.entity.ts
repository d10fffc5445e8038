import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { Person } from '../organisation/person.entity';
import { Team } from './team.entity';

export enum TeamMemberRole {
  LEADER = 'LEADER',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
}
registerEnumType(TeamMemberRole, {
  name: 'TeamMemberRole',
  description: 'The role of a member in a team.',
  valuesConfig: {
    LEADER: { description: 'Team leader (队长).' },
    DEPUTY: { description: 'Deputy leader (副队长).' },
    MEMBER: { description: 'Member (队员).' },
  },
});

/**
 * One period of a person's membership of a team, of the team's own tenant. A person may rejoin
 * (a new row), but two periods of the same person in the same team never overlap: the service
 * checks under a lock on the team row, and a trigger checks again under the same lock.
 * A period runs from `joinedOn` up to the day before `leftOn` (the day the member left).
 */
@ObjectType('TeamMember', {
  implements: Node,
  description: 'A period of membership of a person in a team (队员).',
})
@Entity({ tableName: 'team_member' })
export class TeamMember extends TenantOwnedEntity<'leftOn'> {
  @ManyToOne(() => Team, { ref: true, index: true })
  team!: Ref<Team>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Field(() => TeamMemberRole, { description: 'Role in the team (队长/副队长/队员).' })
  @Enum({ items: () => TeamMemberRole, nativeEnumName: 'team_member_role' })
  role!: TeamMemberRole;

  @Field(() => LocalDate, { description: 'Day the person joined (入队日期).' })
  @Property({ type: 'date' })
  joinedOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Day the person left (离队日期): no longer a member from that day; null while active.',
  })
  @Property({ type: 'date', nullable: true })
  leftOn?: string;
}
