import { Migration } from '@mikro-orm/migrations';

/** Teams (志愿服务队): the table other issue-4 modules reference; members, skills and events follow. */
export class Migration20261123230518 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "team_kind" as enum ('VOLUNTEER', 'WOMEN', 'PARTY_MEMBER', 'YOUTH', 'MEDIATION', 'MASS_SELF_ORGANISATION', 'SOCIAL_ENTERPRISE');`,
    );
    this.addSql(
      `create type "team_theme" as enum ('PARTY_RED', 'WARM_ORANGE', 'ECO_GREEN', 'GUARDIAN_BLUE', 'ARTS_PURPLE', 'BRILLIANT_COLOURS');`,
    );
    this.addSql(
      `create table "team" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(100) not null, "kind" "team_kind" not null, "theme" "team_theme" null, "founded_on" date null, "description" text null, "leader_id" uuid null, constraint "team_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "team_updated_at_index" on "team" ("updated_at");`);
    this.addSql(`create index "team_tenant_id_index" on "team" ("tenant_id");`);
    this.addSql(`create index "team_leader_id_index" on "team" ("leader_id");`);
    this.addSql(
      `create index "team_tenant_id_created_at_id_index" on "team" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "team" add constraint "team_tenant_id_name_unique" unique ("tenant_id", "name");`,
    );

    this.addSql(
      `alter table "team" add constraint "team_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "team" add constraint "team_leader_id_foreign" foreign key ("leader_id") references "person" ("id") on update cascade on delete set null;`,
    );
    // Same-tenant references, as in the foundation migration.
    this.addSql(`alter table "team" add constraint "team_tenant_id_id_unique" unique ("tenant_id", "id");`);
    this.addSql(
      `alter table "team" add constraint "team_same_tenant_leader" foreign key ("tenant_id", "leader_id") references "person" ("tenant_id", "id");`,
    );

    // Row-level security (api/db/rls.ts, written out).
    this.addSql(`alter table "team" enable row level security;`);
    this.addSql(`alter table "team" force row level security;`);
    this.addSql(`drop policy if exists tenant_scope on "team";`);
    this.addSql(
      `create policy tenant_scope on "team" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop type "team_kind";`);
    this.addSql(`drop type "team_theme";`);
  }
}
