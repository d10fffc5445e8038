import { Migration } from '@mikro-orm/migrations';

/** The tenant-owned tables of this migration, in creation order (RLS below, drops in reverse). */
const TABLES = [
  'programme',
  'project',
  'sub_project',
  'sub_project_team',
  'sub_project_partner',
  'outcome_indicator',
  'indicator_measurement',
];

/**
 * Governance programmes, projects and sub-projects (治理项目 / 子项目) with supporting teams and
 * partners, schedules and outcome indicators. project → programme, sub_project → team and
 * sub_project_team → team are plain foreign keys: a community project may sit in its street's
 * programme and a community sub-project may use its street's teams (checked by the service).
 */
export class Migration20261123232003 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "project_status" as enum ('PLANNED', 'ACTIVE', 'SUSPENDED', 'COMPLETED');`);
    this.addSql(`create type "schedule_frequency" as enum ('WEEKLY', 'BIWEEKLY', 'MONTHLY');`);
    this.addSql(
      `create table "programme" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(200) not null, "description" text null, "status" "project_status" not null default 'ACTIVE', constraint "programme_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "programme_updated_at_index" on "programme" ("updated_at");`);
    this.addSql(`create index "programme_tenant_id_index" on "programme" ("tenant_id");`);
    this.addSql(
      `create index "programme_tenant_id_created_at_id_index" on "programme" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "programme" add constraint "programme_tenant_id_name_unique" unique ("tenant_id", "name");`,
    );
    this.addSql(
      `create table "project" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "programme_id" uuid not null, "name" varchar(200) not null, "description" text null, "status" "project_status" not null default 'ACTIVE', constraint "project_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "project_updated_at_index" on "project" ("updated_at");`);
    this.addSql(`create index "project_tenant_id_index" on "project" ("tenant_id");`);
    this.addSql(`create index "project_programme_id_index" on "project" ("programme_id");`);
    this.addSql(
      `create index "project_tenant_id_created_at_id_index" on "project" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "project" add constraint "project_programme_id_name_unique" unique ("programme_id", "name");`,
    );
    this.addSql(
      `create table "sub_project" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "project_id" uuid not null, "name" varchar(200) not null, "description" text null, "status" "project_status" not null default 'PLANNED', "starts_on" date null, "ends_on" date null, "lead_team_id" uuid null, "schedule_frequency" "schedule_frequency" null, "schedule_weekday" smallint null, "schedule_starts_on" date null, "schedule_ends_on" date null, "schedule_service_fields" text[] null, "schedule_volunteer_count" int null, constraint "sub_project_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sub_project_updated_at_index" on "sub_project" ("updated_at");`);
    this.addSql(`create index "sub_project_tenant_id_index" on "sub_project" ("tenant_id");`);
    this.addSql(`create index "sub_project_project_id_index" on "sub_project" ("project_id");`);
    this.addSql(`create index "sub_project_lead_team_id_index" on "sub_project" ("lead_team_id");`);
    this.addSql(
      `create index "sub_project_tenant_id_created_at_id_index" on "sub_project" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "sub_project" add constraint "sub_project_project_id_name_unique" unique ("project_id", "name");`,
    );
    this.addSql(
      `create table "sub_project_team" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "sub_project_id" uuid not null, "team_id" uuid not null, constraint "sub_project_team_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sub_project_team_updated_at_index" on "sub_project_team" ("updated_at");`);
    this.addSql(`create index "sub_project_team_tenant_id_index" on "sub_project_team" ("tenant_id");`);
    this.addSql(
      `create index "sub_project_team_sub_project_id_index" on "sub_project_team" ("sub_project_id");`,
    );
    this.addSql(`create index "sub_project_team_team_id_index" on "sub_project_team" ("team_id");`);
    this.addSql(
      `alter table "sub_project_team" add constraint "sub_project_team_sub_project_id_team_id_unique" unique ("sub_project_id", "team_id");`,
    );
    this.addSql(
      `create table "sub_project_partner" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "sub_project_id" uuid not null, "partnership_id" uuid not null, "contribution" text null, constraint "sub_project_partner_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "sub_project_partner_updated_at_index" on "sub_project_partner" ("updated_at");`,
    );
    this.addSql(`create index "sub_project_partner_tenant_id_index" on "sub_project_partner" ("tenant_id");`);
    this.addSql(
      `create index "sub_project_partner_sub_project_id_index" on "sub_project_partner" ("sub_project_id");`,
    );
    this.addSql(
      `create index "sub_project_partner_partnership_id_index" on "sub_project_partner" ("partnership_id");`,
    );
    this.addSql(
      `alter table "sub_project_partner" add constraint "sub_project_partner_sub_project_id_partnership_id_unique" unique ("sub_project_id", "partnership_id");`,
    );
    this.addSql(
      `create table "outcome_indicator" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "sub_project_id" uuid not null, "name" varchar(100) not null, "unit" varchar(20) not null, "target" int null, constraint "outcome_indicator_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "outcome_indicator_updated_at_index" on "outcome_indicator" ("updated_at");`);
    this.addSql(`create index "outcome_indicator_tenant_id_index" on "outcome_indicator" ("tenant_id");`);
    this.addSql(
      `create index "outcome_indicator_sub_project_id_index" on "outcome_indicator" ("sub_project_id");`,
    );
    this.addSql(
      `alter table "outcome_indicator" add constraint "outcome_indicator_sub_project_id_name_unique" unique ("sub_project_id", "name");`,
    );
    this.addSql(
      `create table "indicator_measurement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "indicator_id" uuid not null, "value" int not null, "measured_on" date not null, "note" text null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(100) not null, constraint "indicator_measurement_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "indicator_measurement_updated_at_index" on "indicator_measurement" ("updated_at");`,
    );
    this.addSql(
      `create index "indicator_measurement_tenant_id_index" on "indicator_measurement" ("tenant_id");`,
    );
    this.addSql(
      `create index "indicator_measurement_indicator_id_index" on "indicator_measurement" ("indicator_id");`,
    );
    this.addSql(
      `alter table "programme" add constraint "programme_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "project" add constraint "project_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "project" add constraint "project_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "sub_project" add constraint "sub_project_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "sub_project" add constraint "sub_project_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "sub_project" add constraint "sub_project_lead_team_id_foreign" foreign key ("lead_team_id") references "team" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "sub_project_team" add constraint "sub_project_team_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "sub_project_team" add constraint "sub_project_team_sub_project_id_foreign" foreign key ("sub_project_id") references "sub_project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "sub_project_team" add constraint "sub_project_team_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "sub_project_partner" add constraint "sub_project_partner_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "sub_project_partner" add constraint "sub_project_partner_sub_project_id_foreign" foreign key ("sub_project_id") references "sub_project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "sub_project_partner" add constraint "sub_project_partner_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "outcome_indicator" add constraint "outcome_indicator_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "outcome_indicator" add constraint "outcome_indicator_sub_project_id_foreign" foreign key ("sub_project_id") references "sub_project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "indicator_measurement" add constraint "indicator_measurement_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "indicator_measurement" add constraint "indicator_measurement_indicator_id_foreign" foreign key ("indicator_id") references "outcome_indicator" ("id") on update cascade;`,
    );

    // Same-tenant references: a row's parent within its project belongs to the same tenant.
    this.addSql(
      `alter table "project" add constraint "project_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "sub_project" add constraint "sub_project_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "outcome_indicator" add constraint "outcome_indicator_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "sub_project" add constraint "sub_project_same_tenant_project" foreign key ("tenant_id", "project_id") references "project" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "sub_project_team" add constraint "sub_project_team_same_tenant_sub_project" foreign key ("tenant_id", "sub_project_id") references "sub_project" ("tenant_id", "id") on delete cascade;`,
    );
    this.addSql(
      `alter table "sub_project_partner" add constraint "sub_project_partner_same_tenant_sub_project" foreign key ("tenant_id", "sub_project_id") references "sub_project" ("tenant_id", "id") on delete cascade;`,
    );
    this.addSql(
      `alter table "outcome_indicator" add constraint "outcome_indicator_same_tenant_sub_project" foreign key ("tenant_id", "sub_project_id") references "sub_project" ("tenant_id", "id") on delete cascade;`,
    );
    this.addSql(
      `alter table "indicator_measurement" add constraint "indicator_measurement_same_tenant_indicator" foreign key ("tenant_id", "indicator_id") references "outcome_indicator" ("tenant_id", "id");`,
    );

    // partnership (tenant_id, id) is unique since Migration20261123232002 (partners).
    this.addSql(
      `alter table "sub_project_partner" add constraint "sub_project_partner_same_tenant_partnership" foreign key ("tenant_id", "partnership_id") references "partnership" ("tenant_id", "id");`,
    );

    // Row-level security (api/db/rls.ts, written out) on every new tenant-owned table.
    for (const table of TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`drop policy if exists tenant_scope on "${table}";`);
      this.addSql(
        `create policy tenant_scope on "${table}" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "indicator_measurement" cascade;`);
    this.addSql(`drop table if exists "outcome_indicator" cascade;`);
    this.addSql(`drop table if exists "sub_project_partner" cascade;`);
    this.addSql(`drop table if exists "sub_project_team" cascade;`);
    this.addSql(`drop table if exists "sub_project" cascade;`);
    this.addSql(`drop table if exists "project" cascade;`);
    this.addSql(`drop table if exists "programme" cascade;`);

    this.addSql(`drop type "schedule_frequency";`);
    this.addSql(`drop type "project_status";`);
  }
}
