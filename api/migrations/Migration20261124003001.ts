import { Migration } from '@mikro-orm/migrations';

/** The tenant-owned tables of this migration, in creation order (RLS below, drops in reverse). */
const TABLES = ['adoption', 'pledge', 'support_record', 'support_follow_up'];

/**
 * Adoption of households by partners (认领), pledges (认捐), support records (帮扶记录) and the
 * follow-ups a disputed delivery opens. All rows belong to the household's community:
 * adoption → partner_unit is a plain foreign key (units are platform rows); every other
 * reference is same-tenant. Written by hand in the generator's style (issue 5 runs several
 * modules at once).
 */
export class Migration20261124003001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "adoption_status" as enum ('ACTIVE', 'ENDED');`);
    this.addSql(
      `create type "pledge_kind" as enum ('ONE_OFF_IN_KIND', 'RECURRING_MONEY', 'RECURRING_SERVICE');`,
    );
    this.addSql(`create type "pledge_frequency" as enum ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY');`);
    this.addSql(
      `create type "support_confirmation" as enum ('RECEIVED', 'NOT_RECEIVED', 'RECEIVED_WITH_ISSUES');`,
    );
    this.addSql(`create type "support_follow_up_status" as enum ('OPEN', 'RESOLVED');`);

    this.addSql(
      `create table "adoption" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "household_id" uuid not null, "partner_unit_id" uuid not null, "partnership_id" uuid not null, "status" "adoption_status" not null default 'ACTIVE', "adopted_at" timestamptz not null, "adopted_by_name" varchar(200) not null, "note" text null, "ended_at" timestamptz null, "end_reason" text null, constraint "adoption_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "adoption_updated_at_index" on "adoption" ("updated_at");`);
    this.addSql(`create index "adoption_tenant_id_index" on "adoption" ("tenant_id");`);
    this.addSql(`create index "adoption_household_id_index" on "adoption" ("household_id");`);
    this.addSql(`create index "adoption_partner_unit_id_index" on "adoption" ("partner_unit_id");`);
    this.addSql(`create index "adoption_partnership_id_index" on "adoption" ("partnership_id");`);
    this.addSql(
      `create index "adoption_tenant_id_created_at_id_index" on "adoption" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "adoption_partner_unit_id_status_index" on "adoption" ("partner_unit_id", "status");`,
    );
    this.addSql(
      `create unique index "adoption_household_active_unique" on "adoption" ("household_id") where "status" = 'ACTIVE';`,
    );

    this.addSql(
      `create table "pledge" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "adoption_id" uuid not null, "kind" "pledge_kind" not null, "description" text null, "amount_fen" int null, "frequency" "pledge_frequency" null, "starts_on" date not null, "ends_on" date null, "due_on" date null, "until_person_id" uuid null, constraint "pledge_pkey" primary key ("id"), constraint pledge_amount_fen_check check (amount_fen is null or amount_fen > 0));`,
    );
    this.addSql(`create index "pledge_updated_at_index" on "pledge" ("updated_at");`);
    this.addSql(`create index "pledge_tenant_id_index" on "pledge" ("tenant_id");`);
    this.addSql(`create index "pledge_adoption_id_index" on "pledge" ("adoption_id");`);
    this.addSql(`create index "pledge_until_person_id_index" on "pledge" ("until_person_id");`);

    this.addSql(
      `create table "support_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "pledge_id" uuid not null, "delivered_on" date not null, "amount_fen" int null, "item" text null, "evidence_note" text null, "recorded_by_kind" varchar(16) not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(200) not null, "recorded_by_role" varchar(32) not null, "confirmation" "support_confirmation" null, "confirmed_at" timestamptz null, "confirmed_by_name" varchar(200) null, "confirmation_note" text null, constraint "support_record_pkey" primary key ("id"), constraint support_record_amount_fen_check check (amount_fen is null or amount_fen > 0));`,
    );
    this.addSql(`create index "support_record_updated_at_index" on "support_record" ("updated_at");`);
    this.addSql(`create index "support_record_tenant_id_index" on "support_record" ("tenant_id");`);
    this.addSql(`create index "support_record_pledge_id_index" on "support_record" ("pledge_id");`);
    this.addSql(
      `create index "support_record_pledge_id_delivered_on_index" on "support_record" ("pledge_id", "delivered_on");`,
    );

    this.addSql(
      `create table "support_follow_up" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "household_id" uuid not null, "support_record_id" uuid not null, "reason" "support_confirmation" not null, "note" text null, "status" "support_follow_up_status" not null default 'OPEN', "resolved_at" timestamptz null, "resolved_by_name" varchar(200) null, "resolution" text null, constraint "support_follow_up_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "support_follow_up_updated_at_index" on "support_follow_up" ("updated_at");`);
    this.addSql(`create index "support_follow_up_tenant_id_index" on "support_follow_up" ("tenant_id");`);
    this.addSql(
      `create index "support_follow_up_household_id_index" on "support_follow_up" ("household_id");`,
    );
    this.addSql(
      `create index "support_follow_up_support_record_id_index" on "support_follow_up" ("support_record_id");`,
    );
    this.addSql(
      `create index "support_follow_up_tenant_id_status_index" on "support_follow_up" ("tenant_id", "status");`,
    );

    const fk = (table: string, column: string, parent: string, extra = '') =>
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${parent}" ("id") on update cascade${extra};`,
      );
    for (const table of TABLES) fk(table, 'tenant_id', 'tenant', ' on delete restrict');
    fk('adoption', 'household_id', 'household_file');
    fk('adoption', 'partner_unit_id', 'partner_unit');
    fk('adoption', 'partnership_id', 'partnership');
    fk('pledge', 'adoption_id', 'adoption');
    fk('pledge', 'until_person_id', 'person', ' on delete set null');
    fk('support_record', 'pledge_id', 'pledge');
    fk('support_follow_up', 'household_id', 'household_file');
    fk('support_follow_up', 'support_record_id', 'support_record');

    // Same-tenant references: everything hangs off the household's community (a null child is
    // not checked: MATCH SIMPLE). Parents referenced this way get unique (tenant_id, id).
    for (const table of ['adoption', 'pledge', 'support_record']) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_tenant_id_id_unique" unique ("tenant_id", "id");`,
      );
    }
    this.addSql(`do $$ begin
  if not exists (select 1 from pg_constraint where conname = 'partnership_tenant_id_id_unique') then
    alter table "partnership" add constraint "partnership_tenant_id_id_unique" unique ("tenant_id", "id");
  end if;
end $$;`);
    const sameTenant: [string, string, string, string][] = [
      ['adoption', 'household', 'household_id', 'household_file'],
      ['adoption', 'partnership', 'partnership_id', 'partnership'],
      ['pledge', 'adoption', 'adoption_id', 'adoption'],
      ['pledge', 'until_person', 'until_person_id', 'person'],
      ['support_record', 'pledge', 'pledge_id', 'pledge'],
      ['support_follow_up', 'household', 'household_id', 'household_file'],
      ['support_follow_up', 'support_record', 'support_record_id', 'support_record'],
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
  }

  override async down(): Promise<void> {
    for (const table of [...TABLES].reverse()) this.addSql(`drop table if exists "${table}" cascade;`);
    this.addSql(`drop type "support_follow_up_status";`);
    this.addSql(`drop type "support_confirmation";`);
    this.addSql(`drop type "pledge_frequency";`);
    this.addSql(`drop type "pledge_kind";`);
    this.addSql(`drop type "adoption_status";`);
  }
}
