import { Role } from '../../api/core/auth/role.enum';
import type { Tenant } from '../../api/modules/tenants/tenant.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import { MeetingKind, MeetingStatus } from '../../api/modules/meetings/meeting.enums';
import { HouseholdRelation } from '../../api/modules/households/household.enums';
import { measureStatements } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { createTenant } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createGrid, createMicroGrid, createPerson } from '../factories/organisation';
import { createPartnership, registerPartner } from '../factories/partners';
import { createVenue } from '../factories/venues';
import { createHouseholdFile } from '../factories/households';
import { createMeeting } from '../factories/meetings';

/**
 * No N+1 on the meetings list: meetings → tenant, grid, venue, convener, attendees (people and
 * units), decisions (responsible, links → household files), history, in the same statements for
 * 2 meetings as for 12.
 */

/** Scope, page, total, then one statement per loader (see the shapes compared below). */
const BOUND = 14;

const shapeOf = (sql: string) => sql.replace(/\((?:\?, )*\?\)/g, '(…)').replace(/\$\d+(, \$\d+)*/g, '$n');

const NESTED = `query { meetings(first: 100) { totalCount edges { node { title status
  tenant { name } grid { code } venue { name } convener { name }
  attendees { role attended representativeName person { name } partnerUnit { name } }
  decisions { text status responsible { name } links { householdFile { code } } }
  events { action actorName } } } } }`;

describe('SQL statements per request do not grow with the number of meetings (no N+1)', () => {
  let server: TestServer;
  const tokens: Record<'small' | 'large', Record<'admin' | 'integrator', string>> = {
    small: { admin: '', integrator: '' },
    large: { admin: '', integrator: '' },
  };

  /** `n` meetings in a community, each with people, a partner unit and a decision linked to a file. */
  async function buildCommunity(community: Tenant, n: number) {
    const grid = await createGrid(server.db, community, 'G1');
    const venue = await createVenue(server.db, community);
    const unit = await registerPartner(server.db);
    await createPartnership(server.db, unit, community);
    const microGrid = await createMicroGrid(server.db, grid, `${community.code}-M`);
    for (let i = 0; i < n; i++) {
      const chair = await createPerson(server.db, community);
      const member = await createPerson(server.db, community);
      const file = await createHouseholdFile(server.db, {
        microGrid,
        gridWorker: member,
        members: [{ person: chair, relation: HouseholdRelation.HEAD }],
      });
      const meeting = await createMeeting(server.db, {
        tenant: community,
        kind: MeetingKind.GRID_COUNCIL,
        grid,
        convener: chair,
        status: MeetingStatus.HELD,
        people: [chair, member],
        units: [unit],
        decisions: [{ responsible: member, files: [file] }, { text: '其他事项' }],
      });
      if (i === 0) {
        const em = server.db.owner.em.fork();
        await em.nativeUpdate('Meeting', { id: meeting.id }, { venue: venue.id });
      }
    }
  }

  beforeAll(async () => {
    const generous = { maxCost: 10_000_000, maxDepth: 20, rateBudget: 100_000_000 };
    server = await startTestServer({ limits: generous } as never);
    const em = server.db.owner.em.fork();
    for (const [size, n] of [
      ['small', 2],
      ['large', 12],
    ] as const) {
      const district = await createTenant(em, TenantKind.DISTRICT, `${size}区`);
      const street = await createTenant(em, TenantKind.STREET, `${size}街道`, district);
      const community = await createTenant(em, TenantKind.COMMUNITY, `${size}社区`, street);
      await buildCommunity(community, n);
      tokens[size].admin = await userSession(server.db, Role.COMMUNITY_ADMIN, community);
      tokens[size].integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: district });
    }
  });
  afterAll(() => server.close());

  it.each(['admin', 'integrator'] as const)(
    'reads the nested list as %s in the same statements for 2 or 12 meetings',
    async (who) => {
      const s = await measureStatements(server, tokens.small[who], NESTED);
      const l = await measureStatements(server, tokens.large[who], NESTED);
      expect(s.data.meetings.edges).toHaveLength(2);
      expect(l.data.meetings.edges).toHaveLength(12);
      const node = l.data.meetings.edges[1].node;
      expect(node.attendees).toHaveLength(3);
      // Both decisions were added in one transaction (same createdAt): find the linked one.
      const linked = node.decisions.find((d: { links: unknown[] }) => d.links.length > 0);
      expect(linked.links[0].householdFile.code).toMatch(/^HH-/);
      expect(node.convener.name).toMatch(/\*\*$/);
      expect(l.statements.map(shapeOf).sort()).toEqual(s.statements.map(shapeOf).sort());
      expect(l.count).toBeLessThanOrEqual(BOUND);
    },
  );
});
