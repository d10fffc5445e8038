import {
  DateType,
  DoubleType,
  QueryHelper,
  Utils,
  type Dictionary,
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './tenant-owned.entity';
import { tenantScopeCondition, type TenantFilterParams } from './tenant-scope-sql';

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
};
const DIRECTIONS = new Map<unknown, string>([
  ['asc', 'asc'],
  ['ASC', 'asc'],
  [1, 'asc'],
  ['desc', 'desc'],
  ['DESC', 'desc'],
  [-1, 'desc'],
]);

/** Values of one statement, bound to its `?` placeholders in order (MikroORM quotes them). */
type Params = unknown[];

/** A `?` for a value this writer can bind, with the value pushed; null for any other value. */
function bind(value: unknown, params: Params): string | null {
  const plain =
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (value instanceof Date && !Number.isNaN(value.getTime()));
  if (!plain) return null;
  params.push(value);
  return '?';
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
    const items = value.map((v) => bind(v, params));
    return items.includes(null) ? null : `${column} in (${items.join(', ')})`;
  }
  const sqlOp = COMPARISONS[op];
  if (!sqlOp) return null;
  if (value === null)
    return op === '$eq' ? `${column} is null` : op === '$ne' ? `${column} is not null` : null;
  const item = bind(value, params);
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

/** `select … where … order by …` for readRows with its bound values, or null when the shape is not one written here. */
export function selectSql(
  em: EntityManager,
  entity: EntityClass<object>,
  where: unknown,
  orderBy: object | undefined,
): { sql: string; params: Params } | null {
  const meta = em.getMetadata().get(entity.name);
  const filter = tenantFilterOf(em, meta);
  if (!filter) return null;
  const params: Params = [];
  const conditions = condition(meta, where, params);
  const order = orderClause(meta, orderBy);
  if (conditions === null || order === null) return null;
  let scope = '';
  if (filter.applies) {
    scope = ` and ${tenantScopeCondition(ALIAS, filter.params && '?')}`;
    if (filter.params) params.push(filter.params.scopeLiteral);
  }
  const table = meta.schema ? `"${meta.schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
  return { sql: `select ${ALIAS}.* from ${table} as ${ALIAS} where ${conditions}${scope}${order}`, params };
}
