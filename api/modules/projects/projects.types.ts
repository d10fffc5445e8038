import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { Programme } from './programme.entity';
import { Project } from './project.entity';
import { SubProject } from './sub-project.entity';
import { SubProjectPartner } from './sub-project-links.entity';
import { IndicatorMeasurement, OutcomeIndicator } from './indicator.entity';
import { ProjectStatus } from './project-status';
import { ScheduleFrequency } from './schedule';

@ObjectType('ProgrammeConnection', { description: 'A page of governance programmes (治理项目计划).' })
export class ProgrammeConnection extends Connection(Programme) {}

@ObjectType('ProjectConnection', { description: 'A page of projects (治理项目).' })
export class ProjectConnection extends Connection(Project) {}

@ObjectType('SubProjectConnection', { description: 'A page of sub-projects (子项目).' })
export class SubProjectConnection extends Connection(SubProject) {}

@ObjectType('SubProjectStatusCount', { description: 'How many sub-projects are in one state.' })
export class SubProjectStatusCount {
  @Field(() => ProjectStatus, { description: 'The state.' })
  status!: ProjectStatus;

  @Field(() => Int, { description: 'Sub-projects in that state (within your scope).' })
  count!: number;
}

@ObjectType('SubProjectSchedule', {
  description:
    'When a sub-project serves (服务安排): e.g. weekly on Saturdays, one service field per week in rotation.',
})
export class SubProjectSchedule {
  @Field(() => ScheduleFrequency, { description: 'How often.' })
  frequency!: ScheduleFrequency;

  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => LocalDate, { description: 'First day of the schedule.' })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the schedule; null if open.' })
  endsOn!: string | null;

  @Field(() => [String], { description: 'Service fields (服务领域) in rotation order.' })
  serviceFields!: string[];

  @Field(() => Int, { nullable: true, description: 'Fixed volunteers per occurrence (固定志愿者), e.g. 12.' })
  volunteerCount!: number | null;
}

@ObjectType('ServiceDate', {
  description: 'One date a sub-project serves, with the service field of that date.',
})
export class ServiceDate {
  @Field(() => LocalDate, { description: 'The date.' })
  date!: string;

  @Field(() => String, { description: 'The service field (服务领域) served that day.' })
  field!: string;
}

@ObjectType('ProgrammeCreatePayload', { description: 'Result of programmeCreate.' })
export class ProgrammeCreatePayload {
  @Field(() => Programme, { description: 'The new programme.' })
  programme!: Programme;
}

@ObjectType('ProjectCreatePayload', { description: 'Result of projectCreate.' })
export class ProjectCreatePayload {
  @Field(() => Project, { description: 'The new project.' })
  project!: Project;
}

@ObjectType('SubProjectPayload', {
  description: 'Result of a sub-project mutation: the sub-project as stored.',
})
export class SubProjectPayload {
  @Field(() => SubProject, { description: 'The sub-project as stored.' })
  subProject!: SubProject;
}

@ObjectType('SubProjectPartnerAddPayload', { description: 'Result of subProjectPartnerAdd.' })
export class SubProjectPartnerAddPayload {
  @Field(() => SubProjectPartner, { description: 'The new partner link.' })
  partner!: SubProjectPartner;
}

@ObjectType('OutcomeIndicatorAddPayload', { description: 'Result of outcomeIndicatorAdd.' })
export class OutcomeIndicatorAddPayload {
  @Field(() => OutcomeIndicator, { description: 'The new indicator.' })
  indicator!: OutcomeIndicator;
}

@ObjectType('IndicatorMeasurementRecordPayload', { description: 'Result of indicatorMeasurementRecord.' })
export class IndicatorMeasurementRecordPayload {
  @Field(() => IndicatorMeasurement, { description: 'The recorded measurement.' })
  measurement!: IndicatorMeasurement;
}
