import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { holidayCalendar, holidayCalendarSet } from './calendar.service';
import { HolidayCalendarSetInput, HolidayCalendarSetPayload, HolidayCalendarType } from './calendar.types';

/** The official holiday calendar (节假日安排): public data, set by the platform admin. */
@Resolver()
export class HolidayCalendarResolver {
  @Authorized()
  @Query(() => HolidayCalendarType, {
    description:
      'The official holiday calendar of a year (节假日安排). Any signed-in principal may read it. A year with no ' +
      'calendar published comes back with `published: false`: deadlines then count Monday–Friday.',
  })
  holidayCalendar(
    @Arg('year', () => Int, { description: 'The year, e.g. 2025.' }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return holidayCalendar(ctx, year);
  }

  @Authorized([Role.PLATFORM_ADMIN])
  @Mutation(() => HolidayCalendarSetPayload, {
    description:
      "Set (replace) a year's official calendar, e.g. next year's when the 国务院办公厅 notice is published each " +
      'November. Dates must lie in the year; swapped working days must be Saturdays or Sundays. PLATFORM_ADMIN only.',
  })
  async holidayCalendarSet(
    @Arg('input', () => HolidayCalendarSetInput, { description: 'The year’s calendar.' })
    input: HolidayCalendarSetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HolidayCalendarSetPayload> {
    return { holidayCalendar: await holidayCalendarSet(ctx, input) };
  }
}
