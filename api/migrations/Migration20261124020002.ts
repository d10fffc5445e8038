import { Migration } from '@mikro-orm/migrations';

/** The tenant-owned tables of this migration, in creation order (RLS below, drops in reverse). */
const TABLES = [
  'governance_case',
  'case_event',
  'case_attachment',
  'case_mediation_session',
  'case_mediation_attendee',
  'case_deadline_policy',
];

/**
 * Cases (矛盾纠纷/诉求/隐患): the case, its append-only timeline, photos by reference, mediation
 * sessions with their attendees, and per-tenant time limits; plus the two job queues that escalate
 * a case whose level deadline passed. A case stays owned by its community at every level, so
 * its references to the grid, micro-grid, reporter and its own child rows are same-tenant keys.
 * An assigned person or team may be the street's (a case escalated to the street is handled by
 * street staff), so those two are plain keys checked by the service against the case's tenant
 * and its ancestors. Partner units are platform rows (plain keys). The actor role of an event is
 * text, not the "role" enum: it also holds SYSTEM, and values of "role" added in this run may not
 * be used here. Written by hand in the generator's style (issue 6 runs several modules at once).
 */
export class Migration20261124020002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "case_category" as enum ('WATER_PIPE_LEAK', 'NOISE', 'INHERITANCE', 'NEIGHBOUR_DISPUTE', 'FAMILY_DISPUTE', 'PARKING', 'ILLEGAL_CONSTRUCTION', 'COMMON_SPACE_OCCUPATION', 'PROPERTY_MANAGEMENT_DISPUTE', 'ENVIRONMENT', 'SAFETY_HAZARD', 'RESIDENT_REQUEST', 'PETITION');`,
    );
    this.addSql(`create type "case_level" as enum ('GRID', 'COMMUNITY', 'STREET', 'DISTRICT');`);
    this.addSql(
      `create type "case_status" as enum ('REPORTED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');`,
    );
    this.addSql(
      `create type "case_source" as enum ('RESIDENT', 'GRID_WORKER', 'MOBILE_PROBE', 'OPEN311', 'VISIT', 'MEETING', 'STAFF');`,
    );
    this.addSql(
      `create type "case_event_kind" as enum ('REPORTED', 'ACCEPTED', 'ASSIGNED', 'MEDIATION_SESSION', 'ESCALATED', 'RESOLVED', 'CLOSED', 'REOPENED', 'ATTACHMENT_ADDED');`,
    );
    this.addSql(`create type "case_assignee_kind" as enum ('PERSON', 'TEAM', 'PARTNER_UNIT');`);
    this.addSql(
      `create type "mediation_outcome" as enum ('AGREEMENT', 'PARTIAL', 'NO_AGREEMENT', 'ADJOURNED');`,
    );

    this.addSql(
      `create table "governance_case" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "category" "case_category" not null, "description" text not null, "source" "case_source" not null, "status" "case_status" not null, "level" "case_level" not null, "level_entry" smallint not null, "level_entered_at" timestamptz not null, "deadline_at" timestamptz not null, "grid_id" uuid null, "micro_grid_id" uuid null, "latitude" double precision null, "longitude" double precision null, "address" varchar(200) null, "reporter_name" varchar(100) null, "reporter_phone" varchar(20) null, "reporter_email" varchar(200) null, "reporter_person_id" uuid null, "reporter_principal_kind" varchar(16) null, "reporter_principal_id" uuid null, "origin_type" varchar(40) null, "origin_id" uuid null, "assignee_kind" "case_assignee_kind" null, "assignee_person_id" uuid null, "assignee_team_id" uuid null, "assignee_partner_unit_id" uuid null, "assigned_at" timestamptz null, "mediation_count" smallint not null default 0, "resolved_at" timestamptz null, "resolution_note" text null, "closed_at" timestamptz null, "satisfaction" smallint null, "petitioner_accepted" boolean null, constraint "governance_case_pkey" primary key ("id"), constraint governance_case_satisfaction_check check (satisfaction between 1 and 5), constraint governance_case_location_check check ((latitude is null) = (longitude is null) and (latitude is null or (latitude between -90 and 90 and longitude between -180 and 180))));`,
    );
    this.addSql(`create index "governance_case_updated_at_index" on "governance_case" ("updated_at");`);
    this.addSql(`create index "governance_case_tenant_id_index" on "governance_case" ("tenant_id");`);
    this.addSql(`create index "governance_case_grid_id_index" on "governance_case" ("grid_id");`);
    this.addSql(`create index "governance_case_micro_grid_id_index" on "governance_case" ("micro_grid_id");`);
    this.addSql(
      `create index "governance_case_reporter_person_id_index" on "governance_case" ("reporter_person_id");`,
    );
    this.addSql(
      `create index "governance_case_reporter_principal_id_index" on "governance_case" ("reporter_principal_id");`,
    );
    this.addSql(
      `create index "governance_case_assignee_person_id_index" on "governance_case" ("assignee_person_id");`,
    );
    this.addSql(
      `create index "governance_case_assignee_team_id_index" on "governance_case" ("assignee_team_id");`,
    );
    this.addSql(
      `create index "governance_case_assignee_partner_unit_id_index" on "governance_case" ("assignee_partner_unit_id");`,
    );
    this.addSql(
      `create index "governance_case_tenant_id_created_at_id_index" on "governance_case" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "governance_case_status_deadline_at_index" on "governance_case" ("status", "deadline_at");`,
    );
    this.addSql(
      `create index "governance_case_tenant_id_level_status_index" on "governance_case" ("tenant_id", "level", "status");`,
    );

    this.addSql(
      `create table "case_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "case_id" uuid not null, "kind" "case_event_kind" not null, "from_status" "case_status" null, "to_status" "case_status" not null, "from_level" "case_level" null, "to_level" "case_level" not null, "level_entry" smallint not null, "deadline_at" timestamptz null, "occurred_at" timestamptz not null, "note" text null, "details" jsonb null, "actor_kind" varchar(16) not null, "actor_id" uuid null, "actor_name" varchar(200) not null, "actor_role" varchar(32) not null, "actor_person_id" uuid null, constraint "case_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "case_event_updated_at_index" on "case_event" ("updated_at");`);
    this.addSql(`create index "case_event_tenant_id_index" on "case_event" ("tenant_id");`);
    this.addSql(`create index "case_event_case_id_index" on "case_event" ("case_id");`);
    this.addSql(
      `create index "case_event_case_id_occurred_at_index" on "case_event" ("case_id", "occurred_at");`,
    );

    this.addSql(
      `create table "case_attachment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "case_id" uuid not null, "reference" varchar(1000) not null, "content_type" varchar(40) not null, "size_bytes" int not null, constraint "case_attachment_pkey" primary key ("id"), constraint case_attachment_size_check check (size_bytes > 0 and size_bytes <= 10485760));`,
    );
    this.addSql(`create index "case_attachment_updated_at_index" on "case_attachment" ("updated_at");`);
    this.addSql(`create index "case_attachment_tenant_id_index" on "case_attachment" ("tenant_id");`);
    this.addSql(`create index "case_attachment_case_id_index" on "case_attachment" ("case_id");`);
    this.addSql(
      `create index "case_attachment_case_id_created_at_index" on "case_attachment" ("case_id", "created_at");`,
    );

    this.addSql(
      `create table "case_mediation_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "case_id" uuid not null, "sequence" smallint not null, "held_at" timestamptz not null, "outcome" "mediation_outcome" not null, "note" text null, constraint "case_mediation_session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "case_mediation_session_updated_at_index" on "case_mediation_session" ("updated_at");`,
    );
    this.addSql(
      `create index "case_mediation_session_tenant_id_index" on "case_mediation_session" ("tenant_id");`,
    );
    this.addSql(
      `create index "case_mediation_session_case_id_index" on "case_mediation_session" ("case_id");`,
    );
    this.addSql(
      `create index "case_mediation_session_case_id_held_at_index" on "case_mediation_session" ("case_id", "held_at");`,
    );
    this.addSql(
      `alter table "case_mediation_session" add constraint "case_mediation_session_case_id_sequence_unique" unique ("case_id", "sequence");`,
    );

    this.addSql(
      `create table "case_mediation_attendee" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "session_id" uuid not null, "person_id" uuid null, "partner_unit_id" uuid null, constraint "case_mediation_attendee_pkey" primary key ("id"), constraint case_mediation_attendee_one_check check ((person_id is null) <> (partner_unit_id is null)));`,
    );
    this.addSql(
      `create index "case_mediation_attendee_updated_at_index" on "case_mediation_attendee" ("updated_at");`,
    );
    this.addSql(
      `create index "case_mediation_attendee_tenant_id_index" on "case_mediation_attendee" ("tenant_id");`,
    );
    this.addSql(
      `create index "case_mediation_attendee_session_id_index" on "case_mediation_attendee" ("session_id");`,
    );
    this.addSql(
      `create index "case_mediation_attendee_person_id_index" on "case_mediation_attendee" ("person_id");`,
    );
    this.addSql(
      `create index "case_mediation_attendee_partner_unit_id_index" on "case_mediation_attendee" ("partner_unit_id");`,
    );

    this.addSql(
      `create table "case_deadline_policy" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "level" "case_level" not null, "category" "case_category" null, "working_days" smallint not null, constraint "case_deadline_policy_pkey" primary key ("id"), constraint case_deadline_policy_days_check check (working_days between 1 and 120));`,
    );
    this.addSql(
      `create index "case_deadline_policy_updated_at_index" on "case_deadline_policy" ("updated_at");`,
    );
    this.addSql(
      `create index "case_deadline_policy_tenant_id_index" on "case_deadline_policy" ("tenant_id");`,
    );
    // NULLS NOT DISTINCT (PostgreSQL 15): one "every category" limit per tenant and level too.
    this.addSql(
      `alter table "case_deadline_policy" add constraint "case_deadline_policy_tenant_id_level_category_unique" unique nulls not distinct ("tenant_id", "level", "category");`,
    );

    const tenantFk = (table: string) =>
      this.addSql(
        `alter table "${table}" add constraint "${table}_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
      );
    const fk = (table: string, column: string, parent: string, rule = '') =>
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${parent}" ("id") on update cascade${rule};`,
      );
    tenantFk('governance_case');
    fk('governance_case', 'grid_id', 'grid', ' on delete set null');
    fk('governance_case', 'micro_grid_id', 'micro_grid', ' on delete set null');
    fk('governance_case', 'reporter_person_id', 'person', ' on delete set null');
    fk('governance_case', 'assignee_person_id', 'person', ' on delete set null');
    fk('governance_case', 'assignee_team_id', 'team', ' on delete set null');
    fk('governance_case', 'assignee_partner_unit_id', 'partner_unit', ' on delete set null');
    tenantFk('case_event');
    fk('case_event', 'case_id', 'governance_case');
    tenantFk('case_attachment');
    fk('case_attachment', 'case_id', 'governance_case');
    tenantFk('case_mediation_session');
    fk('case_mediation_session', 'case_id', 'governance_case');
    tenantFk('case_mediation_attendee');
    fk('case_mediation_attendee', 'session_id', 'case_mediation_session', ' on delete cascade');
    fk('case_mediation_attendee', 'person_id', 'person', ' on delete set null');
    fk('case_mediation_attendee', 'partner_unit_id', 'partner_unit', ' on delete set null');
    tenantFk('case_deadline_policy');

    // Same-tenant references (hand-written). `unique (tenant_id, id)` on the case and the session
    // lets others (care, meetings, the children here) reference them by composite key.
    this.addSql(
      `alter table "governance_case" add constraint "governance_case_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "case_mediation_session" add constraint "case_mediation_session_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    const sameTenant: [string, string, string, string][] = [
      ['governance_case', 'grid', 'grid_id', 'grid'],
      ['governance_case', 'micro_grid', 'micro_grid_id', 'micro_grid'],
      ['governance_case', 'reporter_person', 'reporter_person_id', 'person'],
      ['case_event', 'case', 'case_id', 'governance_case'],
      ['case_attachment', 'case', 'case_id', 'governance_case'],
      ['case_mediation_session', 'case', 'case_id', 'governance_case'],
      ['case_mediation_attendee', 'session', 'session_id', 'case_mediation_session'],
    ];
    for (const [table, name, column, parent] of sameTenant) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_same_tenant_${name}" foreign key ("tenant_id", "${column}") references "${parent}" ("tenant_id", "id");`,
      );
    }

    // Row-level security (api/db/rls.ts, written out).
    for (const table of TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`drop policy if exists tenant_scope on "${table}";`);
      this.addSql(
        `create policy tenant_scope on "${table}" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
      );
    }

    // The deadline jobs (case-deadline.job.ts): one per level entry, and a sweep that escalates
    // every overdue open case at once. Retried with back-off; both handlers are idempotent.
    this.addSql(
      `select pgboss.create_queue('case-level-deadline', '{"policy":"standard","retryLimit":5,"retryDelay":30,"retryBackoff":true}');`,
    );
    this.addSql(
      `select pgboss.create_queue('case-deadline-sweep', '{"policy":"standard","retryLimit":3,"retryDelay":30,"retryBackoff":true}');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`select pgboss.delete_queue('case-deadline-sweep');`);
    this.addSql(`select pgboss.delete_queue('case-level-deadline');`);
    for (const table of [...TABLES].reverse()) this.addSql(`drop table if exists "${table}" cascade;`);
    this.addSql(`drop type "mediation_outcome";`);
    this.addSql(`drop type "case_assignee_kind";`);
    this.addSql(`drop type "case_event_kind";`);
    this.addSql(`drop type "case_source";`);
    this.addSql(`drop type "case_status";`);
    this.addSql(`drop type "case_level";`);
    this.addSql(`drop type "case_category";`);
  }
}
