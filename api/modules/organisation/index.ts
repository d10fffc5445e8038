import { registerNode } from '../../core/graphql/node-registry';
import { CommunityProfile } from './community-profile.entity';
import { Grid } from './grid.entity';
import { GridAssignment } from './grid-assignment.entity';
import { MicroGrid } from './micro-grid.entity';
import { Person } from './person.entity';
import { GridResolver } from './grid.resolver';
import { MicroGridResolver } from './micro-grid.resolver';
import { GridAssignmentResolver } from './grid-assignment.resolver';
import { PersonResolver } from './person.resolver';
import { CommunityProfileResolver, TenantOrganisationResolver } from './community.resolver';
import { AuditSubjectResolver } from './audit-subject.resolver';
import { GRID_READERS, PEOPLE_READERS } from './organisation.policy';
import { findInScope } from './organisation.service';

export { CommunityProfile, Grid, GridAssignment, MicroGrid, Person };
export * from './organisation.loaders';

export const organisationResolvers = [
  GridResolver,
  MicroGridResolver,
  GridAssignmentResolver,
  PersonResolver,
  TenantOrganisationResolver,
  CommunityProfileResolver,
  AuditSubjectResolver,
];

// node(id:) refetches within the caller's scope, like the type's own queries.
registerNode('Grid', { readers: GRID_READERS, load: (ctx, id) => findInScope(ctx, Grid, id) });
registerNode('MicroGrid', { readers: GRID_READERS, load: (ctx, id) => findInScope(ctx, MicroGrid, id) });
registerNode('Person', { readers: PEOPLE_READERS, load: (ctx, id) => findInScope(ctx, Person, id) });
registerNode('GridAssignment', {
  readers: PEOPLE_READERS,
  load: (ctx, id) => findInScope(ctx, GridAssignment, id),
});
