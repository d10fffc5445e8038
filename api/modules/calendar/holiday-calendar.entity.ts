import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';

/**
 * The official calendar of one year (国务院办公厅 节假日安排): days off and swapped working days.
 * A platform row (not tenant-owned): the same for every tenant, written only on the admin path.
 * The API role reads it through the security-definer function `holiday_calendar_years(int[])`
 * (migration 20261124020001), so it needs no table privilege of its own.
 */
@Entity({ tableName: 'holiday_calendar' })
export class HolidayCalendar extends BaseEntity<'source'> {
  @Unique()
  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'text[]' })
  daysOff!: string[];

  @Property({ type: 'text[]' })
  workingDays!: string[];

  @Property({ type: 'text', nullable: true })
  source?: string;
}
