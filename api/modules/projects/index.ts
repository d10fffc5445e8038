import { registerNode } from '../../core/graphql/node-registry';
import { findInScope } from '../organisation/organisation.service';
import { Programme } from './programme.entity';
import { Project } from './project.entity';
import { SubProject } from './sub-project.entity';
import { SubProjectPartner, SubProjectTeam } from './sub-project-links.entity';
import { IndicatorMeasurement, OutcomeIndicator } from './indicator.entity';
import { ProgrammeResolver } from './programme.resolver';
import { ProjectResolver } from './project.resolver';
import { SubProjectResolver } from './sub-project.resolver';
import {
  IndicatorMeasurementResolver,
  OutcomeIndicatorResolver,
  SubProjectPartnerResolver,
} from './indicator.resolver';
import { PROJECT_READERS } from './projects.policy';

export {
  Programme,
  Project,
  SubProject,
  SubProjectTeam,
  SubProjectPartner,
  OutcomeIndicator,
  IndicatorMeasurement,
};
export { ProjectStatus } from './project-status';
export { ScheduleFrequency } from './schedule';
export * from './projects.loaders';

export const projectEntities = [
  Programme,
  Project,
  SubProject,
  SubProjectTeam,
  SubProjectPartner,
  OutcomeIndicator,
  IndicatorMeasurement,
];

export const projectResolvers = [
  ProgrammeResolver,
  ProjectResolver,
  SubProjectResolver,
  OutcomeIndicatorResolver,
  IndicatorMeasurementResolver,
  SubProjectPartnerResolver,
];

// node(id:) refetches within the caller's scope, like the types' own queries.
registerNode('Programme', { readers: PROJECT_READERS, load: (ctx, id) => findInScope(ctx, Programme, id) });
registerNode('Project', { readers: PROJECT_READERS, load: (ctx, id) => findInScope(ctx, Project, id) });
registerNode('SubProject', { readers: PROJECT_READERS, load: (ctx, id) => findInScope(ctx, SubProject, id) });
registerNode('OutcomeIndicator', {
  readers: PROJECT_READERS,
  load: (ctx, id) => findInScope(ctx, OutcomeIndicator, id),
});
