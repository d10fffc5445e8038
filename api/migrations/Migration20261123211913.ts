import { Migration } from '@mikro-orm/migrations';

/** Platform foundation: tenant tree, principals, organisation slice, audit; RLS on every tenant-owned table. */

export class Migration20261123211913 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "tenant_kind" as enum ('DISTRICT', 'STREET', 'COMMUNITY');`);
    this.addSql(`create type "partnership_status" as enum ('ACTIVE', 'ENDED');`);
    this.addSql(`create type "micro_grid_kind" as enum ('COMPOUND', 'BUILDING');`);
    this.addSql(
      `create type "grid_role" as enum ('GRID_LEADER', 'GRID_WORKER', 'GRID_STEWARD', 'MICRO_GRID_LEADER', 'PARTY_CADRE', 'VOLUNTEER');`,
    );
    this.addSql(
      `create type "role" as enum ('PLATFORM_ADMIN', 'DISTRICT_INTEGRATOR', 'STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'TEAM_LEADER', 'PARTNER', 'RESIDENT');`,
    );
    this.addSql(
      `create type "reveal_purpose" as enum ('HOME_VISIT', 'CASE_HANDLING', 'CARE_SERVICE', 'EMERGENCY_CONTACT', 'RECORD_MAINTENANCE');`,
    );
    this.addSql(
      `create table "idempotency_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "principal_key" varchar(80) not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "response" jsonb null, "completed_at" timestamptz null, constraint "idempotency_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idempotency_record_updated_at_index" on "idempotency_record" ("updated_at");`);
    this.addSql(
      `alter table "idempotency_record" add constraint "idempotency_record_principal_key_key_unique" unique ("principal_key", "key");`,
    );

    this.addSql(
      `create table "partner_unit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, "credit_code" varchar(18) not null, constraint "partner_unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "partner_unit_updated_at_index" on "partner_unit" ("updated_at");`);
    this.addSql(
      `alter table "partner_unit" add constraint "partner_unit_credit_code_unique" unique ("credit_code");`,
    );

    this.addSql(
      `create table "tenant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" "tenant_kind" not null, "code" varchar(12) not null, "name" varchar(100) not null, "full_name" varchar(200) null, "parent_id" uuid null, "path" text not null, constraint "tenant_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "tenant_updated_at_index" on "tenant" ("updated_at");`);
    this.addSql(`alter table "tenant" add constraint "tenant_code_unique" unique ("code");`);
    this.addSql(`create index "tenant_path_idx" on "tenant" ("path" text_pattern_ops);`);

    this.addSql(
      `create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(50) not null, "phone" varchar(20) null, "id_number" varchar(18) null, "address" varchar(200) null, "birth_date" date null, constraint "person_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "person_updated_at_index" on "person" ("updated_at");`);
    this.addSql(`create index "person_tenant_id_index" on "person" ("tenant_id");`);
    this.addSql(
      `create index "person_tenant_id_created_at_id_index" on "person" ("tenant_id", "created_at", "id");`,
    );

    this.addSql(
      `create table "partnership" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "partner_unit_id" uuid not null, "status" "partnership_status" not null default 'ACTIVE', "signed_on" date not null, "ends_on" date null, constraint "partnership_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "partnership_updated_at_index" on "partnership" ("updated_at");`);
    this.addSql(`create index "partnership_tenant_id_index" on "partnership" ("tenant_id");`);
    this.addSql(`create index "partnership_partner_unit_id_index" on "partnership" ("partner_unit_id");`);

    this.addSql(
      `create table "grid" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "code" varchar(32) not null, "name" varchar(100) not null, "description" text null, constraint "grid_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "grid_updated_at_index" on "grid" ("updated_at");`);
    this.addSql(`create index "grid_tenant_id_index" on "grid" ("tenant_id");`);
    this.addSql(
      `create index "grid_tenant_id_created_at_id_index" on "grid" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "grid" add constraint "grid_tenant_id_code_unique" unique ("tenant_id", "code");`,
    );

    this.addSql(
      `create table "micro_grid" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "grid_id" uuid not null, "code" varchar(32) not null, "name" varchar(100) not null, "kind" "micro_grid_kind" not null, "leader_id" uuid null, constraint "micro_grid_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "micro_grid_updated_at_index" on "micro_grid" ("updated_at");`);
    this.addSql(`create index "micro_grid_tenant_id_index" on "micro_grid" ("tenant_id");`);
    this.addSql(`create index "micro_grid_grid_id_index" on "micro_grid" ("grid_id");`);
    this.addSql(`create index "micro_grid_leader_id_index" on "micro_grid" ("leader_id");`);
    this.addSql(
      `alter table "micro_grid" add constraint "micro_grid_tenant_id_code_unique" unique ("tenant_id", "code");`,
    );

    this.addSql(
      `create table "grid_assignment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "grid_id" uuid not null, "person_id" uuid not null, "role" "grid_role" not null, "started_on" date not null, "ended_on" date null, constraint "grid_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "grid_assignment_updated_at_index" on "grid_assignment" ("updated_at");`);
    this.addSql(`create index "grid_assignment_tenant_id_index" on "grid_assignment" ("tenant_id");`);
    this.addSql(`create index "grid_assignment_grid_id_index" on "grid_assignment" ("grid_id");`);
    this.addSql(`create index "grid_assignment_person_id_index" on "grid_assignment" ("person_id");`);

    this.addSql(
      `create table "community_profile" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "area_km2" double precision null, "founded_on" date null, "compounds" int not null default 0, "buildings" int not null default 0, "compounds_without_property_manager" int not null default 0, "households" int null, "residents" int null, "description" text null, constraint "community_profile_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "community_profile_updated_at_index" on "community_profile" ("updated_at");`);
    this.addSql(`create index "community_profile_tenant_id_index" on "community_profile" ("tenant_id");`);
    this.addSql(
      `alter table "community_profile" add constraint "community_profile_tenant_id_unique" unique ("tenant_id");`,
    );

    this.addSql(
      `create table "audit_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "actor_kind" varchar(16) not null, "actor_id" uuid not null, "actor_name" varchar(200) not null, "role" "role" not null, "purpose" "reveal_purpose" not null, "entity_type" varchar(64) not null, "entity_id" uuid not null, "field" varchar(64) not null, "subject_person_id" uuid null, "request_id" varchar(64) null, constraint "audit_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_record_updated_at_index" on "audit_record" ("updated_at");`);
    this.addSql(`create index "audit_record_tenant_id_index" on "audit_record" ("tenant_id");`);
    this.addSql(
      `create index "audit_record_subject_person_id_index" on "audit_record" ("subject_person_id");`,
    );
    this.addSql(
      `create index "audit_record_tenant_id_created_at_id_index" on "audit_record" ("tenant_id", "created_at", "id");`,
    );

    this.addSql(
      `create table "api_key" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "role" "role" not null, "name" varchar(200) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "tenant_id" uuid null, "partner_unit_id" uuid null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_key_updated_at_index" on "api_key" ("updated_at");`);
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(
      `create table "user_account" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "username" varchar(64) not null, "display_name" varchar(100) not null, "password_hash" text not null, "person_id" uuid null, "partner_unit_id" uuid null, "disabled_at" timestamptz null, constraint "user_account_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "user_account_updated_at_index" on "user_account" ("updated_at");`);
    this.addSql(
      `alter table "user_account" add constraint "user_account_username_unique" unique ("username");`,
    );

    this.addSql(
      `create table "role_assignment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "role" "role" not null, "tenant_id" uuid null, "grid_ids" text[] not null default '{}', "revoked_at" timestamptz null, constraint "role_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "role_assignment_updated_at_index" on "role_assignment" ("updated_at");`);

    this.addSql(
      `create table "user_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "user_session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "user_session_updated_at_index" on "user_session" ("updated_at");`);
    this.addSql(
      `alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `alter table "tenant" add constraint "tenant_parent_id_foreign" foreign key ("parent_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "person" add constraint "person_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "partnership" add constraint "partnership_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_partner_unit_id_foreign" foreign key ("partner_unit_id") references "partner_unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "grid" add constraint "grid_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "micro_grid" add constraint "micro_grid_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "micro_grid" add constraint "micro_grid_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "micro_grid" add constraint "micro_grid_leader_id_foreign" foreign key ("leader_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "grid_assignment" add constraint "grid_assignment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "grid_assignment" add constraint "grid_assignment_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "grid_assignment" add constraint "grid_assignment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "community_profile" add constraint "community_profile_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "audit_record" add constraint "audit_record_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "api_key" add constraint "api_key_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_partner_unit_id_foreign" foreign key ("partner_unit_id") references "partner_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "user_account" add constraint "user_account_partner_unit_id_foreign" foreign key ("partner_unit_id") references "partner_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    // Same-tenant references: a row may point only at a parent of its own tenant, whatever a
    // service does. (tenant_id, id) is unique wherever a child references it with its tenant_id.
    this.addSql(`alter table "grid" add constraint "grid_tenant_id_id_unique" unique ("tenant_id", "id");`);
    this.addSql(
      `alter table "person" add constraint "person_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "micro_grid" add constraint "micro_grid_same_tenant_grid" foreign key ("tenant_id", "grid_id") references "grid" ("tenant_id", "id") on delete cascade;`,
    );
    this.addSql(
      `alter table "micro_grid" add constraint "micro_grid_same_tenant_leader" foreign key ("tenant_id", "leader_id") references "person" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "grid_assignment" add constraint "grid_assignment_same_tenant_grid" foreign key ("tenant_id", "grid_id") references "grid" ("tenant_id", "id") on delete cascade;`,
    );
    this.addSql(
      `alter table "grid_assignment" add constraint "grid_assignment_same_tenant_person" foreign key ("tenant_id", "person_id") references "person" ("tenant_id", "id");`,
    );

    // Row-level security: the wall that holds even when an ORM filter is skipped. The SQL is
    // written out (not imported from api/db/rls.ts) so this migration never changes after release.
    this.addSql(`create or replace function app_scope_tenant_ids() returns uuid[]
language sql stable parallel safe as $$
  select coalesce(string_to_array(nullif(current_setting('app.tenant_ids', true), ''), ',')::uuid[], '{}'::uuid[])
$$;`);
    this.addSql(`create or replace function app_partner_tenant_ids(p_partner_unit_id uuid) returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct tenant_id), '{}'::uuid[]) from partnership
  where partner_unit_id = p_partner_unit_id and status = 'ACTIVE'
    and (ends_on is null or ends_on >= current_date)
$$;`);
    this.addSql(`alter table "person" enable row level security;`);
    this.addSql(`alter table "person" force row level security;`);
    this.addSql(`drop policy if exists tenant_scope on "person";`);
    this.addSql(
      `create policy tenant_scope on "person" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
    );
    this.addSql(`alter table "partnership" enable row level security;`);
    this.addSql(`alter table "partnership" force row level security;`);
    this.addSql(`drop policy if exists tenant_scope on "partnership";`);
    this.addSql(
      `create policy tenant_scope on "partnership" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
    );
    this.addSql(`alter table "grid" enable row level security;`);
    this.addSql(`alter table "grid" force row level security;`);
    this.addSql(`drop policy if exists tenant_scope on "grid";`);
    this.addSql(
      `create policy tenant_scope on "grid" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
    );
    this.addSql(`alter table "micro_grid" enable row level security;`);
    this.addSql(`alter table "micro_grid" force row level security;`);
    this.addSql(`drop policy if exists tenant_scope on "micro_grid";`);
    this.addSql(
      `create policy tenant_scope on "micro_grid" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
    );
    this.addSql(`alter table "grid_assignment" enable row level security;`);
    this.addSql(`alter table "grid_assignment" force row level security;`);
    this.addSql(`drop policy if exists tenant_scope on "grid_assignment";`);
    this.addSql(
      `create policy tenant_scope on "grid_assignment" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
    );
    this.addSql(`alter table "community_profile" enable row level security;`);
    this.addSql(`alter table "community_profile" force row level security;`);
    this.addSql(`drop policy if exists tenant_scope on "community_profile";`);
    this.addSql(
      `create policy tenant_scope on "community_profile" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
    );
    this.addSql(`alter table "audit_record" enable row level security;`);
    this.addSql(`alter table "audit_record" force row level security;`);
    this.addSql(`drop policy if exists tenant_scope on "audit_record";`);
    this.addSql(
      `create policy tenant_scope on "audit_record" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
    );
  }
}
