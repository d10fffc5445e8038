/**
 * Row-level security for a tenant-owned table: enabled and forced (so even the owner is walled,
 * superusers aside), with one policy that admits rows whose tenant_id is in the transaction's
 * `app.tenant_ids` setting. Unset or empty setting: no rows. A migration that creates a
 * tenant-owned table writes out what this returns (written out, not imported, so a released
 * migration never changes); test/platform/rls-metadata.test.ts checks none was missed.
 */
export function rowLevelSecuritySql(table: string): string[] {
  const q = `"${table}"`;
  return [
    `alter table ${q} enable row level security;`,
    `alter table ${q} force row level security;`,
    `drop policy if exists tenant_scope on ${q};`,
    `create policy tenant_scope on ${q} using (${TENANT_SCOPE_POLICY}) with check (${TENANT_SCOPE_POLICY});`,
  ];
}

/**
 * The policy's condition. `(select …)` makes the scope an init plan: parsed once per statement,
 * not once per row. `coalesce` keeps PostgreSQL from using it as an index condition: it cannot
 * see how many ids the setting holds and guesses ten, so for a district's 521 it read the tenant
 * index for all of them beside the query's own, far more selective, index (migration
 * 20261124070000). The queries' own tenant conditions, which carry the ids, choose indexes.
 */
export const TENANT_SCOPE_POLICY =
  'coalesce(tenant_id = any ((select app_scope_tenant_ids())::uuid[]), false)';

/** The scope as an array; `''` (after a transaction) and unset both mean "nothing". */
export const SCOPE_FUNCTION_SQL = `
create or replace function app_scope_tenant_ids() returns uuid[]
language sql stable parallel safe as $$
  select coalesce(string_to_array(nullif(current_setting('app.tenant_ids', true), ''), ',')::uuid[], '{}'::uuid[])
$$;`;

/**
 * A partner's scope is the tenants of its active partnerships, which are themselves walled by
 * RLS; this definer function (owned by the table owner) answers that one question before a scope exists.
 */
export const PARTNER_SCOPE_FUNCTION_SQL = `
create or replace function app_partner_tenant_ids(p_partner_unit_id uuid) returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct tenant_id), '{}'::uuid[]) from partnership
  where partner_unit_id = p_partner_unit_id and status = 'ACTIVE'
    and (ends_on is null or ends_on >= current_date)
$$;`;
