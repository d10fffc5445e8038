import { registerEnumType } from 'type-graphql';

/** Life cycle of a programme, project or sub-project (one enum for the three levels). */
export enum ProjectStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'State of a programme, project or sub-project (项目状态).',
  valuesConfig: {
    PLANNED: { description: 'Planned (筹备中): not started yet. Can become ACTIVE.' },
    ACTIVE: { description: 'Under way (进行中). Can become SUSPENDED or COMPLETED.' },
    SUSPENDED: { description: 'Paused (暂停). Can become ACTIVE again or COMPLETED.' },
    COMPLETED: { description: 'Finished (已完成): final, no further change of status.' },
  },
});

/**
 * Allowed status changes of a sub-project: state → next states. No I/O, unit-tested; setting
 * the current status again is a no-op, not a transition.
 */
export const STATUS_TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  [ProjectStatus.PLANNED]: [ProjectStatus.ACTIVE],
  [ProjectStatus.ACTIVE]: [ProjectStatus.SUSPENDED, ProjectStatus.COMPLETED],
  [ProjectStatus.SUSPENDED]: [ProjectStatus.ACTIVE, ProjectStatus.COMPLETED],
  [ProjectStatus.COMPLETED]: [],
};

export const canTransition = (from: ProjectStatus, to: ProjectStatus): boolean =>
  from === to || STATUS_TRANSITIONS[from].includes(to);
