/**
 * The SQL of a request's tenant scope, for the ORM's tenant filter and hand-written reads. No
 * entity imports here, so any module can use it without an import cycle through the ORM config.
 */

/**
 * The scope as the transaction set it (`set_config('app.tenant_ids', …, true)`): `= any (…)`
 * against that array, evaluated once per statement (`(select …)`). Row-level security uses the
 * same array. Outside a request transaction the setting is empty: nothing matches.
 */
export const SCOPE_ANY = 'any ((select app_scope_tenant_ids())::uuid[])';

/** The tenant filter's parameters for one request (`em.setFilterParams(TENANT_FILTER, …)`). */
export interface TenantFilterParams {
  /** The principal's scope as a PostgreSQL array literal, `{id,id,…}` (see `tenantFilterParams`). */
  scopeLiteral: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** The filter parameters for a scope; ids that are not UUIDs are a bug upstream and are refused. */
export function tenantFilterParams(tenantIds: readonly string[]): TenantFilterParams {
  for (const id of tenantIds) {
    if (!isUuid(id)) throw new Error(`A tenant scope holds a non-UUID id: ${JSON.stringify(id)}`);
  }
  return { scopeLiteral: `{${tenantIds.join(',')}}` };
}

/**
 * The tenant filter's condition on `alias`, for reads written by hand (readRows): the row's tenant
 * is in the request's scope. Row-level security checks the same on every tenant-owned table; the
 * ORM filter (mikro-orm.config.ts) writes the same condition for MikroORM's own queries.
 *
 * Written so that PostgreSQL's planner does not count the scope twice. Both conditions compare
 * `tenant_id` with an array the planner cannot see into (a parameter from a subquery), which it
 * estimates as 10 ids; two of them multiply, so a page of 130 people by primary key looked like 20
 * rows by tenant and was read through the tenant index: all 50,000 people of a district's 521
 * tenants, 3–4× slower. With the request's ids bound as one array (`'?'`: the caller binds
 * `scopeLiteral`), the planner knows their number (and hashes the array); without them (jobs),
 * the condition is wrapped in `coalesce`, which the planner estimates at one half instead of
 * multiplying in the scope again. Either way a row outside the scope never matches.
 */
export function tenantScopeCondition(alias: string, params?: '?'): string {
  const column = `${alias}."tenant_id"`;
  if (params === '?') return `${column} = any (?::uuid[])`;
  return `coalesce(${column} = ${SCOPE_ANY}, false)`;
}
