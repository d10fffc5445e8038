import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { LocalDate } from '../../core/graphql/scalars';

@ObjectType('HolidayCalendar', {
  description:
    'The official holiday calendar of one year (节假日安排, from the 国务院办公厅 notice): days off and swapped working days (调休). ' +
    'Case deadlines count working days on it. A year with no calendar published (`published: false`) counts Monday–Friday as working days.',
})
export class HolidayCalendarType {
  @Field(() => Int, { description: 'The year, e.g. 2025.' })
  year!: number;

  @Field(() => Boolean, {
    description:
      'Whether the official calendar of the year is known; if not, Monday–Friday are the working days.',
  })
  published!: boolean;

  @Field(() => [LocalDate], {
    description: 'Official days off (放假日期), in order; empty when not published.',
  })
  daysOff!: string[];

  @Field(() => [LocalDate], {
    description: 'Weekend days that are working days (调休上班日期), in order; empty when not published.',
  })
  workingDays!: string[];

  @Field(() => String, { nullable: true, description: 'Where it comes from, e.g. the notice’s title.' })
  source!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last set (null when not published).' })
  updatedAt!: Date | null;
}

@InputType('HolidayCalendarSetInput', { description: 'The official calendar of one year, as published.' })
export class HolidayCalendarSetInput {
  @Field(() => Int, { description: 'The year, 2000–2200.' })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year!: number;

  @Field(() => [LocalDate], {
    description:
      'Every official day off of the year (放假日期), weekend days inside a holiday included or not.',
  })
  @ArrayMaxSize(80)
  daysOff!: string[];

  @Field(() => [LocalDate], {
    description: 'Every Saturday or Sunday that is a working day (调休上班日期).',
  })
  @ArrayMaxSize(30)
  workingDays!: string[];

  @Field(() => String, { nullable: true, description: 'Where it comes from, e.g. 国办发明电〔2024〕12号.' })
  @IsOptional()
  @MaxLength(300)
  source?: string | null;
}

@ObjectType('HolidayCalendarSetPayload', { description: 'Result of holidayCalendarSet.' })
export class HolidayCalendarSetPayload {
  @Field(() => HolidayCalendarType, { description: 'The year’s calendar as stored.' })
  holidayCalendar!: HolidayCalendarType;
}
