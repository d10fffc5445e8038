import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { IsInt, IsOptional, Min } from 'class-validator';
import { badInput } from '../errors/domain-error';
import { readRows } from '../../db/read-rows';

@ObjectType('PageInfo', { description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow the last edge.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items precede the first edge (true when `after` was given).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge: pass it as `after`.' })
  endCursor!: string | null;
}

/** Forward pagination with a delta-sync filter; every list takes these. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Page size (default LIMIT_DEFAULT_PAGE_SIZE = 20, at most LIMIT_MAX_PAGE_SIZE = 100).',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  @IsOptional()
  after?: string;

  @Field(() => Date, {
    nullable: true,
    description: 'Only items changed at or after this time (for integrators syncing deltas).',
  })
  @IsOptional()
  updatedSince?: Date;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  /** A lazy count: GraphQL awaits it only when `totalCount` is selected. */
  totalCount: number | PromiseLike<number>;
}

/**
 * A thenable that starts its work on the first `then`: graphql-js awaits a field's value only
 * when the field is selected, so a list whose `totalCount` nobody asked for runs no count query.
 */
function lazy<R>(work: () => Promise<R>): PromiseLike<R> {
  let started: Promise<R> | null = null;
  return {
    then: (onFulfilled, onRejected) => (started ??= work()).then(onFulfilled, onRejected),
  };
}

/**
 * A Relay connection type for `nodeType`: `XConnection { edges { node cursor } pageInfo totalCount }`.
 * Declare once per node type: `@ObjectType('XConnection') class XConnection extends Connection(X) {}`.
 */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  const name = nodeType.name;

  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  class Edge {
    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;

    @Field(() => String, { description: 'Opaque cursor of this edge.' })
    cursor!: string;
  }

  // Registered only so subclasses inherit its fields; it is never referenced, so never emitted.
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The page of items, in a stable order (oldest first).' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page is.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filters, across all pages.' })
    totalCount!: number | PromiseLike<number>;
  }
  return ConnectionType;
}

const encodeCursor = (createdAt: Date, id: string) =>
  Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [iso, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = new Date(iso);
    if (Number.isNaN(createdAt.getTime()) || typeof id !== 'string') throw new Error('bad cursor');
    return { createdAt, id };
  } catch {
    throw badInput('after', 'after is not a cursor returned by this list.');
  }
}

/** Checks the page size against the cap; shared by pagination and the cost estimator. */
export function pageSize(
  first: number | undefined,
  limits: { maxPageSize: number; defaultPageSize: number },
): number {
  const size = first ?? limits.defaultPageSize;
  if (size > limits.maxPageSize) {
    throw badInput('first', `first must be at most ${limits.maxPageSize} (the page-size cap).`);
  }
  return size;
}

const PAGE_ORDER = { createdAt: 'asc', id: 'asc' } as const;

/**
 * A page's rows. Read rows (readRows: no unit of work) unless relations are to be populated: a
 * list's nodes are only read by its field resolvers, and hydrating them as managed entities took
 * a small list query a fifth of its CPU. Pending changes of the entity are flushed first, as
 * `em.find` would (a mutation's payload may list what it wrote). readRows checks a request's rows
 * against the tenant filter after the limit: a row that RLS admits and the filter does not would
 * make the page short, never leak; both come from the same principal's scope.
 */
async function pageRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  limit: number,
  populate: readonly string[] | undefined,
): Promise<T[]> {
  if (populate?.length) {
    return em.find(entity, where, { orderBy: PAGE_ORDER as never, limit, populate: populate as never });
  }
  await em.tryFlush(entity, {});
  return readRows(em, entity, where, PAGE_ORDER as never, limit);
}

/**
 * Keyset pagination over (createdAt, id): stable under inserts, one query for the page and one
 * for the total. The tenant filter and RLS apply as to any other query on `em`.
 */
export async function paginate<T extends { id: string; createdAt: Date }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  limits: { maxPageSize: number; defaultPageSize: number },
  populate?: readonly string[],
): Promise<ConnectionShape<T>> {
  const size = pageSize(args.first, limits);
  const conditions: FilterQuery<T>[] = [where];
  if (args.updatedSince)
    conditions.push({ updatedAt: { $gte: args.updatedSince } } as unknown as FilterQuery<T>);
  const filter = { $and: conditions } as unknown as FilterQuery<T>;
  const page: FilterQuery<T>[] = [filter];
  if (args.after) {
    const c = decodeCursor(args.after);
    page.push({
      $or: [{ createdAt: { $gt: c.createdAt } }, { createdAt: c.createdAt, id: { $gt: c.id } }],
    } as unknown as FilterQuery<T>);
  }
  const rows = await pageRows(em, entity, { $and: page } as unknown as FilterQuery<T>, size + 1, populate);
  const totalCount = lazy(() => em.count(entity, filter));
  const hasNextPage = rows.length > size;
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node.createdAt, node.id) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
