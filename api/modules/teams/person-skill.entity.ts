import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { Person } from '../organisation/person.entity';

export enum Skill {
  LAWYER = 'LAWYER',
  RETIRED_TEACHER = 'RETIRED_TEACHER',
  STUDENT = 'STUDENT',
  BARBER = 'BARBER',
  PHYSIOTHERAPY = 'PHYSIOTHERAPY',
  HOUSEKEEPING = 'HOUSEKEEPING',
  CLINIC = 'CLINIC',
  COUNSELLING = 'COUNSELLING',
  REPAIR = 'REPAIR',
  COOKING = 'COOKING',
  ARTS = 'ARTS',
}
registerEnumType(Skill, {
  name: 'Skill',
  description: 'A skill a person offers as a volunteer (志愿者特长).',
  valuesConfig: {
    LAWYER: { description: 'Lawyer, legal advice (律师).' },
    RETIRED_TEACHER: { description: 'Retired teacher, tutoring (退休教师).' },
    STUDENT: { description: 'Student volunteer (学生).' },
    BARBER: { description: 'Haircuts (理发).' },
    PHYSIOTHERAPY: { description: 'Physiotherapy and massage (理疗).' },
    HOUSEKEEPING: { description: 'Housekeeping (家政).' },
    CLINIC: { description: 'Free clinics, doctors and nurses (义诊/医护).' },
    COUNSELLING: { description: 'Psychological counselling (心理咨询).' },
    REPAIR: { description: 'Household repairs: plumbing, wiring, appliances (水电维修).' },
    COOKING: { description: 'Cooking (烹饪), e.g. for a community canteen.' },
    ARTS: { description: 'Performing arts, calligraphy, painting (文艺).' },
  },
});

/** A skill of a person, of the person's own tenant; each skill at most once per person. */
@ObjectType('PersonSkill', { implements: Node, description: 'A skill of a person (特长).' })
@Entity({ tableName: 'person_skill' })
@Unique({ properties: ['person', 'skill'] })
export class PersonSkill extends TenantOwnedEntity<'note'> {
  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Field(() => Skill, { description: 'The skill.' })
  @Enum({ items: () => Skill, nativeEnumName: 'skill' })
  skill!: Skill;

  @Field(() => String, { nullable: true, description: 'Details (说明), e.g. 擅长婚姻家庭纠纷.' })
  @Property({ type: 'string', length: 200, nullable: true })
  note?: string;
}
