import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

/**
 * Runs `work` in one transaction on a fresh fork of `orm` (the owner, for jobs), scoped to one
 * tenant: row-level security is forced on tenant-owned tables, so the owner too sees and writes
 * rows only of the tenants in `app.tenant_ids`, set here for this transaction alone.
 */
export async function inTenantTransaction<T>(
  orm: MikroORM,
  tenantId: string,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const em = orm.em.fork({ clear: true, useContext: false });
  return em.transactional(async (tx) => {
    await tx
      .getConnection()
      .execute("select set_config('app.tenant_ids', ?, true)", [tenantId], 'all', tx.getTransactionContext());
    return work(tx);
  });
}
