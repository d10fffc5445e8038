import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { badInput } from '../../core/errors/domain-error';
import { type ConnectionShape, type PageArgs, pageSize } from '../../core/graphql/connection';

/*
 * Keyset pagination over (createdAt, id) descending: a wall shows the newest wishes first,
 * while the shared `paginate` walks oldest first (for integrators syncing deltas). Same cursor
 * format, same lazy totalCount, same page-size cap.
 */

const encode = (createdAt: Date, id: string) =>
  Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');

function decode(cursor: string): { createdAt: Date; id: string } {
  try {
    const [iso, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = new Date(iso);
    if (Number.isNaN(createdAt.getTime()) || typeof id !== 'string') throw new Error('bad cursor');
    return { createdAt, id };
  } catch {
    throw badInput('after', 'after is not a cursor returned by this list.');
  }
}

/** A thenable that runs its query only when `totalCount` is selected (as in connection.ts). */
function lazy<R>(work: () => Promise<R>): PromiseLike<R> {
  let started: Promise<R> | null = null;
  return { then: (onFulfilled, onRejected) => (started ??= work()).then(onFulfilled, onRejected) };
}

export async function paginateNewestFirst<T extends { id: string; createdAt: Date }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  limits: { maxPageSize: number; defaultPageSize: number },
): Promise<ConnectionShape<T>> {
  const size = pageSize(args.first, limits);
  const conditions: FilterQuery<T>[] = [where];
  if (args.updatedSince) {
    conditions.push({ updatedAt: { $gte: args.updatedSince } } as unknown as FilterQuery<T>);
  }
  const filter = { $and: conditions } as unknown as FilterQuery<T>;
  const page: FilterQuery<T>[] = [filter];
  if (args.after) {
    const c = decode(args.after);
    page.push({
      $or: [{ createdAt: { $lt: c.createdAt } }, { createdAt: c.createdAt, id: { $lt: c.id } }],
    } as unknown as FilterQuery<T>);
  }
  const rows = await em.find(entity, { $and: page } as unknown as FilterQuery<T>, {
    orderBy: { createdAt: 'desc', id: 'desc' } as never,
    limit: size + 1,
  });
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: encode(node.createdAt, node.id) }));
  return {
    edges,
    totalCount: lazy(() => em.count(entity, filter)),
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
