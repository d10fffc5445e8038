import { Migration } from '@mikro-orm/migrations';

/** The tenant-owned tables of this migration, in creation order (RLS below, drops in reverse). */
const TABLES = ['meeting', 'meeting_attendee', 'meeting_decision', 'meeting_decision_link', 'meeting_event'];

/**
 * Meetings (issue 6): grid councils (网格议事会), party-building joint meetings (党建联席会议) and
 * consultations (协商议事), with attendees, decisions, links from decisions to the household files
 * and cases they act on, and an append-only history. Grid, venue, convener, attending people,
 * responsible people, decisions and link targets are same-tenant references, so a decision links
 * only rows of its meeting's own tenant. Partner units are platform rows (plain keys; the service
 * checks the partnership). Runs after the cases migration (governance_case (tenant_id, id)).
 * Written by hand in the generator's style.
 */
export class Migration20261124020004 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "meeting_kind" as enum ('GRID_COUNCIL', 'PARTY_JOINT_MEETING', 'CONSULTATION');`,
    );
    this.addSql(`create type "meeting_status" as enum ('SCHEDULED', 'HELD', 'CANCELLED');`);
    this.addSql(
      `create type "meeting_attendee_role" as enum ('CHAIR', 'MEMBER', 'GUEST', 'PARTNER_REPRESENTATIVE');`,
    );
    this.addSql(`create type "meeting_decision_status" as enum ('OPEN', 'DONE', 'DROPPED');`);
    this.addSql(
      `create type "meeting_action" as enum ('SCHEDULE', 'RECORD_MINUTES', 'CANCEL', 'ATTENDEE_ADD', 'ATTENDEE_REMOVE', 'DECISION_ADD', 'DECISION_LINK', 'DECISION_DONE', 'DECISION_DROP', 'DECISION_REOPEN', 'UPDATE', 'DECISION_UNLINK');`,
    );

    this.addSql(
      `create table "meeting" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "kind" "meeting_kind" not null, "title" varchar(200) not null, "held_at" timestamptz not null, "grid_id" uuid null, "venue_id" uuid null, "convener_id" uuid null, "agenda" text not null, "minutes" text null, "minutes_recorded_at" timestamptz null, "status" "meeting_status" not null default 'SCHEDULED', "cancel_reason" text null, "cancelled_at" timestamptz null, constraint "meeting_pkey" primary key ("id"), constraint meeting_grid_council_grid_check check (kind <> 'GRID_COUNCIL' or grid_id is not null));`,
    );
    this.addSql(`create index "meeting_updated_at_index" on "meeting" ("updated_at");`);
    this.addSql(`create index "meeting_tenant_id_index" on "meeting" ("tenant_id");`);
    this.addSql(`create index "meeting_grid_id_index" on "meeting" ("grid_id");`);
    this.addSql(`create index "meeting_venue_id_index" on "meeting" ("venue_id");`);
    this.addSql(`create index "meeting_convener_id_index" on "meeting" ("convener_id");`);
    this.addSql(
      `create index "meeting_tenant_id_kind_held_at_index" on "meeting" ("tenant_id", "kind", "held_at");`,
    );
    this.addSql(
      `create index "meeting_tenant_id_created_at_id_index" on "meeting" ("tenant_id", "created_at", "id");`,
    );

    this.addSql(
      `create table "meeting_attendee" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "meeting_id" uuid not null, "person_id" uuid null, "partner_unit_id" uuid null, "role" "meeting_attendee_role" not null, "representative_name" varchar(50) null, "attended" boolean not null default false, constraint "meeting_attendee_pkey" primary key ("id"), constraint meeting_attendee_one_kind_check check ((person_id is null) <> (partner_unit_id is null) and ((partner_unit_id is not null) = (role = 'PARTNER_REPRESENTATIVE'))));`,
    );
    this.addSql(`create index "meeting_attendee_updated_at_index" on "meeting_attendee" ("updated_at");`);
    this.addSql(`create index "meeting_attendee_tenant_id_index" on "meeting_attendee" ("tenant_id");`);
    this.addSql(`create index "meeting_attendee_meeting_id_index" on "meeting_attendee" ("meeting_id");`);
    this.addSql(`create index "meeting_attendee_person_id_index" on "meeting_attendee" ("person_id");`);
    this.addSql(
      `create index "meeting_attendee_partner_unit_id_index" on "meeting_attendee" ("partner_unit_id");`,
    );
    this.addSql(
      `create index "meeting_attendee_meeting_id_created_at_index" on "meeting_attendee" ("meeting_id", "created_at");`,
    );
    this.addSql(
      `create unique index "meeting_attendee_person_unique" on "meeting_attendee" ("meeting_id", "person_id") where "person_id" is not null;`,
    );
    this.addSql(
      `create unique index "meeting_attendee_partner_unit_unique" on "meeting_attendee" ("meeting_id", "partner_unit_id") where "partner_unit_id" is not null;`,
    );

    this.addSql(
      `create table "meeting_decision" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "meeting_id" uuid not null, "text" text not null, "responsible_id" uuid null, "due_on" date null, "status" "meeting_decision_status" not null default 'OPEN', "closed_at" timestamptz null, constraint "meeting_decision_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "meeting_decision_updated_at_index" on "meeting_decision" ("updated_at");`);
    this.addSql(`create index "meeting_decision_tenant_id_index" on "meeting_decision" ("tenant_id");`);
    this.addSql(`create index "meeting_decision_meeting_id_index" on "meeting_decision" ("meeting_id");`);
    this.addSql(
      `create index "meeting_decision_responsible_id_index" on "meeting_decision" ("responsible_id");`,
    );
    this.addSql(
      `create index "meeting_decision_meeting_id_created_at_index" on "meeting_decision" ("meeting_id", "created_at");`,
    );

    this.addSql(
      `create table "meeting_decision_link" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "decision_id" uuid not null, "household_file_id" uuid null, "case_id" uuid null, constraint "meeting_decision_link_pkey" primary key ("id"), constraint meeting_decision_link_one_target_check check (num_nonnulls(household_file_id, case_id) = 1));`,
    );
    this.addSql(
      `create index "meeting_decision_link_updated_at_index" on "meeting_decision_link" ("updated_at");`,
    );
    this.addSql(
      `create index "meeting_decision_link_tenant_id_index" on "meeting_decision_link" ("tenant_id");`,
    );
    this.addSql(
      `create index "meeting_decision_link_decision_id_index" on "meeting_decision_link" ("decision_id");`,
    );
    this.addSql(
      `create index "meeting_decision_link_household_file_id_index" on "meeting_decision_link" ("household_file_id");`,
    );
    this.addSql(`create index "meeting_decision_link_case_id_index" on "meeting_decision_link" ("case_id");`);
    this.addSql(
      `create index "meeting_decision_link_decision_id_created_at_index" on "meeting_decision_link" ("decision_id", "created_at");`,
    );
    this.addSql(
      `create unique index "meeting_decision_link_household_unique" on "meeting_decision_link" ("decision_id", "household_file_id") where "household_file_id" is not null;`,
    );
    this.addSql(
      `create unique index "meeting_decision_link_case_unique" on "meeting_decision_link" ("decision_id", "case_id") where "case_id" is not null;`,
    );

    this.addSql(
      `create table "meeting_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "meeting_id" uuid not null, "decision_id" uuid null, "action" "meeting_action" not null, "from_status" varchar(16) null, "to_status" varchar(16) null, "note" text null, "occurred_at" timestamptz not null, "actor_kind" varchar(16) not null, "actor_id" uuid not null, "actor_name" varchar(200) not null, "actor_role" "role" not null, "actor_person_id" uuid null, constraint "meeting_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "meeting_event_updated_at_index" on "meeting_event" ("updated_at");`);
    this.addSql(`create index "meeting_event_tenant_id_index" on "meeting_event" ("tenant_id");`);
    this.addSql(`create index "meeting_event_meeting_id_index" on "meeting_event" ("meeting_id");`);
    this.addSql(`create index "meeting_event_decision_id_index" on "meeting_event" ("decision_id");`);
    this.addSql(
      `create index "meeting_event_meeting_id_occurred_at_index" on "meeting_event" ("meeting_id", "occurred_at");`,
    );

    const foreignKeys: [string, string, string, string][] = [
      // table, column, referenced table, delete rule
      ['meeting', 'tenant_id', 'tenant', ' on delete restrict'],
      ['meeting', 'grid_id', 'grid', ' on delete set null'],
      ['meeting', 'venue_id', 'venue', ' on delete set null'],
      ['meeting', 'convener_id', 'person', ' on delete set null'],
      ['meeting_attendee', 'tenant_id', 'tenant', ' on delete restrict'],
      ['meeting_attendee', 'meeting_id', 'meeting', ''],
      ['meeting_attendee', 'person_id', 'person', ' on delete set null'],
      ['meeting_attendee', 'partner_unit_id', 'partner_unit', ' on delete set null'],
      ['meeting_decision', 'tenant_id', 'tenant', ' on delete restrict'],
      ['meeting_decision', 'meeting_id', 'meeting', ''],
      ['meeting_decision', 'responsible_id', 'person', ' on delete set null'],
      ['meeting_decision_link', 'tenant_id', 'tenant', ' on delete restrict'],
      ['meeting_decision_link', 'decision_id', 'meeting_decision', ''],
      ['meeting_decision_link', 'household_file_id', 'household_file', ' on delete set null'],
      ['meeting_decision_link', 'case_id', 'governance_case', ' on delete set null'],
      ['meeting_event', 'tenant_id', 'tenant', ' on delete restrict'],
      ['meeting_event', 'meeting_id', 'meeting', ''],
      ['meeting_event', 'decision_id', 'meeting_decision', ' on delete set null'],
    ];
    for (const [table, column, target, onDelete] of foreignKeys) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade${onDelete};`,
      );
    }

    // Same-tenant references: every row a meeting points at belongs to the meeting's tenant (a
    // null optional reference is not checked: MATCH SIMPLE).
    this.addSql(
      `alter table "meeting" add constraint "meeting_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "meeting_decision" add constraint "meeting_decision_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    const sameTenant: [string, string, string, string][] = [
      // table, constraint suffix, column, referenced table
      ['meeting', 'grid', 'grid_id', 'grid'],
      ['meeting', 'venue', 'venue_id', 'venue'],
      ['meeting', 'convener', 'convener_id', 'person'],
      ['meeting_attendee', 'meeting', 'meeting_id', 'meeting'],
      ['meeting_attendee', 'person', 'person_id', 'person'],
      ['meeting_decision', 'meeting', 'meeting_id', 'meeting'],
      ['meeting_decision', 'responsible', 'responsible_id', 'person'],
      ['meeting_decision_link', 'decision', 'decision_id', 'meeting_decision'],
      ['meeting_decision_link', 'household_file', 'household_file_id', 'household_file'],
      ['meeting_decision_link', 'case', 'case_id', 'governance_case'],
      ['meeting_event', 'meeting', 'meeting_id', 'meeting'],
      ['meeting_event', 'decision', 'decision_id', 'meeting_decision'],
    ];
    for (const [table, name, column, target] of sameTenant) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_same_tenant_${name}" foreign key ("tenant_id", "${column}") references "${target}" ("tenant_id", "id");`,
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
  }

  override async down(): Promise<void> {
    for (const table of [...TABLES].reverse()) this.addSql(`drop table if exists "${table}" cascade;`);
    this.addSql(`drop type "meeting_action";`);
    this.addSql(`drop type "meeting_decision_status";`);
    this.addSql(`drop type "meeting_attendee_role";`);
    this.addSql(`drop type "meeting_status";`);
    this.addSql(`drop type "meeting_kind";`);
  }
}
