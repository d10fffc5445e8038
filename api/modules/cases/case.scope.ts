import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { defineLoader } from '../../core/graphql/loader-registry';
import { readRows } from '../../db/read-rows';
import { Tenant } from '../tenants/tenant.entity';
import { principalOf, visibleCases } from './case.policy';
import type { Case } from './case.entity';
import { SCOPE_ANY } from '../../db/tenant-scope-sql';

/** The tenants of the caller's scope with their paths, read once per request. */
export interface ScopeTree {
  byId: Map<string, Tenant>;
  /** Ids in scope at or below `nodeId`. */
  below(nodeId: string): string[];
  /** Ids from the root down to `tenantId` (itself last), from its path. */
  ancestors(tenantId: string): string[];
}

const scopeTreeLoader = defineLoader((em) => {
  const cache = new Map<string, Promise<ScopeTree>>();
  return (scope: string[]) => {
    const key = scope.join(',');
    let tree = cache.get(key);
    if (!tree) {
      // Small scopes as a list; a district's hundreds of ids through the transaction's scope array.
      const where: FilterQuery<Tenant> =
        scope.length <= 20 ? { id: { $in: scope } } : { id: { $eq: raw(SCOPE_ANY) } };
      tree = readRows(em, Tenant, where).then((rows) => {
        const byId = new Map(rows.map((t) => [t.id, t]));
        return {
          byId,
          below: (nodeId: string) => rows.filter((t) => t.path.includes(`${nodeId}/`)).map((t) => t.id),
          ancestors: (tenantId: string) => {
            const t = byId.get(tenantId);
            return t ? t.path.split('/').filter(Boolean) : [tenantId];
          },
        };
      });
      cache.set(key, tree);
    }
    return tree;
  };
});

export const scopeTree = (ctx: RequestContext): Promise<ScopeTree> =>
  ctx.loaders.get(scopeTreeLoader)(principalOf(ctx).tenantIds);

/** The caller's readable cases as one condition: its scope and its slice of it. */
export async function readableCases(ctx: RequestContext): Promise<FilterQuery<Case>> {
  const p = principalOf(ctx);
  const tree = await scopeTree(ctx);
  return { $and: [{ tenant: { $in: p.tenantIds } }, visibleCases(p, (id) => tree.below(id))] };
}
