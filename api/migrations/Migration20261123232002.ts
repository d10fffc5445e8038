import { Migration } from '@mikro-orm/migrations';

/**
 * Partners: kinds and addresses of partner units (共建单位), and agreements (共建协议) with a
 * period, commitments (the five 联), points acceptance for merchants and the unit's contact for
 * the tenant. Written by hand in the generator's style (issue 4 runs several modules at once).
 */
export class Migration20261123232002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "partner_unit_kind" as enum ('ENTERPRISE', 'LAW_FIRM', 'HOSPITAL', 'SCHOOL', 'BANK', 'PROPERTY_MANAGER', 'MERCHANT', 'GOVERNMENT_UNIT', 'SOCIAL_ORGANISATION');`,
    );

    this.addSql(
      `alter table "partner_unit" add column "kind" "partner_unit_kind" not null default 'ENTERPRISE', add column "address" varchar(200) null;`,
    );

    // starts_on is filled from signed_on for agreements recorded before it existed.
    this.addSql(
      `alter table "partnership" add column "starts_on" date null, add column "commitments" text[] not null default '{}', add column "commitment_note" text null, add column "accepts_points" boolean not null default false, add column "contact_name" varchar(50) null, add column "contact_phone" varchar(20) null;`,
    );
    this.addSql(`update "partnership" set "starts_on" = "signed_on";`);
    this.addSql(`alter table "partnership" alter column "starts_on" set not null;`);
    this.addSql(
      `create index "partnership_tenant_id_created_at_id_index" on "partnership" ("tenant_id", "created_at", "id");`,
    );

    // Same-tenant references to an agreement (a venue it runs, a sub-project it supports) point
    // at (tenant_id, id), as in the foundation migration.
    this.addSql(
      `alter table "partnership" add constraint "partnership_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );

    // A partner's scope: agreements ACTIVE and within their period today (one signed for next
    // month does not open the tenant yet).
    this.addSql(`create or replace function app_partner_tenant_ids(p_partner_unit_id uuid) returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct tenant_id), '{}'::uuid[]) from partnership
  where partner_unit_id = p_partner_unit_id and status = 'ACTIVE'
    and starts_on <= current_date
    and (ends_on is null or ends_on >= current_date)
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function app_partner_tenant_ids(p_partner_unit_id uuid) returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct tenant_id), '{}'::uuid[]) from partnership
  where partner_unit_id = p_partner_unit_id and status = 'ACTIVE'
    and (ends_on is null or ends_on >= current_date)
$$;`);
    this.addSql(`alter table "partnership" drop constraint "partnership_tenant_id_id_unique";`);
    this.addSql(`drop index "partnership_tenant_id_created_at_id_index";`);
    this.addSql(
      `alter table "partnership" drop column "starts_on", drop column "commitments", drop column "commitment_note", drop column "accepts_points", drop column "contact_name", drop column "contact_phone";`,
    );
    this.addSql(`alter table "partner_unit" drop column "kind", drop column "address";`);
    this.addSql(`drop type "partner_unit_kind";`);
  }
}
