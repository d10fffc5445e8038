import type { EntityClass, EntityProperty, Platform } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * How readRows turns a database row into a read row: an object that inherits the entity's
 * getters and methods, each many-to-one a bare `{ id }` reference. Written per entity from its
 * metadata, as MikroORM's own result mapper is (EntityComparator.getResultMapper), with one
 * difference: timestamps are parsed when read, not when loaded. A nested page reads a thousand
 * rows with two timestamps each and a response rarely shows one; parsing them all was about
 * a twentieth of the API's CPU on the nested community query.
 */

type Column =
  | { kind: 'plain'; column: string; prop: string }
  | { kind: 'reference'; column: string; prop: string }
  | { kind: 'timestamp'; column: string; prop: string; raw: symbol };

export interface ReadShape {
  /** A constructor whose instances inherit the entity's getters and methods. */
  Row: new () => object;
  /** Many-to-one and owning one-to-one properties: `{ id }` in a read row. */
  references: Set<string>;
  /** The entity's columns, when every property maps to exactly one (else rows go through MikroORM's mapper). */
  columns: Column[] | null;
}

const shapes = new WeakMap<object, ReadShape>();

/** As MikroORM's result mapper parses a timestamp column (PostgreSQL sends it as text). */
function parseTimestamp(platform: Platform, value: unknown): unknown {
  if (value == null || value instanceof Date) return value;
  if (typeof value === 'bigint') return platform.parseDate(Number(value));
  if (typeof value === 'number') return platform.parseDate(value);
  const text = String(value);
  const zoned = text.includes('+') || text.lastIndexOf('-') > 10 || text.endsWith('Z');
  return platform.parseDate(zoned ? text : `${text}Z`);
}

const own = (target: object, prop: string, value: unknown) =>
  Object.defineProperty(target, prop, { value, writable: true, enumerable: true, configurable: true });

function columnOf(prop: EntityProperty): Column | null | undefined {
  if (prop.kind === '1:m' || prop.kind === 'm:n' || (prop.kind === '1:1' && !prop.owner)) return undefined;
  if (prop.persist === false || prop.formula || prop.embedded || prop.fieldNames?.length !== 1) return null;
  const column = prop.fieldNames[0];
  if (prop.kind === 'm:1' || prop.kind === '1:1') return { kind: 'reference', column, prop: prop.name };
  if (prop.kind !== 'scalar') return null;
  if (prop.runtimeType === 'Date')
    return { kind: 'timestamp', column, prop: prop.name, raw: Symbol(prop.name) };
  return { kind: 'plain', column, prop: prop.name };
}

/**
 * The ORM defines accessors for every mapped property on the entity prototype (to track changes
 * of managed entities); plain assignment would run them. Read rows inherit from a prototype that
 * shadows each with a writable data property, so assignment creates plain own properties; a
 * timestamp's shadow parses the row's text on first read and keeps the Date.
 */
export function shapeOf(em: EntityManager, entity: EntityClass<object>): ReadShape {
  let shape = shapes.get(entity);
  if (shape) return shape;
  const meta = em.getMetadata().get(entity.name);
  const platform = em.getPlatform();
  let columns: Column[] | null = [];
  for (const prop of Object.values(meta.properties)) {
    const column = columnOf(prop as EntityProperty);
    if (column === null) columns = null;
    else if (column && columns) columns.push(column);
  }
  const shadows: PropertyDescriptorMap = {};
  for (const name of Object.keys(meta.properties)) {
    shadows[name] = { value: undefined, writable: true, enumerable: false, configurable: true };
  }
  for (const column of columns ?? []) {
    if (column.kind !== 'timestamp') continue;
    const { prop, raw } = column;
    shadows[prop] = {
      get(this: Record<string | symbol, unknown>) {
        const value = parseTimestamp(platform, this[raw]);
        own(this, prop, value);
        return value;
      },
      set(this: object, value: unknown) {
        own(this, prop, value);
      },
      enumerable: false,
      configurable: true,
    };
  }
  const prototype = Object.create(entity.prototype, shadows) as object;
  const Row = function ReadRow() {} as unknown as new () => object;
  Row.prototype = prototype;
  const references = new Set(
    meta.relations.filter((r) => r.kind === 'm:1' || r.kind === '1:1').map((r) => r.name as string),
  );
  shape = { Row, references, columns };
  shapes.set(entity, shape);
  return shape;
}

/**
 * Read rows from database rows of `shape.columns`, selected in that order (selectSql): as arrays
 * from the driver, or as objects by column name from MikroORM's connection. Columns renamed,
 * references as `{ id }`. With `inScope` (the tenant filter's ids), rows of other tenants are
 * dropped: the tenant filter, applied to what was read.
 */
export function fromDatabaseRows(
  shape: ReadShape,
  rows: unknown[][] | Record<string, unknown>[],
  inScope?: ReadonlySet<string>,
): object[] {
  const columns = shape.columns ?? [];
  const tenant = columns.findIndex((c) => c.column === 'tenant_id');
  if (inScope && tenant < 0) throw new Error('A tenant scope was given for rows without a tenant_id column');
  const admitted = inScope
    ? (rows as (unknown[] | Record<string, unknown>)[]).filter((row) =>
        inScope.has((Array.isArray(row) ? row[tenant] : row.tenant_id) as string),
      )
    : rows;
  return admitted.map((row: unknown[] | Record<string, unknown>) => {
    const instance = new shape.Row() as Record<string | symbol, unknown>;
    const byIndex = Array.isArray(row);
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const value = byIndex ? row[i] : row[column.column];
      if (value === undefined) continue;
      if (column.kind === 'plain') instance[column.prop] = value;
      else if (column.kind === 'reference') instance[column.prop] = value == null ? undefined : { id: value };
      else if (value == null || value instanceof Date) instance[column.prop] = value;
      else instance[column.raw] = value;
    }
    return instance;
  });
}

/** A read row from a row MikroORM has already mapped (property names): references as `{ id }`. */
export function fromMappedRow(shape: ReadShape, row: Record<string, unknown>): object {
  const instance = new shape.Row() as Record<string, unknown>;
  for (const key in row) {
    const value = row[key];
    instance[key] = shape.references.has(key) ? (value == null ? undefined : { id: value }) : value;
  }
  return instance;
}
