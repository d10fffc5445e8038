import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { Grid } from './grid.entity';
import { Person } from './person.entity';

export enum GridRole {
  GRID_LEADER = 'GRID_LEADER',
  GRID_WORKER = 'GRID_WORKER',
  GRID_STEWARD = 'GRID_STEWARD',
  MICRO_GRID_LEADER = 'MICRO_GRID_LEADER',
  PARTY_CADRE = 'PARTY_CADRE',
  VOLUNTEER = 'VOLUNTEER',
}
registerEnumType(GridRole, {
  name: 'GridRole',
  description: 'The role a person serves a grid in.',
  valuesConfig: {
    GRID_LEADER: { description: 'Grid leader (网格长).' },
    GRID_WORKER: { description: 'Grid worker (网格员).' },
    GRID_STEWARD: { description: 'Grid steward (网格管家).' },
    MICRO_GRID_LEADER: { description: 'Micro-grid leader (微网格长).' },
    PARTY_CADRE: { description: 'Party member cadre (党员干部).' },
    VOLUNTEER: { description: 'Volunteer (志愿者).' },
  },
});

/** A person serving a grid in a role, from a date; ended assignments are kept as history. */
@ObjectType('GridAssignment', {
  implements: Node,
  description: 'A person serving a grid in a role (网格人员).',
})
@Entity({ tableName: 'grid_assignment' })
export class GridAssignment extends TenantOwnedEntity<'endedOn'> {
  @ManyToOne(() => Grid, { ref: true, index: true, deleteRule: 'cascade' })
  grid!: Ref<Grid>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Field(() => GridRole, { description: 'Role in the grid.' })
  @Enum({ items: () => GridRole, nativeEnumName: 'grid_role' })
  role!: GridRole;

  @Field(() => LocalDate, { description: 'First day of service.' })
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of service; null while serving.' })
  @Property({ type: 'date', nullable: true })
  endedOn?: string;
}
