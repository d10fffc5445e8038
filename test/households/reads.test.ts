import { AuditRecord } from '../../api/core/privacy/audit-record.entity';
import { HouseholdStatus } from '../../api/modules/households/household.enums';
import { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { startTestServer, type TestServer } from '../support/server';
import { buildWorld, gid, type World } from './world';
import { HOUSEHOLD, HOUSEHOLD_REVEAL, HOUSEHOLDS, PUBLISHED, STATS } from './operations';

describe('what each reader sees of household files', () => {
  let server: TestServer;
  let w: World;
  const audit = () => server.db.owner.em.fork().find(AuditRecord, { entityType: { $like: 'Household%' } });

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    await w.file(HouseholdStatus.DRAFT, { categories: ['DISABILITY'] as never, disabilityGrade: 1 });
    await w.file(HouseholdStatus.PUBLISHED, { categories: ['LEFT_BEHIND_CHILD', 'LOW_INCOME'] as never });
    await w.file(HouseholdStatus.PUBLISHED, { microGrid: w.mg2 });
  });
  afterAll(() => server.close());

  it('gives community staff the file masked by default, plain only with @reveal, each value audited', async () => {
    const [file] = await server.db.owner.em
      .fork()
      .find(HouseholdFile, { status: HouseholdStatus.PUBLISHED, grid: w.grid1.id });
    const id = gid('HouseholdFile', file);
    const masked = await server.gql(HOUSEHOLD, { id }, { token: w.tokens.adminA1 });
    expect(masked.data!.household).toMatchObject({ displayName: '徐**', situation: null });
    expect(await audit()).toHaveLength(0);
    const plain = await server.gql(HOUSEHOLD_REVEAL, { id }, { token: w.tokens.workerG1 });
    expect(plain.errors).toBeUndefined();
    expect(plain.data!.household).toMatchObject({
      displayName: '徐明',
      situation: '独居，患慢性病，子女在外地',
      members: [
        { person: { name: '徐明', birthDate: '1948-05-06' } },
        { person: { name: '徐小宝', birthDate: '2015-09-01' } },
      ],
    });
    const rows = await audit();
    expect(rows.map((r) => r.field).sort()).toEqual(['displayName', 'situation']);
    expect(rows[0]).toMatchObject({
      role: 'GRID_WORKER',
      purpose: 'CARE_SERVICE',
      subjectPersonId: w.head.id,
    });
  });

  it('shows a grid worker the files of its own grids only', async () => {
    const g1 = await server.gql(HOUSEHOLDS, {}, { token: w.tokens.workerG1 });
    const g2 = await server.gql(HOUSEHOLDS, {}, { token: w.tokens.workerG2 });
    expect(g1.data!.households.totalCount).toBe(2);
    expect(g2.data!.households.totalCount).toBe(1);
    const admin = await server.gql(HOUSEHOLDS, {}, { token: w.tokens.adminA1 });
    expect(admin.data!.households.totalCount).toBe(3);
    const other = await server.gql(HOUSEHOLDS, {}, { token: w.tokens.adminA2 });
    expect(other.data!.households.totalCount).toBe(0);
  });

  it('gives a street admin and a district integrator masked lists they cannot reveal, and counts', async () => {
    for (const token of [w.tokens.streetA, w.tokens.integrator]) {
      const list = await server.gql(HOUSEHOLDS, { category: 'LOW_INCOME' }, { token });
      expect(list.errors).toBeUndefined();
      expect(list.data!.households.edges).toEqual([
        {
          node: expect.objectContaining({
            displayName: '徐**',
            situation: null,
            community: { name: '甲一社区' },
          }),
        },
      ]);
    }
    const reveal = await server.gql(
      `query($id: ID!) @reveal(purpose: CARE_SERVICE) { household(id: $id) { displayName situation } }`,
      {
        id: (await server.gql(HOUSEHOLDS, {}, { token: w.tokens.streetA })).data!.households.edges[0].node.id,
      },
      { token: w.tokens.streetA },
    );
    expect(reveal.data!.household).toEqual({ displayName: '徐**', situation: null });
    const stats = await server.gql(STATS, {}, { token: w.tokens.integrator });
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.householdStats).toEqual([
      {
        total: 3,
        community: { name: '甲一社区' },
        byStatus: [
          { status: 'DRAFT', count: 1 },
          { status: 'PUBLISHED', count: 2 },
        ],
        byCategory: expect.arrayContaining([
          { category: 'DISABILITY', count: 1 },
          { category: 'ELDERLY_LIVING_ALONE', count: 1 },
          { category: 'LEFT_BEHIND_CHILD', count: 1 },
          { category: 'LOW_INCOME', count: 1 },
        ]),
      },
    ]);
    const streetB = await server.gql(
      STATS,
      { communityId: gid('Tenant', w.tree.communityB1) },
      { token: w.tokens.streetA },
    );
    expect(streetB.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await server.gql(STATS, {}, { token: w.tokens.residentA1 })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await server.gql(STATS, {})).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows a partner the published households of its partnered community only, minors as initial + age', async () => {
    const r = await server.gql(PUBLISHED, {}, { token: w.tokens.partnerA1 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.publishedHouseholds.totalCount).toBe(2);
    const node = r.data!.publishedHouseholds.edges[0].node;
    expect(node).toMatchObject({
      maskedName: '徐**',
      needs: '每周上门探访，代购生活用品',
      community: { name: '甲一社区' },
      memberCount: 2,
      status: 'PUBLISHED',
    });
    expect(node.members).toEqual([
      { relation: 'HEAD', initial: '徐*', age: expect.any(Number), isMinor: false },
      { relation: 'GRANDCHILD', initial: '徐*', age: expect.any(Number), isMinor: true },
    ]);
    const body = JSON.stringify(r.data);
    for (const secret of [
      '徐明',
      '徐小宝',
      '2015',
      '独居，患慢性病',
      '嵩山路',
      gid('Person', w.grandchild),
    ]) {
      expect(body).not.toContain(secret);
    }
    const other = await server.gql(PUBLISHED, {}, { token: w.tokens.partnerA2 });
    expect(other.data!.publishedHouseholds.totalCount).toBe(0);
    const byId = await server.gql(
      PUBLISHED,
      { communityId: gid('Tenant', w.tree.communityA1) },
      { token: w.tokens.partnerA2 },
    );
    expect(byId.errors?.[0].extensions.code).toBe('NOT_FOUND');
    // The staff file is not a partner's to read, with or without @reveal.
    const file = await server.gql(HOUSEHOLD, { id: node.id }, { token: w.tokens.partnerA1 });
    expect(file.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const reveal = await server.gql(HOUSEHOLD_REVEAL, { id: node.id }, { token: w.tokens.partnerA1 });
    expect(reveal.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(
      (await server.gql(PUBLISHED, {}, { token: w.tokens.residentA1 })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('keeps residents and team leaders to the notice list', async () => {
    for (const token of [w.tokens.residentA1, w.tokens.teamLeader]) {
      expect((await server.gql(HOUSEHOLDS, {}, { token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});
