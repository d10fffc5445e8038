import { Role } from '../../api/core/auth/role.enum';
import { HouseholdRelation, HouseholdStatus } from '../../api/modules/households/household.enums';
import type { Tenant } from '../../api/modules/tenants/tenant.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import { measureStatements } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { createTenant } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createGrid, createMicroGrid, createPerson } from '../factories/organisation';
import { createPartnership, registerPartner } from '../factories/partners';
import { createHouseholdFile } from '../factories/households';

/**
 * No N+1 in households: a list of files with members → person and events, and the partner's
 * published list, run the same statements for 2 files as for 20.
 */
const FILES = `query { households(first: 100) { totalCount edges { node { code displayName community { name }
  grid { name } microGrid { name } gridWorker { name }
  members { relation age isMinor person { name birthDate } } events { action actorName } } } } }`;
const PUBLISHED = `query { publishedHouseholds(first: 100) { totalCount edges { node { maskedName memberCount
  community { name } members { relation initial age } } } } }`;
const NOTICES = `query { householdNotices(first: 100) { totalCount edges { node { gridName maskedName community { name } } } } }`;

describe('SQL statements per request do not grow with the number of household files (no N+1)', () => {
  let server: TestServer;
  const tokens: Record<'small' | 'large', Record<string, string>> = { small: {}, large: {} };

  async function measure(token: string, query: string): Promise<number> {
    return (await measureStatements(server, token, query)).count;
  }

  async function community(parent: Tenant, name: string, files: number, key: 'small' | 'large') {
    const db = server.db;
    const c = await createTenant(db.owner.em.fork(), TenantKind.COMMUNITY, name, parent);
    const grid = await createGrid(db, c, 'G01');
    const mg = await createMicroGrid(db, grid, 'G01-M01');
    const worker = await createPerson(db, c, { name: '网格员' });
    for (let i = 0; i < files; i++) {
      const head = await createPerson(db, c, { name: `户主${i}`, birthDate: '1950-01-01' });
      const child = await createPerson(db, c, { name: `孩子${i}`, birthDate: '2016-01-01' });
      await createHouseholdFile(db, {
        microGrid: mg,
        gridWorker: worker,
        status: i % 2 ? HouseholdStatus.PUBLISHED : HouseholdStatus.PUBLIC_NOTICE,
        noticeEndsAt: new Date(Date.now() + 86400_000),
        members: [
          { person: head, relation: HouseholdRelation.HEAD },
          { person: child, relation: HouseholdRelation.CHILD },
        ],
      });
    }
    const unit = await registerPartner(db);
    await createPartnership(db, unit, c);
    tokens[key] = {
      admin: await userSession(db, Role.COMMUNITY_ADMIN, c),
      partner: await issueKey(db, Role.PARTNER, { partnerUnit: unit }),
      resident: await userSession(db, Role.RESIDENT, c),
    };
  }

  beforeAll(async () => {
    server = await startTestServer();
    const em = server.db.owner.em.fork();
    const district = await createTenant(em, TenantKind.DISTRICT, '计数区');
    const street = await createTenant(em, TenantKind.STREET, '计数街道', district);
    await community(street, '小社区', 2, 'small');
    await community(street, '大社区', 20, 'large');
  });
  afterAll(() => server.close());

  it.each([
    ['households → members → person, events', 'admin', FILES],
    ['publishedHouseholds → members', 'partner', PUBLISHED],
    ['householdNotices', 'resident', NOTICES],
  ])('%s: the same count for 2 and 20 files', async (_name, who, query) => {
    const small = await measure(tokens.small[who], query);
    const large = await measure(tokens.large[who], query);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(12);
  });
});
