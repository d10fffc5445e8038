import { Migration } from '@mikro-orm/migrations';

/**
 * Venues (阵地) and their zones and rooms. Opening hours are a validated jsonb value on the venue
 * (see api/modules/venues/opening-hours.ts for why not a child table).
 */
export class Migration20261123232004 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "venue_kind" as enum ('CANTEEN', 'POINTS_SUPERMARKET', 'LAW_HOUSE', 'SAFE_COMMUNITY_STATION', 'ELDERLY_DAY_CARE', 'REST_STATION', 'CULTURE_CENTRE', 'PARTY_SERVICE_CENTRE', 'OTHER');`,
    );
    this.addSql(`create type "venue_space_kind" as enum ('ZONE', 'ROOM');`);

    this.addSql(
      `create table "venue" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(100) not null, "kind" "venue_kind" not null, "address" varchar(200) null, "description" text null, "micro_grid_id" uuid null, "operator_team_id" uuid null, "operator_partnership_id" uuid null, "amenities" text[] not null default '{}', "opening_hours" jsonb null, "closed_on" date null, constraint "venue_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "venue_updated_at_index" on "venue" ("updated_at");`);
    this.addSql(`create index "venue_tenant_id_index" on "venue" ("tenant_id");`);
    this.addSql(`create index "venue_micro_grid_id_index" on "venue" ("micro_grid_id");`);
    this.addSql(`create index "venue_operator_team_id_index" on "venue" ("operator_team_id");`);
    this.addSql(`create index "venue_operator_partnership_id_index" on "venue" ("operator_partnership_id");`);
    this.addSql(
      `create index "venue_tenant_id_created_at_id_index" on "venue" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "venue" add constraint "venue_tenant_id_name_unique" unique ("tenant_id", "name");`,
    );

    this.addSql(
      `create table "venue_space" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "venue_id" uuid not null, "name" varchar(100) not null, "kind" "venue_space_kind" not null, "capacity" int null, "bookable" boolean not null default false, "description" text null, "amenities" text[] not null default '{}', constraint "venue_space_pkey" primary key ("id"), constraint venue_space_capacity_check check (capacity is null or capacity > 0));`,
    );
    this.addSql(`create index "venue_space_updated_at_index" on "venue_space" ("updated_at");`);
    this.addSql(`create index "venue_space_tenant_id_index" on "venue_space" ("tenant_id");`);
    this.addSql(`create index "venue_space_venue_id_index" on "venue_space" ("venue_id");`);
    this.addSql(
      `alter table "venue_space" add constraint "venue_space_venue_id_name_unique" unique ("venue_id", "name");`,
    );

    this.addSql(
      `alter table "venue" add constraint "venue_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "venue" add constraint "venue_micro_grid_id_foreign" foreign key ("micro_grid_id") references "micro_grid" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "venue" add constraint "venue_operator_team_id_foreign" foreign key ("operator_team_id") references "team" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "venue" add constraint "venue_operator_partnership_id_foreign" foreign key ("operator_partnership_id") references "partnership" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "venue_space" add constraint "venue_space_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "venue_space" add constraint "venue_space_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on update cascade on delete cascade;`,
    );

    // Same-tenant references. micro_grid and partnership may already have (tenant_id, id) unique
    // from another module's migration, hence the guards; team has it since its own migration.
    for (const table of ['micro_grid', 'partnership']) {
      this.addSql(`do $$ begin
  if not exists (select 1 from pg_constraint where conname = '${table}_tenant_id_id_unique') then
    alter table "${table}" add constraint "${table}_tenant_id_id_unique" unique ("tenant_id", "id");
  end if;
end $$;`);
    }
    this.addSql(`alter table "venue" add constraint "venue_tenant_id_id_unique" unique ("tenant_id", "id");`);
    this.addSql(
      `alter table "venue" add constraint "venue_same_tenant_micro_grid" foreign key ("tenant_id", "micro_grid_id") references "micro_grid" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "venue" add constraint "venue_same_tenant_operator_team" foreign key ("tenant_id", "operator_team_id") references "team" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "venue" add constraint "venue_same_tenant_operator_partnership" foreign key ("tenant_id", "operator_partnership_id") references "partnership" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "venue_space" add constraint "venue_space_same_tenant_venue" foreign key ("tenant_id", "venue_id") references "venue" ("tenant_id", "id") on delete cascade;`,
    );

    // Row-level security (api/db/rls.ts, written out).
    for (const table of ['venue', 'venue_space']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`drop policy if exists tenant_scope on "${table}";`);
      this.addSql(
        `create policy tenant_scope on "${table}" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "venue_space" cascade;`);
    this.addSql(`drop table if exists "venue" cascade;`);

    this.addSql(`drop type "venue_kind";`);
    this.addSql(`drop type "venue_space_kind";`);
  }
}
