import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { Person } from '../organisation/person.entity';

export enum TeamKind {
  VOLUNTEER = 'VOLUNTEER',
  WOMEN = 'WOMEN',
  PARTY_MEMBER = 'PARTY_MEMBER',
  YOUTH = 'YOUTH',
  MEDIATION = 'MEDIATION',
  MASS_SELF_ORGANISATION = 'MASS_SELF_ORGANISATION',
  SOCIAL_ENTERPRISE = 'SOCIAL_ENTERPRISE',
}
registerEnumType(TeamKind, {
  name: 'TeamKind',
  description: 'What kind of team (队伍类型).',
  valuesConfig: {
    VOLUNTEER: { description: 'Volunteer service team (志愿服务队).' },
    WOMEN: { description: "Women's team (巾帼志愿服务队)." },
    PARTY_MEMBER: { description: 'Party-member team (党员志愿服务队).' },
    YOUTH: { description: 'Youth team (青年志愿服务队).' },
    MEDIATION: { description: 'Mediation team (调解队), e.g. 调解千千结.' },
    MASS_SELF_ORGANISATION: { description: 'Mass self-organisation (群众自组织).' },
    SOCIAL_ENTERPRISE: {
      description: 'Social enterprise (社会企业), e.g. a team that now runs the canteen.',
    },
  },
});

/** 跃进街道's "五色一彩" theme colours; other streets leave the tag empty. */
export enum TeamTheme {
  PARTY_RED = 'PARTY_RED',
  WARM_ORANGE = 'WARM_ORANGE',
  ECO_GREEN = 'ECO_GREEN',
  GUARDIAN_BLUE = 'GUARDIAN_BLUE',
  ARTS_PURPLE = 'ARTS_PURPLE',
  BRILLIANT_COLOURS = 'BRILLIANT_COLOURS',
}
registerEnumType(TeamTheme, {
  name: 'TeamTheme',
  description: 'Theme tag of a team where a street uses one (跃进街道 "五色一彩").',
  valuesConfig: {
    PARTY_RED: { description: '党旗红: party building.' },
    WARM_ORANGE: { description: '暖心橙: care for the elderly and children.' },
    ECO_GREEN: { description: '生态绿: environment.' },
    GUARDIAN_BLUE: { description: '守护蓝: safety and patrols.' },
    ARTS_PURPLE: { description: '文艺紫: culture and performances.' },
    BRILLIANT_COLOURS: { description: '绚丽彩: everything else.' },
  },
});

/**
 * A volunteer team (志愿服务队) owned by a street or a community. Its kind may change (a team
 * becoming a social enterprise); such changes are recorded as team events, not lost in an edit.
 */
@ObjectType('Team', {
  implements: Node,
  description: 'A volunteer team (志愿服务队) of a street or community.',
})
@Entity({ tableName: 'team' })
@Unique({ properties: ['tenant', 'name'] })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class Team extends TenantOwnedEntity<'theme' | 'foundedOn' | 'description' | 'leader'> {
  @Field(() => String, { description: 'Name (队伍名称), unique within its tenant, e.g. 巧厨娘.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => TeamKind, { description: 'Kind of team (队伍类型).' })
  @Enum({ items: () => TeamKind, nativeEnumName: 'team_kind' })
  kind!: TeamKind;

  @Field(() => TeamTheme, { nullable: true, description: 'Theme tag (主题色) where the street uses one.' })
  @Enum({ items: () => TeamTheme, nativeEnumName: 'team_theme', nullable: true })
  theme?: TeamTheme;

  @Field(() => LocalDate, { nullable: true, description: 'Date founded (成立日期).' })
  @Property({ type: 'date', nullable: true })
  foundedOn?: string;

  @Field(() => String, { nullable: true, description: 'What the team does (简介).' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  /** The team leader (队长), a person of the owning tenant. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  leader?: Ref<Person>;
}
