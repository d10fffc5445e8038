import { Migration } from '@mikro-orm/migrations';

/** The tenant-owned tables of this migration, in creation order (RLS below, drops in reverse). */
const TABLES = [
  'household_visit',
  'visit_finding',
  'care_settings',
  'care_subject',
  'care_check_in',
  'care_alert',
  'care_alert_event',
];

/** The job queues of the daily greeting (api/modules/care/care.jobs.ts). */
const QUEUES = ['care-missed-check-in', 'care-alert-escalation', 'care-sweep'];

/**
 * Care rounds (issue 6): household visits (入户走访) with their findings, which link to a case
 * (governance_case, Migration20261124020002) and to a household file; the daily greeting
 * (每日一问候): community settings, enrolled people, check-ins, alerts (one per person and day)
 * and their append-only history; and the pg-boss queues of the missed-check-in, escalation and
 * sweep jobs. Actor roles are text (they also hold SYSTEM, and the DEVICE value of "role" is
 * added in this same run). Written by hand in the generator's style (issue 6 runs several modules
 * at once).
 */
export class Migration20261124020003 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "visit_purpose" as enum ('ROUTINE', 'CARE', 'FOLLOW_UP', 'DISPUTE_CHECK', 'SAFETY_CHECK', 'POLICY', 'HOLIDAY', 'OTHER');`,
    );
    this.addSql(
      `create type "finding_kind" as enum ('NEED', 'HAZARD', 'DISPUTE', 'HEALTH', 'REQUEST', 'NO_ISSUE', 'OTHER');`,
    );
    this.addSql(`create type "check_in_channel" as enum ('DOORBELL', 'PHONE', 'VISIT');`);
    this.addSql(`create type "care_alert_status" as enum ('RAISED', 'ESCALATED', 'ACKNOWLEDGED', 'CLOSED');`);
    this.addSql(
      `create type "care_alert_outcome" as enum ('SAFE', 'NOT_HOME', 'NEEDED_HELP', 'HOSPITALISED', 'DECEASED', 'OTHER');`,
    );
    this.addSql(`create type "care_alert_action" as enum ('RAISE', 'ESCALATE', 'ACKNOWLEDGE', 'CLOSE');`);

    this.addSql(
      `create table "household_visit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "grid_id" uuid not null, "micro_grid_id" uuid not null, "household_id" uuid null, "resident_id" uuid null, "visitor_id" uuid not null, "visited_at" timestamptz not null, "purpose" "visit_purpose" not null, "address_note" varchar(200) null, "notes" text null, constraint "household_visit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_visit_updated_at_index" on "household_visit" ("updated_at");`);
    this.addSql(`create index "household_visit_tenant_id_index" on "household_visit" ("tenant_id");`);
    this.addSql(`create index "household_visit_grid_id_index" on "household_visit" ("grid_id");`);
    this.addSql(`create index "household_visit_micro_grid_id_index" on "household_visit" ("micro_grid_id");`);
    this.addSql(`create index "household_visit_household_id_index" on "household_visit" ("household_id");`);
    this.addSql(`create index "household_visit_resident_id_index" on "household_visit" ("resident_id");`);
    this.addSql(`create index "household_visit_visitor_id_index" on "household_visit" ("visitor_id");`);
    this.addSql(
      `create index "household_visit_tenant_id_created_at_id_index" on "household_visit" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "household_visit_tenant_id_visited_at_index" on "household_visit" ("tenant_id", "visited_at");`,
    );

    this.addSql(
      `create table "visit_finding" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "visit_id" uuid not null, "position" smallint not null default 0, "kind" "finding_kind" not null, "note" text not null, "household_id" uuid null, "case_id" uuid null, constraint "visit_finding_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "visit_finding_updated_at_index" on "visit_finding" ("updated_at");`);
    this.addSql(`create index "visit_finding_tenant_id_index" on "visit_finding" ("tenant_id");`);
    this.addSql(`create index "visit_finding_visit_id_index" on "visit_finding" ("visit_id");`);
    this.addSql(`create index "visit_finding_household_id_index" on "visit_finding" ("household_id");`);
    this.addSql(`create index "visit_finding_case_id_index" on "visit_finding" ("case_id");`);
    this.addSql(
      `create index "visit_finding_visit_id_created_at_index" on "visit_finding" ("visit_id", "created_at");`,
    );

    this.addSql(
      `create table "care_settings" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "default_check_in_by" varchar(5) not null default '10:00', "ack_window_minutes" int not null default 60, constraint "care_settings_pkey" primary key ("id"), constraint care_settings_ack_window_minutes_check check (ack_window_minutes >= 1 and ack_window_minutes <= 1440));`,
    );
    this.addSql(`create index "care_settings_updated_at_index" on "care_settings" ("updated_at");`);
    this.addSql(`create index "care_settings_tenant_id_index" on "care_settings" ("tenant_id");`);
    this.addSql(
      `alter table "care_settings" add constraint "care_settings_tenant_id_unique" unique ("tenant_id");`,
    );

    this.addSql(
      `create table "care_subject" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "person_id" uuid not null, "grid_id" uuid not null, "micro_grid_id" uuid not null, "household_id" uuid null, "responsible_worker_id" uuid not null, "check_in_by" varchar(5) not null, "ack_window_minutes" int null, "active_from" date not null, "active_until" date null, "next_due_day" date null, "note" text null, constraint "care_subject_pkey" primary key ("id"), constraint care_subject_ack_window_minutes_check check (ack_window_minutes is null or (ack_window_minutes >= 1 and ack_window_minutes <= 1440)), constraint care_subject_active_check check (active_until is null or active_until >= active_from));`,
    );
    this.addSql(`create index "care_subject_updated_at_index" on "care_subject" ("updated_at");`);
    this.addSql(`create index "care_subject_tenant_id_index" on "care_subject" ("tenant_id");`);
    this.addSql(`create index "care_subject_person_id_index" on "care_subject" ("person_id");`);
    this.addSql(`create index "care_subject_grid_id_index" on "care_subject" ("grid_id");`);
    this.addSql(`create index "care_subject_micro_grid_id_index" on "care_subject" ("micro_grid_id");`);
    this.addSql(`create index "care_subject_household_id_index" on "care_subject" ("household_id");`);
    this.addSql(
      `create index "care_subject_responsible_worker_id_index" on "care_subject" ("responsible_worker_id");`,
    );
    this.addSql(
      `create index "care_subject_tenant_id_created_at_id_index" on "care_subject" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_tenant_id_person_id_unique" unique ("tenant_id", "person_id");`,
    );

    this.addSql(
      `create table "care_check_in" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "subject_id" uuid not null, "day" date not null, "at" timestamptz not null, "channel" "check_in_channel" not null, "recorded_by_kind" varchar(16) not null, "recorded_by_id" uuid null, "recorded_by_name" varchar(200) not null, "recorded_by_role" varchar(32) not null, "note" text null, constraint "care_check_in_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "care_check_in_updated_at_index" on "care_check_in" ("updated_at");`);
    this.addSql(`create index "care_check_in_tenant_id_index" on "care_check_in" ("tenant_id");`);
    this.addSql(`create index "care_check_in_subject_id_index" on "care_check_in" ("subject_id");`);
    this.addSql(
      `create index "care_check_in_subject_id_day_index" on "care_check_in" ("subject_id", "day");`,
    );
    this.addSql(
      `create index "care_check_in_tenant_id_created_at_id_index" on "care_check_in" ("tenant_id", "created_at", "id");`,
    );

    this.addSql(
      `create table "care_alert" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "subject_id" uuid not null, "grid_id" uuid not null, "assigned_worker_id" uuid not null, "day" date not null, "raised_at" timestamptz not null, "escalate_at" timestamptz not null, "status" "care_alert_status" not null default 'RAISED', "escalated_at" timestamptz null, "acknowledged_at" timestamptz null, "acknowledged_by_name" varchar(200) null, "closed_at" timestamptz null, "closed_by_name" varchar(200) null, "outcome" "care_alert_outcome" null, "findings" text null, constraint "care_alert_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "care_alert_updated_at_index" on "care_alert" ("updated_at");`);
    this.addSql(`create index "care_alert_tenant_id_index" on "care_alert" ("tenant_id");`);
    this.addSql(`create index "care_alert_subject_id_index" on "care_alert" ("subject_id");`);
    this.addSql(`create index "care_alert_grid_id_index" on "care_alert" ("grid_id");`);
    this.addSql(`create index "care_alert_assigned_worker_id_index" on "care_alert" ("assigned_worker_id");`);
    this.addSql(
      `create index "care_alert_tenant_id_created_at_id_index" on "care_alert" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(`create index "care_alert_tenant_id_status_index" on "care_alert" ("tenant_id", "status");`);
    this.addSql(
      `alter table "care_alert" add constraint "care_alert_subject_id_day_unique" unique ("subject_id", "day");`,
    );

    this.addSql(
      `create table "care_alert_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "alert_id" uuid not null, "action" "care_alert_action" not null, "from_status" "care_alert_status" null, "to_status" "care_alert_status" not null, "note" text null, "actor_kind" varchar(16) not null, "actor_id" uuid null, "actor_name" varchar(200) not null, "actor_role" varchar(32) not null, "actor_person_id" uuid null, "occurred_at" timestamptz not null, constraint "care_alert_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "care_alert_event_updated_at_index" on "care_alert_event" ("updated_at");`);
    this.addSql(`create index "care_alert_event_tenant_id_index" on "care_alert_event" ("tenant_id");`);
    this.addSql(`create index "care_alert_event_alert_id_index" on "care_alert_event" ("alert_id");`);
    this.addSql(
      `create index "care_alert_event_actor_person_id_index" on "care_alert_event" ("actor_person_id");`,
    );
    this.addSql(
      `create index "care_alert_event_alert_id_occurred_at_index" on "care_alert_event" ("alert_id", "occurred_at");`,
    );

    this.addSql(
      `alter table "household_visit" add constraint "household_visit_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_micro_grid_id_foreign" foreign key ("micro_grid_id") references "micro_grid" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_household_id_foreign" foreign key ("household_id") references "household_file" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_resident_id_foreign" foreign key ("resident_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_visitor_id_foreign" foreign key ("visitor_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "visit_finding" add constraint "visit_finding_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "visit_finding" add constraint "visit_finding_visit_id_foreign" foreign key ("visit_id") references "household_visit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "visit_finding" add constraint "visit_finding_household_id_foreign" foreign key ("household_id") references "household_file" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "visit_finding" add constraint "visit_finding_case_id_foreign" foreign key ("case_id") references "governance_case" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "care_settings" add constraint "care_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_micro_grid_id_foreign" foreign key ("micro_grid_id") references "micro_grid" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_household_id_foreign" foreign key ("household_id") references "household_file" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_responsible_worker_id_foreign" foreign key ("responsible_worker_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "care_check_in" add constraint "care_check_in_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "care_check_in" add constraint "care_check_in_subject_id_foreign" foreign key ("subject_id") references "care_subject" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "care_alert" add constraint "care_alert_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "care_alert" add constraint "care_alert_subject_id_foreign" foreign key ("subject_id") references "care_subject" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "care_alert" add constraint "care_alert_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "care_alert" add constraint "care_alert_assigned_worker_id_foreign" foreign key ("assigned_worker_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "care_alert_event" add constraint "care_alert_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "care_alert_event" add constraint "care_alert_event_alert_id_foreign" foreign key ("alert_id") references "care_alert" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "care_alert_event" add constraint "care_alert_event_actor_person_id_foreign" foreign key ("actor_person_id") references "person" ("id") on update cascade on delete set null;`,
    );

    // Same-tenant references: every row points only at rows of its own community (a null
    // optional reference is not checked: MATCH SIMPLE). grid, micro_grid, person, household_file
    // and governance_case have their unique (tenant_id, id) from earlier migrations.
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_alert" add constraint "care_alert_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_same_tenant_grid" foreign key ("tenant_id", "grid_id") references "grid" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_same_tenant_micro_grid" foreign key ("tenant_id", "micro_grid_id") references "micro_grid" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_same_tenant_household" foreign key ("tenant_id", "household_id") references "household_file" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_same_tenant_resident" foreign key ("tenant_id", "resident_id") references "person" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "household_visit" add constraint "household_visit_same_tenant_visitor" foreign key ("tenant_id", "visitor_id") references "person" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "visit_finding" add constraint "visit_finding_same_tenant_visit" foreign key ("tenant_id", "visit_id") references "household_visit" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "visit_finding" add constraint "visit_finding_same_tenant_household" foreign key ("tenant_id", "household_id") references "household_file" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "visit_finding" add constraint "visit_finding_same_tenant_case" foreign key ("tenant_id", "case_id") references "governance_case" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_same_tenant_person" foreign key ("tenant_id", "person_id") references "person" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_same_tenant_grid" foreign key ("tenant_id", "grid_id") references "grid" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_same_tenant_micro_grid" foreign key ("tenant_id", "micro_grid_id") references "micro_grid" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_same_tenant_household" foreign key ("tenant_id", "household_id") references "household_file" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_subject" add constraint "care_subject_same_tenant_responsible_worker" foreign key ("tenant_id", "responsible_worker_id") references "person" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_check_in" add constraint "care_check_in_same_tenant_subject" foreign key ("tenant_id", "subject_id") references "care_subject" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_alert" add constraint "care_alert_same_tenant_subject" foreign key ("tenant_id", "subject_id") references "care_subject" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_alert" add constraint "care_alert_same_tenant_grid" foreign key ("tenant_id", "grid_id") references "grid" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_alert" add constraint "care_alert_same_tenant_assigned_worker" foreign key ("tenant_id", "assigned_worker_id") references "person" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_alert_event" add constraint "care_alert_event_same_tenant_alert" foreign key ("tenant_id", "alert_id") references "care_alert" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "care_alert_event" add constraint "care_alert_event_same_tenant_actor_person" foreign key ("tenant_id", "actor_person_id") references "person" ("tenant_id", "id");`,
    );

    // Row-level security (api/db/rls.ts, written out).
    for (const table of TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`drop policy if exists tenant_scope on "${table}";`);
      this.addSql(
        `create policy tenant_scope on "${table}" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
      );
    }

    // The queues (pg-boss schema from Migration20261123235001): retried with back-off if the
    // database is briefly unavailable; the handlers are idempotent.
    for (const queue of QUEUES) {
      this.addSql(
        `select pgboss.create_queue('${queue}', '{"policy":"standard","retryLimit":5,"retryDelay":30,"retryBackoff":true}');`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const queue of [...QUEUES].reverse()) this.addSql(`select pgboss.delete_queue('${queue}');`);
    for (const table of [...TABLES].reverse()) this.addSql(`drop table if exists "${table}" cascade;`);
    this.addSql(`drop type "care_alert_action";`);
    this.addSql(`drop type "care_alert_outcome";`);
    this.addSql(`drop type "care_alert_status";`);
    this.addSql(`drop type "check_in_channel";`);
    this.addSql(`drop type "finding_kind";`);
    this.addSql(`drop type "visit_purpose";`);
  }
}
