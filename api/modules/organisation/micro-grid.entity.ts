import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { Grid } from './grid.entity';
import { Person } from './person.entity';

export enum MicroGridKind {
  COMPOUND = 'COMPOUND',
  BUILDING = 'BUILDING',
}
registerEnumType(MicroGridKind, {
  name: 'MicroGridKind',
  description: 'What a micro-grid covers.',
  valuesConfig: {
    COMPOUND: { description: 'One building compound (楼院/小区).' },
    BUILDING: { description: 'One building (楼栋).' },
  },
});

/** A micro-grid (微网格): one compound or one building inside a grid, with its leader (微网格长). */
@ObjectType('MicroGrid', {
  implements: Node,
  description: 'A micro-grid (微网格): one compound or building.',
})
@Entity({ tableName: 'micro_grid' })
@Unique({ properties: ['tenant', 'code'] })
export class MicroGrid extends TenantOwnedEntity<'leader'> {
  @ManyToOne(() => Grid, { ref: true, index: true, deleteRule: 'cascade' })
  grid!: Ref<Grid>;

  @Field(() => String, { description: 'Code unique within the community, e.g. G01-M01.' })
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 嵩山路1号.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => MicroGridKind, { description: 'Compound or building.' })
  @Enum({ items: () => MicroGridKind, nativeEnumName: 'micro_grid_kind' })
  kind!: MicroGridKind;

  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  leader?: Ref<Person>;
}
