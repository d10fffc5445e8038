import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database } from '../../api/db/database';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';

let counter = 0;
const nextCode = (prefix: string, digits: number) => `${prefix}${String(++counter).padStart(digits, '0')}`;

/** Creates a tenant node directly as the owner (test setup is the platform-admin path). */
export async function createTenant(
  em: EntityManager,
  kind: TenantKind,
  name: string,
  parent?: Tenant,
  code?: string,
): Promise<Tenant> {
  const tenant = em.create(Tenant, {
    kind,
    name,
    code:
      code ??
      (kind === TenantKind.DISTRICT
        ? `4101${String(10 + (++counter % 89)).padStart(2, '0')}000000`
        : kind === TenantKind.STREET
          ? `${parent!.code.slice(0, 6)}${nextCode('', 3)}000`
          : `${parent!.code.slice(0, 9)}${nextCode('', 3)}`),
    parent: parent ? em.getReference(Tenant, parent.id) : undefined,
    path: '',
  });
  tenant.path = `${parent ? parent.path : '/'}${tenant.id}/`;
  await em.persistAndFlush(tenant);
  return tenant;
}

export interface TenantTree {
  district: Tenant;
  streetA: Tenant;
  streetB: Tenant;
  /** Two sibling communities under street A, one under street B. */
  communityA1: Tenant;
  communityA2: Tenant;
  communityB1: Tenant;
}

/** A district with two streets and three communities: enough for every isolation test. */
export async function createTenantTree(db: Database): Promise<TenantTree> {
  const em = db.owner.em.fork();
  const district = await createTenant(em, TenantKind.DISTRICT, '测试区');
  const streetA = await createTenant(em, TenantKind.STREET, '甲街道', district);
  const streetB = await createTenant(em, TenantKind.STREET, '乙街道', district);
  const communityA1 = await createTenant(em, TenantKind.COMMUNITY, '甲一社区', streetA);
  const communityA2 = await createTenant(em, TenantKind.COMMUNITY, '甲二社区', streetA);
  const communityB1 = await createTenant(em, TenantKind.COMMUNITY, '乙一社区', streetB);
  return { district, streetA, streetB, communityA1, communityA2, communityB1 };
}
