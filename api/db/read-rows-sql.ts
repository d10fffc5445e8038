import {
  DateType,
  DoubleType,
  QueryHelper,
  RawQueryFragment,
  Utils,
  type Dictionary,
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './tenant-owned.entity';
import { tenantScopeCondition, type TenantFilterParams } from './tenant-scope-sql';
import { shapeOf } from './read-row-shape';

/*
 * SQL for readRows' usual shapes, written directly. MikroORM's QueryBuilder turns a filter
 * object into SQL through a tree of criteria nodes and then through knex: for a loader's
 * `{ grid: { $in: ids } }` that took about as long as PostgreSQL took to answer, on every
 * batch of every request. The shapes here are the loaders' own: comparisons of scalar or
 * many-to-one columns, combined with $and/$or, ordered by columns. Anything else returns null
 * and readRows uses the QueryBuilder, so a new shape is slower, never wrong.
 */

const ALIAS = 'r0';
const COMPARISONS: Record<string, string> = {
  $eq: '=',
  $ne: '<>',
  $gt: '>',
  $gte: '>=',
  $lt: '<',
  $lte: '<=',
  $like: 'like',
};
const DIRECTIONS = new Map<unknown, string>([
  ['asc', 'asc'],
  ['ASC', 'asc'],
  [1, 'asc'],
  ['desc', 'desc'],
  ['DESC', 'desc'],
  [-1, 'desc'],
]);

/**
 * How a statement carries its values: `pg` binds them as protocol parameters (`$1`, `$2`, …; a
 * list is one array parameter) for the driver itself; `orm` writes `?` placeholders, which
 * MikroORM's connection replaces with quoted literals (a list is one `?` per item).
 */
export type Placeholders = 'pg' | 'orm';

/** Values of one statement, in placeholder order. */
class Params {
  readonly values: unknown[] = [];
  constructor(readonly style: Placeholders) {}

  /** A placeholder for a value this writer can bind, with the value pushed; null for any other value. */
  bind(value: unknown): string | null {
    const plain =
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (value instanceof Date && !Number.isNaN(value.getTime()));
    if (!plain) return null;
    // For the driver, as an ISO string: the same instant whatever the server's time zone, as
    // MikroORM writes it (forceUtcTimezone); MikroORM formats its own.
    return this.push(value instanceof Date && this.style === 'pg' ? value.toISOString() : value);
  }

  /** `column` is one of `values`: `= any ($n)` (one array; the column's type types it) or `in (?, …)`. */
  in(column: string, values: unknown[]): string | null {
    if (this.style === 'orm') {
      const items = values.map((v) => this.bind(v));
      return items.includes(null) ? null : `${column} in (${items.join(', ')})`;
    }
    const first = typeof values[0];
    if (first !== 'string' && first !== 'number') return null;
    if (values.some((v) => typeof v !== first || (first === 'number' && !Number.isFinite(v)))) return null;
    return `${column} = any (${this.push(values)})`;
  }

  push(value: unknown): string {
    this.values.push(value);
    return this.style === 'pg' ? `$${this.values.length}` : '?';
  }
}

/** Custom types whose values compare as written (a date as 'YYYY-MM-DD', a double as a number). */
const PLAIN_CUSTOM_TYPES = [DateType, DoubleType];

/** The column of a property that can be compared as written: scalar or owning single reference, no JSON or array. */
function columnOf(meta: EntityMetadata, name: string): string | null {
  const prop = meta.properties[name] as EntityProperty | undefined;
  if (!prop || prop.fieldNames?.length !== 1) return null;
  if (prop.customType && !PLAIN_CUSTOM_TYPES.some((type) => prop.customType instanceof type)) return null;
  if (prop.kind !== 'scalar' && prop.kind !== 'm:1' && !(prop.kind === '1:1' && prop.owner)) return null;
  return `${ALIAS}."${prop.fieldNames[0]}"`;
}

function comparison(column: string, op: string, value: unknown, params: Params): string | null {
  if (op === '$in') {
    if (!Array.isArray(value)) return null;
    if (value.length === 0) return 'false';
    return params.in(column, value);
  }
  const sqlOp = COMPARISONS[op];
  if (!sqlOp) return null;
  // A fragment of SQL of the caller's own (the scope array, say), without values or aliases.
  if (value instanceof RawQueryFragment)
    return value.params.length === 0 && !value.sql.includes('[::alias::]')
      ? `${column} ${sqlOp} ${value.sql}`
      : null;
  if (value === null)
    return op === '$eq' ? `${column} is null` : op === '$ne' ? `${column} is not null` : null;
  const item = params.bind(value);
  return item === null ? null : `${column} ${sqlOp} ${item}`;
}

function condition(meta: EntityMetadata, where: unknown, params: Params): string | null {
  if (!Utils.isPlainObject(where)) return null;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where)) {
    let part: string | null;
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) return null;
      const items = value.map((w) => condition(meta, w, params));
      if (items.includes(null)) return null;
      part = `(${items.join(key === '$and' ? ' and ' : ' or ')})`;
    } else {
      const column = columnOf(meta, key);
      if (!column) return null;
      if (value === null || !Utils.isPlainObject(value)) {
        part = comparison(column, '$eq', value, params);
      } else {
        const ops = Object.entries(value).map(([op, v]) => comparison(column, op, v, params));
        part = ops.length === 0 || ops.includes(null) ? null : ops.join(' and ');
      }
    }
    if (part === null) return null;
    parts.push(part);
  }
  return parts.length ? parts.join(' and ') : 'true';
}

function orderClause(meta: EntityMetadata, orderBy: object | undefined): string | null {
  if (!orderBy) return '';
  const items: string[] = [];
  for (const [key, direction] of Object.entries(orderBy)) {
    const column = columnOf(meta, key);
    const dir = DIRECTIONS.get(direction);
    if (!column || !dir) return null;
    items.push(`${column} ${dir}`);
  }
  return items.length ? ` order by ${items.join(', ')}` : '';
}

/**
 * Whether the tenant filter applies to `entity` on `em` (and no other filter does), with its
 * parameters: the same decision MikroORM's `applyFilters` makes for a query, from the same sources
 * (the configuration's filters, the EntityManager's, the entity's). `undefined` when another
 * filter is active: that query goes through the QueryBuilder.
 */
function tenantFilterOf(
  em: EntityManager,
  meta: EntityMetadata,
): { applies: boolean; params?: TenantFilterParams } | undefined {
  const sources = [
    em.config.get('filters') as Dictionary,
    (em as unknown as { filters?: Dictionary }).filters ?? {},
    meta.filters ?? {},
  ];
  const active = new Set(
    sources.flatMap((f) => QueryHelper.getActiveFilters(meta.className, undefined, f).map((x) => x.name)),
  );
  if (active.size === 0) return { applies: false };
  if (active.size > 1 || !active.has(TENANT_FILTER)) return undefined;
  return { applies: true, params: em.getFilterParams<TenantFilterParams>(TENANT_FILTER) };
}

export interface SelectStatement {
  sql: string;
  params: unknown[];
  /**
   * The tenant filter with a request's parameters: only rows of these tenants may be returned.
   * readRows drops any other row (fromDatabaseRows). Checked in the process rather than in SQL:
   * binding the principal's ids to every read cost PostgreSQL some 0.4 ms a statement to parse
   * (521 ids for a district) and a linear search per row, for rows that row-level security has
   * already admitted against the same scope.
   */
  inScope?: ReadonlySet<string>;
}

/**
 * `select <columns> … where … order by …` for readRows with its bound values, or null when the
 * shape is not one written here. The columns are named, not `*`: a prepared statement whose
 * result columns change (a migration adding one) fails instead of re-planning.
 */
export function selectSql(
  em: EntityManager,
  entity: EntityClass<object>,
  where: unknown,
  orderBy: object | undefined,
  placeholders: Placeholders,
  limit?: number,
): SelectStatement | null {
  const columns = shapeOf(em, entity).columns;
  if (!columns) return null;
  const meta = em.getMetadata().get(entity.name);
  const filter = tenantFilterOf(em, meta);
  if (!filter) return null;
  const params = new Params(placeholders);
  const conditions = condition(meta, where, params);
  const order = orderClause(meta, orderBy);
  if (conditions === null || order === null) return null;
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 0)) return null;
  // A parameter, so one prepared statement serves every page size.
  const limitClause = limit === undefined ? '' : ` limit ${params.push(limit)}`;
  // A request's scope is checked on the rows (readRows), a job's in SQL; RLS checks both anyway.
  const inScope = filter.applies ? filter.params?.tenantIds : undefined;
  const scope = filter.applies && !inScope ? ` and ${tenantScopeCondition(ALIAS)}` : '';
  const table = meta.schema ? `"${meta.schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
  const list = columns.map((c) => `${ALIAS}."${c.column}"`).join(', ');
  return {
    sql: `select ${list} from ${table} as ${ALIAS} where ${conditions}${scope}${order}${limitClause}`,
    params: params.values,
    inScope,
  };
}
