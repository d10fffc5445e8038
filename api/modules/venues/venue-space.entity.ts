import { Check, Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { Amenity, VenueSpaceKind } from './venue.enums';
import { Venue } from './venue.entity';

/**
 * A zone or room of a venue (the four zones of a safe-community station, the rooms of a culture
 * centre). Owned by the venue's tenant; bookable rooms are what bookings will reference.
 */
@ObjectType('VenueSpace', {
  implements: Node,
  description: 'A zone (功能区) or room (活动室) of a venue; bookable rooms can be reserved.',
})
@Entity({ tableName: 'venue_space' })
@Unique({ properties: ['venue', 'name'] })
@Check({ name: 'venue_space_capacity_check', expression: 'capacity is null or capacity > 0' })
export class VenueSpace extends TenantOwnedEntity<'capacity' | 'bookable' | 'description' | 'amenities'> {
  @ManyToOne(() => Venue, { ref: true, index: true, deleteRule: 'cascade' })
  venue!: Ref<Venue>;

  @Field(() => String, { description: 'Name, unique within the venue, e.g. 多功能活动室.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => VenueSpaceKind, { description: 'Zone or room.' })
  @Enum({ items: () => VenueSpaceKind, nativeEnumName: 'venue_space_kind' })
  kind!: VenueSpaceKind;

  @Field(() => Int, {
    nullable: true,
    description: 'How many people it holds (容纳人数); null if not stated.',
  })
  @Property({ type: 'integer', nullable: true })
  capacity?: number;

  @Field(() => Boolean, {
    description: 'Whether residents can book it (可预约); only rooms with a capacity.',
  })
  @Property({ type: 'boolean', default: false })
  bookable: boolean = false;

  @Field(() => String, { nullable: true, description: 'What happens here (简介).' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => [Amenity], { description: 'Amenities of this space, e.g. projector.' })
  @Enum({ items: () => Amenity, array: true, default: [] })
  amenities: Amenity[] = [];
}
