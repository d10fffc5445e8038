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
 * With `placeholder`, the caller binds the principal's ids there (`scopeLiteral`), so this check
 * does not depend on the transaction's scope setting that row-level security reads; without it
 * (jobs), it reads that setting. Either way it is wrapped in `coalesce`, which PostgreSQL can
 * neither estimate per id nor use as an index condition: readRows' own condition (ids, parent ids)
 * chooses the index. A bare `= any (<521 ids>)` cost some 2 ms of planning per statement, one
 * selectivity estimate per id; as an index condition on a generic plan (readRows prepares its
 * statements) it read the tenant index for every id of the scope. A row outside the scope never
 * matches either way.
 */
export function tenantScopeCondition(alias: string, placeholder?: string): string {
  const column = `${alias}."tenant_id"`;
  return `coalesce(${column} = ${placeholder ? `any (${placeholder}::uuid[])` : SCOPE_ANY}, false)`;
}
