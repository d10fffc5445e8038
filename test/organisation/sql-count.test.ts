import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { AuditRecord } from '../../api/core/privacy/audit-record.entity';
import { RevealPurpose } from '../../api/core/privacy/reveal-purpose.enum';
import { Person } from '../../api/modules/organisation/person.entity';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import { measureStatements, type Measured } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { createTenant } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { buildOrganisation } from '../factories/organisation';

/**
 * No N+1: the number of SQL statements a request runs depends on the shape of the query, not
 * on how many rows it returns. Each operation runs in-process (`executeOperation`, with the
 * context the HTTP server would build) inside a SQL counter, once against a small community
 * and once against a large one; the counts must be equal and within a bound by depth.
 */

/**
 * Setting the scope, then one statement per list (plus its total count) and one per level of
 * nesting that loads something (begin and commit are not counted).
 */
const BOUND = 12;

/** A statement with its `in (…)` lists folded, so the same shape compares equal at any size. */
const shapeOf = (sql: string) => sql.replace(/\((?:\?, )*\?\)/g, '(…)');

function expectSameShape(small: Measured, large: Measured) {
  // Sorted: batches at the same depth may reach the database in either order.
  expect(large.statements.map(shapeOf).sort()).toEqual(small.statements.map(shapeOf).sort());
  expect(large.count).toBeLessThanOrEqual(BOUND);
}

const TENANT_TREE = `query($id: ID!) { tenant(id: $id) { name profile { compounds }
  grids { code name microGrids { name leader { name } } assignments { role person { name phone } } } } }`;
const COMMUNITIES = `query { communities(first: 20) { edges { node { name
  grids { name microGrids { name } assignments { person { name } } } } } } }`;
const GRIDS = `query { grids(first: 100) { totalCount edges { node { code community { name }
  microGrids { grid { code } leader { community { name } } } assignments(activeOnly: false) { grid { code } } } } } }`;
const PERSONS = `query { persons(first: 100) { totalCount edges { node { name community { name } } } } }`;
const AUDIT_LOG = `query { auditLog(first: 100) { totalCount edges { node { field subject { name community { name } } } } } }`;

describe('SQL statements per request do not grow with the data (no N+1)', () => {
  let server: TestServer;
  const small: Record<string, string> = {};
  const large: Record<string, string> = {};
  let smallCommunity: Tenant;
  let largeCommunity: Tenant;

  /** Runs one operation as the HTTP server would, counting the SQL of its execution. */
  async function measure(token: string, query: string, variables: Record<string, unknown> = {}) {
    return measureStatements(server, token, query, variables);
  }

  async function auditRows(community: Tenant, n: number) {
    const em = server.db.owner.em.fork();
    const people = await em.find(Person, { tenant: community.id }, { limit: n });
    for (const person of people) {
      em.create(AuditRecord, {
        tenant: em.getReference(Tenant, community.id),
        actorKind: 'USER',
        actorId: person.id,
        actorName: '审计测试',
        role: Role.COMMUNITY_ADMIN,
        purpose: RevealPurpose.HOME_VISIT,
        entityType: 'Person',
        entityId: person.id,
        field: 'phone',
        subjectPersonId: person.id,
      });
    }
    await em.flush();
  }

  beforeAll(async () => {
    const generous = { maxCost: 10_000_000, maxDepth: 20, rateBudget: 100_000_000 };
    server = await startTestServer({ limits: generous } as never);
    const em = server.db.owner.em.fork();
    const district = await createTenant(em, TenantKind.DISTRICT, '计数区');
    const streetSmall = await createTenant(em, TenantKind.STREET, '小街道', district);
    const streetLarge = await createTenant(em, TenantKind.STREET, '大街道', district);
    smallCommunity = await createTenant(em, TenantKind.COMMUNITY, '小社区', streetSmall);
    largeCommunity = await createTenant(em, TenantKind.COMMUNITY, '大社区', streetLarge);
    const otherLarge = await createTenant(em, TenantKind.COMMUNITY, '大二社区', streetLarge);
    const shape = { microGridsPerGrid: 3, assignmentsPerGrid: 4 };
    await buildOrganisation(server.db, smallCommunity, { grids: 5, ...shape });
    await buildOrganisation(server.db, largeCommunity, { grids: 50, ...shape });
    await buildOrganisation(server.db, otherLarge, { grids: 20, ...shape });
    await auditRows(smallCommunity, 3);
    await auditRows(largeCommunity, 60);

    const integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: district });
    small.integrator = large.integrator = integrator;
    small.street = await userSession(server.db, Role.STREET_ADMIN, streetSmall);
    large.street = await userSession(server.db, Role.STREET_ADMIN, streetLarge);
    small.admin = await userSession(server.db, Role.COMMUNITY_ADMIN, smallCommunity);
    large.admin = await userSession(server.db, Role.COMMUNITY_ADMIN, largeCommunity);
  });
  afterAll(() => server.close());

  it('reads a whole community tree (profile, grids, micro-grids, leaders, assignments) in the same count', async () => {
    const s = await measure(small.integrator, TENANT_TREE, { id: toGlobalId('Tenant', smallCommunity.id) });
    const l = await measure(large.integrator, TENANT_TREE, { id: toGlobalId('Tenant', largeCommunity.id) });
    expect(s.data!.tenant.grids).toHaveLength(5);
    expect(l.data!.tenant.grids).toHaveLength(50);
    expect(l.data!.tenant.grids[49].microGrids).toHaveLength(3);
    expect(l.data!.tenant.grids[49].assignments[3].person.phone).toMatch(/^139\*{4}\d{4}$/);
    expect(l.data!.tenant.profile).toEqual({ compounds: 150 });
    expectSameShape(s, l);
    // Leaders (under micro-grids) and assignees (under assignments) are loaded in one batch of people.
    expect(l.statements.filter((sql) => /from "person"/.test(sql))).toHaveLength(1);
  });

  it('reads every community of a street with their grids in the same count, one or several communities', async () => {
    const s = await measure(small.street, COMMUNITIES);
    const l = await measure(large.street, COMMUNITIES);
    expect(s.data!.communities.edges).toHaveLength(1);
    expect(l.data!.communities.edges).toHaveLength(2);
    const grids = l.data!.communities.edges.map((e: any) => e.node.grids.length).sort();
    expect(grids).toEqual([20, 50]);
    expectSameShape(s, l);
  });

  it.each([
    ['grids', GRIDS, 'street'],
    ['persons', PERSONS, 'street'],
    ['auditLog', AUDIT_LOG, 'admin'],
  ])(
    'lists %s with nested fields in the same count for a page of 5 or of 100 rows',
    async (key, query, who) => {
      const s = await measure(small[who], query);
      const l = await measure(large[who], query);
      expect(l.data![key].edges.length).toBeGreaterThan(s.data![key].edges.length);
      expect(l.count).toBe(s.count);
      expect(l.count).toBeLessThanOrEqual(BOUND);
    },
  );
});
