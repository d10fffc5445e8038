import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { Team } from './team.entity';

export enum TeamEventKind {
  FOUNDED = 'FOUNDED',
  KIND_CHANGED = 'KIND_CHANGED',
  RENAMED = 'RENAMED',
  LEADER_CHANGED = 'LEADER_CHANGED',
}
registerEnumType(TeamEventKind, {
  name: 'TeamEventKind',
  description: 'What happened to a team.',
  valuesConfig: {
    FOUNDED: { description: 'The team was founded (成立); toValue is its kind.' },
    KIND_CHANGED: {
      description: 'The team changed kind (转型), e.g. a volunteer team becoming a social enterprise.',
    },
    RENAMED: { description: 'The team was renamed (更名); fromValue and toValue are the names.' },
    LEADER_CHANGED: {
      description: 'The leader changed (队长变更); fromValue and toValue are global ids of the people.',
    },
  },
});

/**
 * A change in a team's history. Append-only (the API role may only insert and read it), so the
 * history of 巧厨娘 becoming the canteen's social enterprise cannot be edited away.
 */
@ObjectType('TeamEvent', { implements: Node, description: 'An event in the history of a team (队伍大事记).' })
@Entity({ tableName: 'team_event' })
@Index({ properties: ['team', 'occurredOn'] })
export class TeamEvent extends TenantOwnedEntity<'fromValue' | 'toValue' | 'note'> {
  @ManyToOne(() => Team, { ref: true, index: true })
  team!: Ref<Team>;

  @Field(() => TeamEventKind, { description: 'What happened.' })
  @Enum({ items: () => TeamEventKind, nativeEnumName: 'team_event_kind' })
  kind!: TeamEventKind;

  @Field(() => String, { nullable: true, description: 'The value before (a kind, a name, a person id).' })
  @Property({ type: 'string', length: 200, nullable: true })
  fromValue?: string;

  @Field(() => String, { nullable: true, description: 'The value after (a kind, a name, a person id).' })
  @Property({ type: 'string', length: 200, nullable: true })
  toValue?: string;

  @Field(() => LocalDate, { description: 'Day it happened (发生日期).' })
  @Property({ type: 'date' })
  occurredOn!: string;

  @Field(() => String, { nullable: true, description: 'Why or how (说明).' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => String, { description: 'API_KEY or USER: who recorded the event.' })
  @Property({ type: 'string', length: 16 })
  actorKind!: string;

  /** Id of the key or user account that recorded it (like audit records). */
  @Property({ type: 'uuid' })
  actorId!: string;

  @Field(() => String, { description: 'Name of the key or user who recorded the event.' })
  @Property({ type: 'string', length: 200 })
  actorName!: string;
}
