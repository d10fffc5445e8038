import { ManualClock } from '../../api/core/clock';
import { startTestServer, type TestServer } from '../support/server';
import { buildCaseWorld, caseCounts, FRIDAY_MORNING, gid, type CaseWorld } from './world';
import { CASE, CASES, ESCALATE, OVERDUE, POLICY_SET, QUEUE, REPORT, STATS, ATTACH } from './operations';

/** Reporting by each kind of reporter, photos, queues, overdue lists, counts and time limits. */
describe('reporting and reading cases', () => {
  let server: TestServer;
  let w: CaseWorld;
  const clock = new ManualClock(FRIDAY_MORNING);

  beforeAll(async () => {
    server = await startTestServer({ clock });
    w = await buildCaseWorld(server);
  });
  afterAll(() => server.close());

  const report = (token: string, input: object) =>
    server.gql(
      REPORT,
      { input: { category: 'WATER_PIPE_LEAK', description: '楼道水管漏水', ...input } },
      { token },
    );

  it('records a mobile probe’s report under its key, readable back only by that key', async () => {
    const r = await report(w.tokens.probe, {
      address: '嵩山路1号院东门',
      latitude: 34.75,
      longitude: 113.62,
    });
    expect(r.errors).toBeUndefined();
    const c = r.data!.caseReport.case;
    expect(c).toMatchObject({
      source: 'MOBILE_PROBE',
      level: 'COMMUNITY',
      community: { code: w.tree.communityA1.code },
    });
    expect(c.timeline[0]).toMatchObject({ actorRole: 'MOBILE_PROBE', actorName: '快递小哥张三' });
    const own = await server.gql(CASE, { id: c.id }, { token: w.tokens.probe });
    expect(own.data!.case.id).toBe(c.id);
    const other = await server.gql(CASE, { id: c.id }, { token: w.tokens.probe2 });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await server.gql(CASES, {}, { token: w.tokens.probe2 });
    expect(list.data!.cases.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(c.id);
  });

  it('masks the reporter for everyone but the community’s staff with a purpose', async () => {
    const r = await report(w.tokens.admin, { reporterName: '张大爷', reporterPhone: '13912345678' });
    expect(r.data!.caseReport.case).toMatchObject({
      source: 'STAFF',
      reporterName: '张**',
      reporterPhone: '139****5678',
    });
    const revealed = await server.gql(
      `query ($id: ID!) @reveal(purpose: CASE_HANDLING) { case(id: $id) { reporterName reporterPhone } }`,
      { id: r.data!.caseReport.case.id },
      { token: w.tokens.admin },
    );
    expect(revealed.errors).toBeUndefined();
    expect(revealed.data!.case).toEqual({ reporterName: '张大爷', reporterPhone: '13912345678' });
  });

  it('refuses a photo too large or of the wrong type, too many photos, and a sibling’s grid, storing nothing', async () => {
    const before = await caseCounts(server);
    const big = await report(w.tokens.resident, {
      attachments: [{ reference: 'cases/a.jpg', contentType: 'image/jpeg', sizeBytes: 10 * 1024 * 1024 + 1 }],
    });
    expect(big.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'attachments.0.sizeBytes',
    });
    const pdf = await report(w.tokens.resident, {
      attachments: [
        { reference: 'cases/a.jpg', contentType: 'image/jpeg', sizeBytes: 1000 },
        { reference: 'cases/b.pdf', contentType: 'application/pdf', sizeBytes: 1000 },
      ],
    });
    expect(pdf.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'attachments.1.contentType',
    });
    const many = await report(w.tokens.resident, {
      attachments: Array.from({ length: 10 }, (_, i) => ({
        reference: `p/${i}.png`,
        contentType: 'image/png',
        sizeBytes: 10,
      })),
    });
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachments' });
    const sibling = await report(w.tokens.residentA2, { gridId: gid('Grid', w.g01) });
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await caseCounts(server)).toEqual(before);
    const good = await report(w.tokens.resident, {
      gridId: gid('Grid', w.g01),
      attachments: [
        {
          reference: 'https://oss.example.cn/cases/leak.heic',
          contentType: 'image/heic',
          sizeBytes: 2_000_000,
        },
      ],
    });
    expect(good.data!.caseReport.case.attachments).toHaveLength(1);
    const more = await server.gql(
      ATTACH,
      {
        input: {
          id: good.data!.caseReport.case.id,
          attachments: [{ reference: 'x/y.gif', contentType: 'image/gif', sizeBytes: 5 }],
        },
      },
      { token: w.tokens.resident },
    );
    expect(more.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'attachments.0.contentType',
    });
  });

  it('serves each handler its own queue, overdue cases by the clock, and counts per community', async () => {
    clock.set(FRIDAY_MORNING);
    const grid = await report(w.tokens.worker, { gridId: gid('Grid', w.g01) });
    expect(grid.data!.caseReport.case.source).toBe('GRID_WORKER');
    const sibling = await report(w.tokens.residentA2, {});
    expect(sibling.errors).toBeUndefined();
    const workerQueue = await server.gql(QUEUE, {}, { token: w.tokens.worker });
    const ids = workerQueue.data!.myCaseQueue.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(grid.data!.caseReport.case.id);
    expect(
      workerQueue.data!.myCaseQueue.edges.every((e: { node: { level: string } }) => e.node.level === 'GRID'),
    ).toBe(true);
    const worker2 = await server.gql(QUEUE, {}, { token: w.tokens.worker2 });
    expect(worker2.data!.myCaseQueue.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      grid.data!.caseReport.case.id,
    );
    await server.gql(ESCALATE, { input: { id: grid.data!.caseReport.case.id } }, { token: w.tokens.worker });
    await server.gql(ESCALATE, { input: { id: grid.data!.caseReport.case.id } }, { token: w.tokens.admin });
    const streetQueue = await server.gql(QUEUE, {}, { token: w.tokens.street });
    expect(streetQueue.data!.myCaseQueue.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      grid.data!.caseReport.case.id,
    ]);
    const residentQueue = await server.gql(QUEUE, {}, { token: w.tokens.resident });
    expect(residentQueue.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    clock.set('2026-01-01T00:00:00Z');
    const overdue = await server.gql(OVERDUE, {}, { token: w.tokens.admin });
    expect(overdue.data!.overdueCases.totalCount).toBeGreaterThan(0);
    expect(
      overdue.data!.overdueCases.edges.every((e: { node: { overdue: boolean } }) => e.node.overdue),
    ).toBe(true);

    const stats = await server.gql(STATS, {}, { token: w.tokens.integrator });
    expect(stats.errors).toBeUndefined();
    const byTenant = new Map<string, number>();
    for (const row of stats.data!.caseStats.rows)
      byTenant.set(row.tenant.name, (byTenant.get(row.tenant.name) ?? 0) + row.count);
    expect(byTenant.get('甲二社区')).toBe(1);
    expect(byTenant.get('甲一社区')).toBeGreaterThan(1);
    expect(stats.data!.caseStats.total).toBe([...byTenant.values()].reduce((a, b) => a + b, 0));
    const a2 = await server.gql(STATS, {}, { token: w.tokens.adminA2 });
    expect(a2.data!.caseStats.total).toBe(1);
    const probe = await server.gql(STATS, {}, { token: w.tokens.probe });
    expect(probe.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    clock.set(FRIDAY_MORNING);
  });

  it('lets a community or its street set the time limit, and a new case uses it', async () => {
    const set = await server.gql(
      POLICY_SET,
      {
        input: {
          communityId: gid('Tenant', w.tree.communityA1),
          level: 'GRID',
          category: 'PARKING',
          workingDays: 1,
        },
      },
      { token: w.tokens.street },
    );
    expect(set.errors).toBeUndefined();
    const denied = await server.gql(
      POLICY_SET,
      { input: { communityId: gid('Tenant', w.tree.communityA1), level: 'GRID', workingDays: 2 } },
      { token: w.tokens.streetB },
    );
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await server.gql(
      POLICY_SET,
      { input: { level: 'GRID', workingDays: 0 } },
      { token: w.tokens.admin },
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workingDays' });
    clock.set(FRIDAY_MORNING);
    const parking = await report(w.tokens.resident, { category: 'PARKING', gridId: gid('Grid', w.g01) });
    // One working day after Fri 7 March: Mon 10 March.
    expect(parking.data!.caseReport.case.deadlineAt).toBe('2025-03-10T16:00:00.000Z');
  });
});
