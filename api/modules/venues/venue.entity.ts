import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { LocalDate } from '../../core/graphql/scalars';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Partnership } from '../partners/partnership.entity';
import { Team } from '../teams/team.entity';
import { Amenity, VenueKind } from './venue.enums';
import { OpeningHours } from './opening-hours';

/**
 * A venue (阵地) of a street or community: canteen, 雷锋超市, law house, rest station … Venues are
 * public: every principal in scope reads them. A closed venue keeps its row (and its spaces) as
 * history, with the date it closed.
 */
@ObjectType('Venue', {
  implements: Node,
  description: 'A venue (阵地) of a street or community: canteen, points supermarket, rest station, …',
})
@Entity({ tableName: 'venue' })
@Unique({ properties: ['tenant', 'name'] })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class Venue extends TenantOwnedEntity<
  | 'address'
  | 'description'
  | 'microGrid'
  | 'operatorTeam'
  | 'operatorPartnership'
  | 'amenities'
  | 'openingHours'
  | 'closedOn'
> {
  @Field(() => String, { description: 'Name, unique within its tenant, e.g. 绿云长者食堂.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => VenueKind, { description: 'What the venue is for (阵地类型).' })
  @Enum({ items: () => VenueKind, nativeEnumName: 'venue_kind' })
  kind!: VenueKind;

  @Field(() => String, { nullable: true, description: 'Address (地址), e.g. 嵩山路1号院东门.' })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string;

  @Field(() => String, { nullable: true, description: 'What the venue offers (简介).' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  /** The micro-grid (微网格) it stands in, of the same community. */
  @ManyToOne(() => MicroGrid, { ref: true, nullable: true, index: true })
  microGrid?: Ref<MicroGrid>;

  /** The team that runs it (e.g. 巧厨娘 runs the canteen), of the same tenant. */
  @ManyToOne(() => Team, { ref: true, nullable: true, index: true })
  operatorTeam?: Ref<Team>;

  /** The co-building partnership under which a partner unit runs it (e.g. a merchant), same tenant. */
  @ManyToOne(() => Partnership, { ref: true, nullable: true, index: true })
  operatorPartnership?: Ref<Partnership>;

  @Field(() => [Amenity], { description: 'Amenities offered (便民设施), e.g. heater and microwave.' })
  @Enum({ items: () => Amenity, array: true, default: [] })
  amenities: Amenity[] = [];

  @Field(() => OpeningHours, {
    nullable: true,
    description: 'Weekly opening hours (开放时间), China time; null when not recorded.',
  })
  @Property({ type: 'json', nullable: true })
  openingHours?: OpeningHours;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'First day the venue is closed for good (停用日期); null while it operates.',
  })
  @Property({ type: 'date', nullable: true })
  closedOn?: string;
}
