import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import type { Programme } from '../../api/modules/projects/programme.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import { measureStatements, type Measured } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { createTenant } from '../factories/tenants';
import { userSession } from '../factories/principals';
import { buildProgrammeTree } from '../factories/projects';

/**
 * No N+1 in the programme tree: programme → projects → sub-projects → lead team, supporting
 * teams, partners, indicators and their measurements, with the counts. A small and a large tree
 * must run the same statements (by shape), within a bound by depth.
 *
 * The tree query runs 17: the scope, the programme, owners (tenants), project count, sub-project
 * counts by status, projects, sub-project count per project, the programme per project,
 * sub-projects, lead teams, supporting links and their teams, partner links, partnerships,
 * partner units, indicators, measurements: one per field that loads something, none per row.
 */
const BOUND = 18;

/** A statement with its `in (…)` lists folded, so the same shape compares equal at any size. */
const shapeOf = (sql: string) => sql.replace(/\((?:\?, )*\?\)/g, '(…)');

const TREE = `query($id: ID!) { programme(id: $id) {
  name owner { name } projectCount subProjectCount subProjectCountsByStatus { status count }
  projects { name owner { name } subProjectCount programme { name }
    subProjects { name status schedule { weekday } leadTeam { name } supportingTeams { name }
      partners { contribution partnership { status } partnerUnit { name } }
      indicators { name actual measurements { value measuredOn } } } } } }`;

const PROGRAMMES = `query { programmes(first: 100) { totalCount edges { node { name projectCount subProjectCount
  projects { subProjects { leadTeam { name } supportingTeams { name } indicators { actual } } } } } } }`;

const SUB_PROJECTS = `query { subProjects(first: 100) { totalCount edges { node { name owner { name }
  project { name programme { name } } leadTeam { name } supportingTeams { name } partners { partnerUnit { name } }
  indicators { actual measurements { value } } } } } }`;

// 绿云's 点点爱 and more: 8 projects, 48 sub-projects, 3 supporting teams and 3 indicators each.
const SHAPE_LARGE = {
  projects: 8,
  subProjectsPerProject: 6,
  supportingTeamsPerSubProject: 3,
  indicatorsPerSubProject: 3,
  measurementsPerIndicator: 3,
};

describe('SQL statements of the programme tree do not grow with its size (no N+1)', () => {
  let server: TestServer;
  const tokens: Record<'small' | 'large', string> = { small: '', large: '' };
  const programmes: Record<'small' | 'large', Programme> = {} as never;

  async function measure(token: string, query: string, variables: Record<string, unknown> = {}) {
    return measureStatements(server, token, query, variables);
  }

  function expectSameShape(small: Measured, large: Measured) {
    expect(large.statements.map(shapeOf).sort()).toEqual(small.statements.map(shapeOf).sort());
    expect(large.count).toBeLessThanOrEqual(BOUND);
  }

  beforeAll(async () => {
    const generous = { maxCost: 10_000_000, maxDepth: 20, rateBudget: 100_000_000 };
    server = await startTestServer({ limits: generous } as never);
    const em = server.db.owner.em.fork();
    const district = await createTenant(em, TenantKind.DISTRICT, '计数区');
    const small = await createTenant(
      em,
      TenantKind.COMMUNITY,
      '小社区',
      await createTenant(em, TenantKind.STREET, '小街道', district),
    );
    const large = await createTenant(
      em,
      TenantKind.COMMUNITY,
      '大社区',
      await createTenant(em, TenantKind.STREET, '大街道', district),
    );
    programmes.small = await buildProgrammeTree(server.db, small, {
      projects: 2,
      subProjectsPerProject: 2,
      supportingTeamsPerSubProject: 1,
      indicatorsPerSubProject: 1,
      measurementsPerIndicator: 2,
    });
    programmes.large = await buildProgrammeTree(server.db, large, SHAPE_LARGE);
    // The large community has three programmes, so the lists grow too.
    for (const index of [1, 2]) {
      await buildProgrammeTree(server.db, large, { ...SHAPE_LARGE, projects: 3 }, index);
    }
    tokens.small = await userSession(server.db, Role.COMMUNITY_ADMIN, small);
    tokens.large = await userSession(server.db, Role.COMMUNITY_ADMIN, large);
  });
  afterAll(() => server.close());

  it('reads a whole programme tree with teams, partners, indicators and counts in the same statements', async () => {
    const s = await measure(tokens.small, TREE, { id: toGlobalId('Programme', programmes.small.id) });
    const l = await measure(tokens.large, TREE, { id: toGlobalId('Programme', programmes.large.id) });
    expect(s.data!.programme).toMatchObject({ projectCount: 2, subProjectCount: 4 });
    const big = l.data!.programme;
    expect(big).toMatchObject({ projectCount: 8, subProjectCount: 48 });
    expect(big.subProjectCountsByStatus.reduce((n: number, c: any) => n + c.count, 0)).toBe(48);
    expect(big.projects).toHaveLength(8);
    const sub = big.projects[7].subProjects[5];
    expect(sub.supportingTeams).toHaveLength(3);
    expect(sub.leadTeam.name).toMatch(/队0$/);
    expect(sub.partners[0]).toEqual({
      contribution: '提供场地',
      partnership: { status: 'ACTIVE' },
      partnerUnit: { name: '大社区共建银行' },
    });
    expect(sub.indicators).toHaveLength(3);
    expect(sub.indicators[2]).toMatchObject({
      actual: 30,
      measurements: [{ value: 10 }, { value: 20 }, { value: 30 }],
    });
    expectSameShape(s, l);
  });

  it.each([
    ['programmes', PROGRAMMES],
    ['subProjects', SUB_PROJECTS],
  ])('lists %s with nested trees in the same statements for small and large data', async (key, query) => {
    const s = await measure(tokens.small, query);
    const l = await measure(tokens.large, query);
    expect(l.data![key].edges.length).toBeGreaterThan(s.data![key].edges.length);
    expectSameShape(s, l);
  });
});
