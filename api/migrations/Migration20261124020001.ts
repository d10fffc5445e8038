import { Migration } from '@mikro-orm/migrations';
import { OFFICIAL_CALENDARS } from '../modules/calendar/official-calendars';

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
const textArray = (values: readonly string[]) => `array[${values.map(literal).join(', ')}]::text[]`;

/**
 * The official holiday calendar (节假日安排) per year: a platform table (the same for every
 * tenant, no tenant_id, no RLS), filled from api/modules/calendar/data/*.json. The API role gets
 * no privilege on the table (api/db/roles.ts grants platform tables only what is listed there);
 * it reads through `holiday_calendar_years`, a security-definer function that returns the rows
 * of the years asked for, and the admin path (the owner) writes. Dates are text YYYY-MM-DD, checked.
 */
export class Migration20261124020001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "holiday_calendar" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "year" smallint not null, "days_off" text[] not null, "working_days" text[] not null, "source" text null, constraint "holiday_calendar_pkey" primary key ("id"), constraint holiday_calendar_year_check check (year between 2000 and 2200));`,
    );
    this.addSql(`create index "holiday_calendar_updated_at_index" on "holiday_calendar" ("updated_at");`);
    this.addSql(
      `alter table "holiday_calendar" add constraint "holiday_calendar_year_unique" unique ("year");`,
    );
    this.addSql(`create or replace function holiday_calendar_years(years int[])
returns table (year smallint, days_off text[], working_days text[], source text, updated_at timestamptz)
language sql stable security definer set search_path = public as $$
  select c.year, c.days_off, c.working_days, c.source, c.updated_at from holiday_calendar c where c.year = any (years)
$$;`);
    for (const c of OFFICIAL_CALENDARS) {
      this.addSql(
        `insert into "holiday_calendar" ("id", "year", "days_off", "working_days", "source") values (gen_random_uuid(), ${c.year}, ${textArray(c.daysOff)}, ${textArray(c.workingDays)}, ${literal(c.source)});`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists holiday_calendar_years(int[]);`);
    this.addSql(`drop table if exists "holiday_calendar" cascade;`);
  }
}
