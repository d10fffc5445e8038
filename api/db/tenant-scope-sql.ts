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
  /** The same ids, for readRows' check of the rows it reads. */
  tenantIds: ReadonlySet<string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/*
 * By the scope array itself: a principal (cached for PRINCIPAL_CACHE_MS) brings the same array to
 * each of its requests, and checking a district's 521 ids against the UUID pattern, joining and
 * hashing them was a tenth of a small query's CPU. Scope arrays are never changed once built.
 */
const paramsByScope = new WeakMap<readonly string[], TenantFilterParams>();

/** The filter parameters for a scope; ids that are not UUIDs are a bug upstream and are refused. */
export function tenantFilterParams(tenantIds: readonly string[]): TenantFilterParams {
  const known = paramsByScope.get(tenantIds);
  if (known) return known;
  for (const id of tenantIds) {
    if (!isUuid(id)) throw new Error(`A tenant scope holds a non-UUID id: ${JSON.stringify(id)}`);
  }
  const params = { scopeLiteral: `{${tenantIds.join(',')}}`, tenantIds: new Set(tenantIds) };
  paramsByScope.set(tenantIds, params);
  return params;
}

/**
 * The tenant filter's condition on `alias` for reads written by hand without the request's
 * parameters (jobs: readRows checks a request's rows against its ids itself): the row's tenant is
 * in the transaction's scope setting, which row-level security reads too. Wrapped in `coalesce`,
 * which PostgreSQL can neither estimate per id nor use as an index condition, so readRows' own
 * condition (ids, parent ids) chooses the index on its prepared statements' generic plans.
 */
export function tenantScopeCondition(alias: string): string {
  return `coalesce(${alias}."tenant_id" = ${SCOPE_ANY}, false)`;
}
