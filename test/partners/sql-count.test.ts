import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { PartnerUnitKind } from '../../api/modules/partners/partners.enums';
import type { Tenant } from '../../api/modules/tenants/tenant.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import { measureStatements } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { createTenant } from '../factories/tenants';
import { userSession } from '../factories/principals';
import { createPartnership, registerPartner } from '../factories/partners';

/**
 * No N+1: statements per request depend on the shape of the query, not on how many agreements
 * it returns. Each operation runs in-process with the context the HTTP server would build,
 * against a community with 2 agreements and one with 20.
 */
const BOUND = 8;
const shapeOf = (sql: string) => sql.replace(/\((?:\?, )*\?\)/g, '(…)');

const PARTNERSHIPS = `query { partnerships(first: 100) { totalCount edges { node { status contactName
  partnerUnit { name kind } tenant { name parent { name } } } } } }`;
const UNITS = `query { partnerUnits(first: 100) { totalCount edges { node { name
  partnerships { startsOn tenant { name } partnerUnit { name } } } } } }`;
const TENANT = `query($id: ID!) { tenant(id: $id) { name partnerships { acceptsPoints partnerUnit { name partnerships { status } } } } }`;

describe('partners: SQL statements per request do not grow with the number of agreements', () => {
  let server: TestServer;
  const small: { token: string; community: Tenant } = {} as never;
  const large: { token: string; community: Tenant } = {} as never;

  async function measure(token: string, query: string, variables: Record<string, unknown> = {}) {
    return measureStatements(server, token, query, variables);
  }

  beforeAll(async () => {
    server = await startTestServer({
      limits: { maxCost: 10_000_000, maxDepth: 20, rateBudget: 1e8 },
    } as never);
    const em = server.db.owner.em.fork();
    const district = await createTenant(em, TenantKind.DISTRICT, '计数区');
    const street = await createTenant(em, TenantKind.STREET, '计数街道', district);
    small.community = await createTenant(em, TenantKind.COMMUNITY, '小社区', street);
    large.community = await createTenant(em, TenantKind.COMMUNITY, '大社区', street);
    const other = await createTenant(em, TenantKind.COMMUNITY, '其他社区', street);
    for (const [target, n] of [
      [small, 2],
      [large, 20],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const unit = await registerPartner(server.db, {
          kind: i % 2 ? PartnerUnitKind.MERCHANT : PartnerUnitKind.BANK,
        });
        await createPartnership(server.db, unit, target.community, { acceptsPoints: i % 2 === 1 });
        // Each unit also partners a community the admin does not see: PartnerUnit.partnerships leaves it out.
        await createPartnership(server.db, unit, other);
      }
      target.token = await userSession(server.db, Role.COMMUNITY_ADMIN, target.community);
    }
  });
  afterAll(() => server.close());

  it.each([
    ['partnerships → partnerUnit, tenant → parent', PARTNERSHIPS, 'partnerships'],
    ['partnerUnits → partnerships → tenant, partnerUnit', UNITS, 'partnerUnits'],
  ])('lists %s in the same statements for 2 or 20 rows', async (_name, query, key) => {
    const s = await measure(small.token, query);
    const l = await measure(large.token, query);
    expect(s.data[key].totalCount).toBe(2);
    expect(l.data[key].totalCount).toBe(20);
    expect(l.statements.map(shapeOf).sort()).toEqual(s.statements.map(shapeOf).sort());
    expect(l.count).toBeLessThanOrEqual(BOUND);
  });

  it('reads a tenant’s partnerships with their units in the same statements for 2 or 20', async () => {
    const s = await measure(small.token, TENANT, { id: toGlobalId('Tenant', small.community.id) });
    const l = await measure(large.token, TENANT, { id: toGlobalId('Tenant', large.community.id) });
    expect(s.data.tenant.partnerships).toHaveLength(2);
    expect(l.data.tenant.partnerships).toHaveLength(20);
    for (const p of l.data.tenant.partnerships) expect(p.partnerUnit.partnerships).toHaveLength(1);
    expect(l.statements.map(shapeOf).sort()).toEqual(s.statements.map(shapeOf).sort());
    expect(l.count).toBeLessThanOrEqual(BOUND);
  });
});
