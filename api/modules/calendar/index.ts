import { HolidayCalendar } from './holiday-calendar.entity';
import { HolidayCalendarResolver } from './calendar.resolver';

export { HolidayCalendar };
export {
  addWorkingDays,
  chinaDate,
  endOfChinaDay,
  workingDaysBetween,
  WorkingCalendar,
  type YearCalendar,
} from './working-days';
export { loadWorkingCalendar } from './calendar.service';

// Registered in api/db/entities.ts and api/app/schema.ts.
export const calendarEntities = [HolidayCalendar];
export const calendarResolvers = [HolidayCalendarResolver];
