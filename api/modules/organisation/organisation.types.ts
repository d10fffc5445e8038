import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import { CommunityProfile } from './community-profile.entity';
import { Grid } from './grid.entity';
import { GridAssignment } from './grid-assignment.entity';
import { MicroGrid } from './micro-grid.entity';
import { Person } from './person.entity';

@ObjectType('GridConnection', { description: 'A page of grids (网格).' })
export class GridConnection extends Connection(Grid) {}

@ObjectType('PersonConnection', { description: 'A page of people; personal fields masked unless revealed.' })
export class PersonConnection extends Connection(Person) {}

@ObjectType('CommunityProfileUpdatePayload', { description: 'Result of communityProfileUpdate.' })
export class CommunityProfileUpdatePayload {
  @Field(() => CommunityProfile, { description: 'The profile as stored.' })
  profile!: CommunityProfile;
}

@ObjectType('GridCreatePayload', { description: 'Result of gridCreate.' })
export class GridCreatePayload {
  @Field(() => Grid, { description: 'The new grid.' })
  grid!: Grid;
}

@ObjectType('GridUpdatePayload', { description: 'Result of gridUpdate.' })
export class GridUpdatePayload {
  @Field(() => Grid, { description: 'The grid as stored.' })
  grid!: Grid;
}

@ObjectType('MicroGridCreatePayload', { description: 'Result of microGridCreate.' })
export class MicroGridCreatePayload {
  @Field(() => MicroGrid, { description: 'The new micro-grid.' })
  microGrid!: MicroGrid;
}

@ObjectType('PersonCreatePayload', { description: 'Result of personCreate.' })
export class PersonCreatePayload {
  @Field(() => Person, { description: 'The new person (masked unless the mutation states @reveal).' })
  person!: Person;
}

@ObjectType('PersonUpdatePayload', { description: 'Result of personUpdate.' })
export class PersonUpdatePayload {
  @Field(() => Person, { description: 'The person as stored (masked unless the mutation states @reveal).' })
  person!: Person;
}

@ObjectType('GridAssignmentCreatePayload', { description: 'Result of gridAssignmentCreate.' })
export class GridAssignmentCreatePayload {
  @Field(() => GridAssignment, { description: 'The new assignment.' })
  gridAssignment!: GridAssignment;
}

@ObjectType('GridAssignmentEndPayload', { description: 'Result of gridAssignmentEnd.' })
export class GridAssignmentEndPayload {
  @Field(() => GridAssignment, { description: 'The ended assignment.' })
  gridAssignment!: GridAssignment;
}
