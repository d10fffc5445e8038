import { Migration } from '@mikro-orm/migrations';

/**
 * Teams, continued: members (periods of membership), the append-only team history and people's
 * skills. Written by hand in the generator's style (issue 4 runs several modules at once).
 */
export class Migration20261123232001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "team_member_role" as enum ('LEADER', 'DEPUTY', 'MEMBER');`);
    this.addSql(
      `create type "team_event_kind" as enum ('FOUNDED', 'KIND_CHANGED', 'RENAMED', 'LEADER_CHANGED');`,
    );
    this.addSql(
      `create type "skill" as enum ('LAWYER', 'RETIRED_TEACHER', 'STUDENT', 'BARBER', 'PHYSIOTHERAPY', 'HOUSEKEEPING', 'CLINIC', 'COUNSELLING', 'REPAIR', 'COOKING', 'ARTS');`,
    );

    this.addSql(
      `create table "team_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "team_id" uuid not null, "person_id" uuid not null, "role" "team_member_role" not null, "joined_on" date not null, "left_on" date null, constraint "team_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "team_member_updated_at_index" on "team_member" ("updated_at");`);
    this.addSql(`create index "team_member_tenant_id_index" on "team_member" ("tenant_id");`);
    this.addSql(`create index "team_member_team_id_index" on "team_member" ("team_id");`);
    this.addSql(`create index "team_member_person_id_index" on "team_member" ("person_id");`);

    this.addSql(
      `create table "team_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "team_id" uuid not null, "kind" "team_event_kind" not null, "from_value" varchar(200) null, "to_value" varchar(200) null, "occurred_on" date not null, "note" text null, "actor_kind" varchar(16) not null, "actor_id" uuid not null, "actor_name" varchar(200) not null, constraint "team_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "team_event_updated_at_index" on "team_event" ("updated_at");`);
    this.addSql(`create index "team_event_tenant_id_index" on "team_event" ("tenant_id");`);
    this.addSql(`create index "team_event_team_id_index" on "team_event" ("team_id");`);
    this.addSql(
      `create index "team_event_team_id_occurred_on_index" on "team_event" ("team_id", "occurred_on");`,
    );

    this.addSql(
      `create table "person_skill" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "person_id" uuid not null, "skill" "skill" not null, "note" varchar(200) null, constraint "person_skill_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "person_skill_updated_at_index" on "person_skill" ("updated_at");`);
    this.addSql(`create index "person_skill_tenant_id_index" on "person_skill" ("tenant_id");`);
    this.addSql(`create index "person_skill_person_id_index" on "person_skill" ("person_id");`);
    this.addSql(
      `alter table "person_skill" add constraint "person_skill_person_id_skill_unique" unique ("person_id", "skill");`,
    );

    this.addSql(
      `alter table "team_member" add constraint "team_member_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "team_member" add constraint "team_member_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "team_member" add constraint "team_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "team_event" add constraint "team_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "team_event" add constraint "team_event_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "person_skill" add constraint "person_skill_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "person_skill" add constraint "person_skill_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    // Same-tenant references: members, events and skills belong to their team's or person's tenant.
    this.addSql(
      `alter table "team_member" add constraint "team_member_same_tenant_team" foreign key ("tenant_id", "team_id") references "team" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "team_member" add constraint "team_member_same_tenant_person" foreign key ("tenant_id", "person_id") references "person" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "team_event" add constraint "team_event_same_tenant_team" foreign key ("tenant_id", "team_id") references "team" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "person_skill" add constraint "person_skill_same_tenant_person" foreign key ("tenant_id", "person_id") references "person" ("tenant_id", "id");`,
    );

    // No overlapping periods of one person in one team. An exclusion constraint would need the
    // btree_gist extension (for the uuid equality next to the date-range overlap), so a trigger
    // checks instead, after locking the team row: concurrent adds to one team are serialised, and
    // under READ COMMITTED the check of the later one sees the earlier one once it committed.
    // It raises unique_violation, which the API reports as CONFLICT (the service checks first,
    // under the same lock, with a clearer message; this is the wall for every other writer).
    this.addSql(`create or replace function team_member_no_overlap() returns trigger
language plpgsql as $$
begin
  perform 1 from team where id = new.team_id for update;
  if exists (
    select 1 from team_member m
    where m.team_id = new.team_id and m.person_id = new.person_id and m.id <> new.id
      and m.joined_on < coalesce(new.left_on, 'infinity'::date)
      and new.joined_on < coalesce(m.left_on, 'infinity'::date)
  ) then
    raise exception 'overlapping membership periods of person % in team %', new.person_id, new.team_id
      using errcode = 'unique_violation', constraint = 'team_member_no_overlap';
  end if;
  return new;
end
$$;`);
    this.addSql(
      `create trigger team_member_no_overlap before insert or update of team_id, person_id, joined_on, left_on on "team_member" for each row execute function team_member_no_overlap();`,
    );

    // Row-level security (api/db/rls.ts, written out).
    for (const table of ['team_member', 'team_event', 'person_skill']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`drop policy if exists tenant_scope on "${table}";`);
      this.addSql(
        `create policy tenant_scope on "${table}" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "team_member" cascade;`);
    this.addSql(`drop table if exists "team_event" cascade;`);
    this.addSql(`drop table if exists "person_skill" cascade;`);
    this.addSql(`drop function if exists team_member_no_overlap();`);

    this.addSql(`drop type "team_member_role";`);
    this.addSql(`drop type "team_event_kind";`);
    this.addSql(`drop type "skill";`);
  }
}
