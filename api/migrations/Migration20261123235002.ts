import { Migration } from '@mikro-orm/migrations';

/** The tenant-owned tables of this migration, in creation order (RLS below, drops in reverse). */
const TABLES = ['micro_wish', 'wish_event', 'wish_settings'];

/**
 * Micro-wishes (微心愿): the wishes, their append-only history and each community's settings.
 * micro_wish → partner_unit is a plain foreign key (units are platform rows); the poster, the
 * claiming person and the events are same-tenant references. `expired` is not a stored status:
 * it is read from expires_on (see api/modules/wishes/wish.workflow.ts). Written by hand in the
 * generator's style (issue 5 runs several modules at once).
 */
export class Migration20261123235002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "wish_category" as enum ('BOOK', 'TOY', 'DAILY_NECESSITY', 'STUDY_SUPPLIES', 'CLOTHING', 'SERVICE', 'OTHER');`,
    );
    this.addSql(
      `create type "micro_wish_status" as enum ('PENDING_APPROVAL', 'OPEN', 'CLAIMED', 'DELIVERED', 'CLOSED', 'REJECTED', 'WITHDRAWN');`,
    );
    this.addSql(
      `create type "wish_action" as enum ('POST', 'APPROVE', 'REJECT', 'CLAIM', 'RELEASE', 'DELIVER', 'CLOSE', 'WITHDRAW');`,
    );

    this.addSql(
      `create table "micro_wish" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "poster_id" uuid not null, "title" varchar(100) not null, "description" text null, "category" "wish_category" not null, "estimated_value_fen" int null, "status" "micro_wish_status" not null, "expires_on" date not null, "claimant_partner_unit_id" uuid null, "claimant_person_id" uuid null, "claimed_at" timestamptz null, "delivered_at" timestamptz null, "delivered_by_role" "role" null, "delivered_by_name" varchar(200) null, "delivery_note" text null, "closed_at" timestamptz null, constraint "micro_wish_pkey" primary key ("id"), constraint micro_wish_estimated_value_fen_check check (estimated_value_fen is null or estimated_value_fen > 0), constraint micro_wish_one_claimant_check check (claimant_partner_unit_id is null or claimant_person_id is null));`,
    );
    this.addSql(`create index "micro_wish_updated_at_index" on "micro_wish" ("updated_at");`);
    this.addSql(`create index "micro_wish_tenant_id_index" on "micro_wish" ("tenant_id");`);
    this.addSql(`create index "micro_wish_poster_id_index" on "micro_wish" ("poster_id");`);
    this.addSql(
      `create index "micro_wish_claimant_partner_unit_id_index" on "micro_wish" ("claimant_partner_unit_id");`,
    );
    this.addSql(`create index "micro_wish_claimant_person_id_index" on "micro_wish" ("claimant_person_id");`);
    this.addSql(
      `create index "micro_wish_tenant_id_created_at_id_index" on "micro_wish" ("tenant_id", "created_at", "id");`,
    );

    this.addSql(
      `create table "wish_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "wish_id" uuid not null, "action" "wish_action" not null, "from_status" "micro_wish_status" null, "to_status" "micro_wish_status" not null, "occurred_at" timestamptz not null, "note" text null, "actor_kind" varchar(16) not null, "actor_id" uuid not null, "actor_name" varchar(200) not null, "actor_role" "role" not null, "actor_person_id" uuid null, constraint "wish_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "wish_event_updated_at_index" on "wish_event" ("updated_at");`);
    this.addSql(`create index "wish_event_tenant_id_index" on "wish_event" ("tenant_id");`);
    this.addSql(`create index "wish_event_wish_id_index" on "wish_event" ("wish_id");`);
    this.addSql(
      `create index "wish_event_wish_id_occurred_at_index" on "wish_event" ("wish_id", "occurred_at");`,
    );

    this.addSql(
      `create table "wish_settings" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "requires_approval" boolean not null default false, "default_expiry_days" int not null default 60, constraint "wish_settings_pkey" primary key ("id"), constraint wish_settings_default_expiry_days_check check (default_expiry_days >= 1 and default_expiry_days <= 365));`,
    );
    this.addSql(`create index "wish_settings_updated_at_index" on "wish_settings" ("updated_at");`);
    this.addSql(`create index "wish_settings_tenant_id_index" on "wish_settings" ("tenant_id");`);
    this.addSql(
      `alter table "wish_settings" add constraint "wish_settings_tenant_id_unique" unique ("tenant_id");`,
    );

    this.addSql(
      `alter table "micro_wish" add constraint "micro_wish_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "micro_wish" add constraint "micro_wish_poster_id_foreign" foreign key ("poster_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "micro_wish" add constraint "micro_wish_claimant_partner_unit_id_foreign" foreign key ("claimant_partner_unit_id") references "partner_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "micro_wish" add constraint "micro_wish_claimant_person_id_foreign" foreign key ("claimant_person_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "wish_event" add constraint "wish_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "wish_event" add constraint "wish_event_wish_id_foreign" foreign key ("wish_id") references "micro_wish" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "wish_settings" add constraint "wish_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );

    // Same-tenant references: the poster, a claiming person and the events belong to the wish's
    // community (a null claimant person is not checked: MATCH SIMPLE).
    this.addSql(
      `alter table "micro_wish" add constraint "micro_wish_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "micro_wish" add constraint "micro_wish_same_tenant_poster" foreign key ("tenant_id", "poster_id") references "person" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "micro_wish" add constraint "micro_wish_same_tenant_claimant_person" foreign key ("tenant_id", "claimant_person_id") references "person" ("tenant_id", "id");`,
    );
    this.addSql(
      `alter table "wish_event" add constraint "wish_event_same_tenant_wish" foreign key ("tenant_id", "wish_id") references "micro_wish" ("tenant_id", "id");`,
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
  }

  override async down(): Promise<void> {
    for (const table of [...TABLES].reverse()) this.addSql(`drop table if exists "${table}" cascade;`);
    this.addSql(`drop type "wish_action";`);
    this.addSql(`drop type "micro_wish_status";`);
    this.addSql(`drop type "wish_category";`);
  }
}
