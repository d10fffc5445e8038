import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { Grid } from '../organisation/grid.entity';
import { Person } from '../organisation/person.entity';
import { Venue } from '../venues/venue.entity';
import { MeetingKind, MeetingStatus } from './meeting.enums';

/**
 * A meeting of a community, or of a street for party-building joint meetings: a grid council,
 * a joint meeting or a consultation. Grid, venue and convener are rows of the meeting's own
 * tenant (same-tenant foreign keys). Its attendees, decisions and history hang off it.
 */
@ObjectType('Meeting', {
  implements: Node,
  description:
    'A meeting (会议): weekly grid council (网格议事会), party-building joint meeting (党建联席会议) or consultation (协商议事).',
})
@Entity({ tableName: 'meeting' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
@Index({ properties: ['tenant', 'kind', 'heldAt'] })
@Check({
  name: 'meeting_grid_council_grid_check',
  expression: `kind <> 'GRID_COUNCIL' or grid_id is not null`,
})
export class Meeting extends TenantOwnedEntity<
  'grid' | 'venue' | 'convener' | 'minutes' | 'minutesRecordedAt' | 'status' | 'cancelReason' | 'cancelledAt'
> {
  @Field(() => MeetingKind, { description: 'Kind of meeting (会议类型).' })
  @Enum({ items: () => MeetingKind, nativeEnumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field(() => String, { description: 'Title (会议名称), e.g. 第三网格第12周网格议事会.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Date, {
    description:
      'When the meeting is (or was) held (召开时间); set to the actual time when minutes are recorded.',
  })
  @Property({ type: 'datetime' })
  heldAt!: Date;

  /** The grid whose council it is (required for GRID_COUNCIL), or a grid a consultation concerns. */
  @ManyToOne(() => Grid, { ref: true, nullable: true, index: true })
  grid?: Ref<Grid>;

  /** Where it is held: a venue (阵地) of the same tenant, if recorded. */
  @ManyToOne(() => Venue, { ref: true, nullable: true, index: true })
  venue?: Ref<Venue>;

  /** Who convenes it (召集人): a person of the same tenant. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  convener?: Ref<Person>;

  @Field(() => String, { description: 'Topic and agenda (议题).' })
  @Property({ type: 'text' })
  agenda!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Minutes (会议纪要), recorded at or after the meeting; null while SCHEDULED. Names residents through links, not in the text.',
  })
  @Property({ type: 'text', nullable: true })
  minutes?: string;

  @Field(() => Date, { nullable: true, description: 'When the minutes were last recorded (纪要记录时间).' })
  @Property({ type: 'datetime', nullable: true })
  minutesRecordedAt?: Date;

  @Field(() => MeetingStatus, { description: 'SCHEDULED, HELD (minutes recorded) or CANCELLED.' })
  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  status: MeetingStatus = MeetingStatus.SCHEDULED;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled (取消原因).' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date;
}
