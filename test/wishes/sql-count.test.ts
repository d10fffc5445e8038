import { Role } from '../../api/core/auth/role.enum';
import type { Tenant } from '../../api/modules/tenants/tenant.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import { MicroWishStatus } from '../../api/modules/wishes/wish.enums';
import { measureStatements, type Measured } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { createTenant } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createPerson } from '../factories/organisation';
import { createPartnership, registerPartner } from '../factories/partners';
import { createWish } from '../factories/wishes';

/**
 * No N+1 on the wish wall: wall → events, claimant unit, claimant person, poster, community in
 * the same statements for 2 wishes as for 20.
 */

/** Scope, page, total, then one statement per loader: events, units, people, tenants (begin/commit not counted). */
const BOUND = 7;

const shapeOf = (sql: string) => sql.replace(/\((?:\?, )*\?\)/g, '(…)');

const WALL = `query { microWishWall(first: 100) { totalCount edges { node { title status posterName
  community { name } claimantKind claimantPartnerUnit { name } claimantPerson { name }
  events { action actorName actorRole occurredAt } } } } }`;
const PARTNER_WALL = `query { microWishWall(first: 100) { totalCount edges { node { title status posterName
  community { name } claimantPartnerUnit { name } events { action actorName } } } } }`;

describe('SQL statements per request do not grow with the number of wishes (no N+1)', () => {
  let server: TestServer;
  const small: Record<string, string> = {};
  const large: Record<string, string> = {};

  async function measure(token: string, query: string): Promise<Measured> {
    return measureStatements(server, token, query);
  }

  /** `n` wishes in a community, a third claimed by partner units, a third by volunteers. */
  async function buildWall(community: Tenant, n: number) {
    const unit = await registerPartner(server.db, { name: `${community.name}共建银行` });
    await createPartnership(server.db, unit, community);
    for (let i = 0; i < n; i++) {
      const poster = await createPerson(server.db, community, { name: `居民${i}` });
      const volunteer = await createPerson(server.db, community, { name: `志愿者${i}` });
      const kind = i % 3;
      await createWish(server.db, poster, {
        status: kind === 0 ? MicroWishStatus.OPEN : MicroWishStatus.CLAIMED,
        claimantPartnerUnit: kind === 1 ? unit : undefined,
        claimantPerson: kind === 2 ? volunteer : undefined,
      });
    }
    return issueKey(server.db, Role.PARTNER, { partnerUnit: unit });
  }

  beforeAll(async () => {
    const generous = { maxCost: 10_000_000, maxDepth: 20, rateBudget: 100_000_000 };
    server = await startTestServer({ limits: generous } as never);
    const em = server.db.owner.em.fork();
    const district = await createTenant(em, TenantKind.DISTRICT, '心愿区');
    const street = await createTenant(em, TenantKind.STREET, '心愿街道', district);
    const smallCommunity = await createTenant(em, TenantKind.COMMUNITY, '小心愿社区', street);
    const largeCommunity = await createTenant(em, TenantKind.COMMUNITY, '大心愿社区', street);
    small.partner = await buildWall(smallCommunity, 2);
    large.partner = await buildWall(largeCommunity, 20);
    small.admin = await userSession(server.db, Role.COMMUNITY_ADMIN, smallCommunity);
    large.admin = await userSession(server.db, Role.COMMUNITY_ADMIN, largeCommunity);
  });
  afterAll(() => server.close());

  it('reads the wall → events, claimant and community in the same statements for 2 or 20 wishes', async () => {
    const s = await measure(small.admin, WALL);
    const l = await measure(large.admin, WALL);
    expect(s.data!.microWishWall.edges).toHaveLength(2);
    expect(l.data!.microWishWall.edges).toHaveLength(20);
    const nodes = l.data!.microWishWall.edges.map((e: any) => e.node);
    expect(nodes.filter((n: any) => n.claimantPartnerUnit)).toHaveLength(7);
    expect(nodes.filter((n: any) => n.claimantPerson)).toHaveLength(6);
    expect(nodes.every((n: any) => n.events.length === 1 && n.posterName.endsWith('**'))).toBe(true);
    expect(l.statements.map(shapeOf).sort()).toEqual(s.statements.map(shapeOf).sort());
    expect(l.count).toBeLessThanOrEqual(BOUND);
  });

  it('reads a partner’s wall in the same statements for 2 or 20 wishes', async () => {
    const s = await measure(small.partner, PARTNER_WALL);
    const l = await measure(large.partner, PARTNER_WALL);
    expect(l.data!.microWishWall.edges).toHaveLength(20);
    expect(l.count).toBe(s.count);
    expect(l.count).toBeLessThanOrEqual(BOUND);
  });
});
