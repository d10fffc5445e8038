import { Role } from '../../api/core/auth/role.enum';
import { HouseholdRelation, HouseholdStatus } from '../../api/modules/households/household.enums';
import { PledgeFrequency, PledgeKind } from '../../api/modules/adoption/adoption.enums';
import type { Tenant } from '../../api/modules/tenants/tenant.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import { measureStatements } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { createTenant } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createGrid, createMicroGrid, createPerson } from '../factories/organisation';
import { createPartnership, registerPartner } from '../factories/partners';
import { createHouseholdFile } from '../factories/households';
import { createAdoption } from '../factories/adoption';
import { ADOPTIONS, HOUSEHOLDS_SUPPORT, MY_SUMMARY, TENANT_SUMMARY } from './operations';

/** No N+1: pledged-vs-delivered per household, adoptions and summaries cost the same for 2 and 20. */
describe('SQL statements per request do not grow with the number of adopted households', () => {
  let server: TestServer;
  const tokens: Record<'small' | 'large', Record<string, string>> = { small: {}, large: {} };

  async function measure(
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<number> {
    return (await measureStatements(server, token, query, variables)).count;
  }

  async function community(parent: Tenant, name: string, files: number, key: 'small' | 'large') {
    const db = server.db;
    const c = await createTenant(db.owner.em.fork(), TenantKind.COMMUNITY, name, parent);
    const grid = await createGrid(db, c, 'G01');
    const mg = await createMicroGrid(db, grid, 'G01-M01');
    const worker = await createPerson(db, c, { name: '网格员' });
    const unit = await registerPartner(db);
    await createPartnership(db, unit, c);
    for (let i = 0; i < files; i++) {
      const head = await createPerson(db, c, { name: `户主${i}`, birthDate: '1950-01-01' });
      const file = await createHouseholdFile(db, {
        microGrid: mg,
        gridWorker: worker,
        status: HouseholdStatus.PUBLISHED,
        members: [{ person: head, relation: HouseholdRelation.HEAD }],
      });
      await createAdoption(db, file, unit, [
        { kind: PledgeKind.ONE_OFF_IN_KIND, description: '轮椅' },
        {
          kind: PledgeKind.RECURRING_MONEY,
          amountFen: 50_000,
          frequency: PledgeFrequency.MONTHLY,
          endsOn: '2026-12-31',
        },
      ]);
    }
    tokens[key] = {
      admin: await userSession(db, Role.COMMUNITY_ADMIN, c),
      partner: await issueKey(db, Role.PARTNER, { partnerUnit: unit }),
      street: await userSession(db, Role.STREET_ADMIN, parent),
    };
  }

  beforeAll(async () => {
    server = await startTestServer();
    const em = server.db.owner.em.fork();
    const district = await createTenant(em, TenantKind.DISTRICT, '计数区');
    await community(await createTenant(em, TenantKind.STREET, '小街道', district), '小社区', 2, 'small');
    await community(await createTenant(em, TenantKind.STREET, '大街道', district), '大社区', 20, 'large');
  });
  afterAll(() => server.close());

  it.each([
    ['households → support (pledged vs delivered), adoptions → pledges', 'admin', HOUSEHOLDS_SUPPORT],
    ['adoptions → pledges, household, support (partner)', 'partner', ADOPTIONS],
    ['mySupportSummary', 'partner', MY_SUMMARY],
    ['supportSummary over the street', 'street', TENANT_SUMMARY],
  ])('%s: the same count for 2 and 20 households', async (_name, who, query) => {
    const small = await measure(tokens.small[who], query, { first: 100 });
    const large = await measure(tokens.large[who], query, { first: 100 });
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(12);
  });
});
