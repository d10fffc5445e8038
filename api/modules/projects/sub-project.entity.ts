import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { Team } from '../teams/team.entity';
import { ProjectStatus } from './project-status';
import { Project } from './project.entity';
import { ScheduleFrequency } from './schedule';

registerEnumType(ScheduleFrequency, {
  name: 'ScheduleFrequency',
  description: 'How often a sub-project serves (服务频次).',
  valuesConfig: {
    WEEKLY: { description: 'Every week on the weekday (每周).' },
    BIWEEKLY: { description: 'Every other week on the weekday, from the first date (隔周).' },
    MONTHLY: { description: 'The first such weekday of each month (每月).' },
  },
});

type Defaults =
  | 'description'
  | 'status'
  | 'startsOn'
  | 'endsOn'
  | 'leadTeam'
  | 'scheduleFrequency'
  | 'scheduleWeekday'
  | 'scheduleStartsOn'
  | 'scheduleEndsOn'
  | 'scheduleServiceFields'
  | 'scheduleVolunteerCount';

/**
 * A sub-project (子项目) of a project, owned by the project's tenant (a same-tenant foreign key):
 * 义服务, 乐课堂, 享绿意, 移动之家. Its schedule is kept in columns of its own row (a sub-project
 * has at most one), exposed as `schedule`; null frequency means no schedule.
 */
@ObjectType('SubProject', {
  implements: Node,
  description:
    'A sub-project (子项目) of a project, e.g. 移动之家, with its lead team, schedule and outcomes.',
})
@Entity({ tableName: 'sub_project' })
@Unique({ properties: ['project', 'name'] })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class SubProject extends TenantOwnedEntity<Defaults> {
  @ManyToOne(() => Project, { ref: true, index: true })
  project!: Ref<Project>;

  @Field(() => String, { description: 'Name, unique within its project, e.g. 移动之家.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the sub-project does (简介).' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => ProjectStatus, {
    description: 'State (PLANNED → ACTIVE ⇄ SUSPENDED → COMPLETED); changed with subProjectUpdate.',
  })
  @Enum({ items: () => ProjectStatus, nativeEnumName: 'project_status' })
  status: ProjectStatus = ProjectStatus.PLANNED;

  @Field(() => LocalDate, { nullable: true, description: 'First day (开始日期); null if open.' })
  @Property({ type: 'date', nullable: true })
  startsOn?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day (结束日期), not before startsOn; null if open.',
  })
  @Property({ type: 'date', nullable: true })
  endsOn?: string;

  /** The lead team (牵头队伍): of the same tenant, or for a community sub-project a team of its street. */
  @ManyToOne(() => Team, { ref: true, nullable: true, index: true })
  leadTeam?: Ref<Team>;

  @Enum({ items: () => ScheduleFrequency, nativeEnumName: 'schedule_frequency', nullable: true })
  scheduleFrequency?: ScheduleFrequency;

  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  @Property({ type: 'smallint', nullable: true })
  scheduleWeekday?: number;

  @Property({ type: 'date', nullable: true })
  scheduleStartsOn?: string;

  @Property({ type: 'date', nullable: true })
  scheduleEndsOn?: string;

  /** Service fields (服务领域) in rotation order. */
  @Property({ type: 'text[]', nullable: true })
  scheduleServiceFields?: string[];

  /** Fixed volunteers (固定志愿者) serving each occurrence. */
  @Property({ type: 'integer', nullable: true })
  scheduleVolunteerCount?: number;
}
