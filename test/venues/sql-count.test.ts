import { Role } from '../../api/core/auth/role.enum';
import { Team, TeamKind } from '../../api/modules/teams/team.entity';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import { Venue } from '../../api/modules/venues/venue.entity';
import { VenueSpace } from '../../api/modules/venues/venue-space.entity';
import { Amenity, VenueKind, VenueSpaceKind } from '../../api/modules/venues/venue.enums';
import { measureStatements } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { createTenant } from '../factories/tenants';
import { userSession } from '../factories/principals';
import { OFFICE_HOURS } from '../factories/venues';

/**
 * No N+1 on venue lists: the statements a request runs depend on the query's shape, not on how
 * many venues (and spaces) come back. Measured in-process with the HTTP server's context, as in
 * test/organisation/sql-count.test.ts.
 */

/** Scope, the page, its count, then one batch per nested level (spaces, team, tenant, space venue). */
const BOUND = 8;

const VENUES = `query { venues(first: 100) { totalCount edges { node { name isOpenAt(at: "2026-01-05T09:00:00+08:00")
  openingHoursText tenant { name } operatorTeam { name } spaces { name capacity venue { name } } } } } }`;
const ROOMS = `query { bookableRooms(first: 100) { totalCount edges { node { name venue { name tenant { name }
  operatorTeam { name } } } } } }`;

const shapeOf = (sql: string) => sql.replace(/\((?:\?, )*\?\)/g, '(…)');

describe('SQL statements per venue request do not grow with the number of venues', () => {
  let server: TestServer;
  const tokens: Record<string, string> = {};

  async function measure(token: string, query: string) {
    return measureStatements(server, token, query);
  }

  /** `venues` venues, each run by its own team, with three spaces of which two bookable rooms. */
  async function build(community: Tenant, venues: number) {
    const em = server.db.owner.em.fork();
    const tenant = em.getReference(Tenant, community.id);
    for (let v = 1; v <= venues; v++) {
      const team = em.create(Team, { tenant, name: `运营队${v}`, kind: TeamKind.SOCIAL_ENTERPRISE });
      const venue = em.create(Venue, {
        tenant,
        name: `阵地${v}`,
        kind: VenueKind.CULTURE_CENTRE,
        operatorTeam: team,
        amenities: [Amenity.WIFI],
        openingHours: OFFICE_HOURS,
      });
      em.create(VenueSpace, { tenant, venue, name: '展示区', kind: VenueSpaceKind.ZONE });
      for (const [name, capacity] of [
        ['舞蹈室', 40],
        ['书画室', 12],
      ] as const) {
        em.create(VenueSpace, { tenant, venue, name, kind: VenueSpaceKind.ROOM, capacity, bookable: true });
      }
    }
    await em.flush();
  }

  beforeAll(async () => {
    server = await startTestServer({
      limits: { maxCost: 10_000_000, maxDepth: 20, rateBudget: 100_000_000 },
    } as never);
    const em = server.db.owner.em.fork();
    const district = await createTenant(em, TenantKind.DISTRICT, '计数区');
    const street = await createTenant(em, TenantKind.STREET, '计数街道', district);
    const small = await createTenant(em, TenantKind.COMMUNITY, '小社区', street);
    const large = await createTenant(em, TenantKind.COMMUNITY, '大社区', street);
    await build(small, 2);
    await build(large, 20);
    tokens.small = await userSession(server.db, Role.COMMUNITY_ADMIN, small);
    tokens.large = await userSession(server.db, Role.COMMUNITY_ADMIN, large);
  });
  afterAll(() => server.close());

  it('reads venues with spaces, operator team and tenant in the same statements for 2 or 20 venues', async () => {
    const s = await measure(tokens.small, VENUES);
    const l = await measure(tokens.large, VENUES);
    expect(s.data.venues.totalCount).toBe(2);
    expect(l.data.venues.totalCount).toBe(20);
    for (const { node } of l.data.venues.edges) {
      // Each venue with its own team and spaces (venues created in one flush share a timestamp).
      expect(node).toMatchObject({ isOpenAt: true, tenant: { name: '大社区' } });
      expect(node.operatorTeam.name).toBe(node.name.replace('阵地', '运营队'));
      expect(node.spaces.map((sp: any) => sp.venue.name)).toEqual([node.name, node.name, node.name]);
    }
    expect(l.statements.map(shapeOf).sort()).toEqual(s.statements.map(shapeOf).sort());
    expect(l.count).toBeLessThanOrEqual(BOUND);
  });

  it('lists bookable rooms with their venues, teams and tenants in the same count for 4 or 40 rooms', async () => {
    const s = await measure(tokens.small, ROOMS);
    const l = await measure(tokens.large, ROOMS);
    expect(s.data.bookableRooms.totalCount).toBe(4);
    expect(l.data.bookableRooms.totalCount).toBe(40);
    expect(l.statements.map(shapeOf).sort()).toEqual(s.statements.map(shapeOf).sort());
    expect(l.count).toBeLessThanOrEqual(BOUND);
  });
});
