import { ManualClock } from '../../api/core/clock';
import { JobRunner } from '../../api/core/jobs';
import { Case } from '../../api/modules/cases/case.entity';
import { CaseEvent } from '../../api/modules/cases/case-event.entity';
import { requestDeadlineSweep } from '../../api/modules/cases/case-deadline.job';
import { startTestServer, type TestServer } from '../support/server';
import { buildCaseWorld, FRIDAY_MORNING, gid, type CaseWorld } from './world';
import { REPORT, RESOLVE, ACCEPT, OVERDUE } from './operations';

/**
 * Escalation by deadline (超期自动上报) with a controllable clock. The clock starts in 2025, so a
 * deadline job's start time (the deadline itself) has come in real time as soon as it is
 * enqueued: runners fetch it at once and the platform clock alone decides. Polls every 0.5 s.
 */
describe('the case deadline job', () => {
  let server: TestServer;
  let w: CaseWorld;
  const clock = new ManualClock(FRIDAY_MORNING);
  const config = { clock, jobs: { enabled: true, pollingIntervalMs: 500 } };
  const em = () => server.db.owner.em.fork();
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const stored = (id: string) => em().findOneOrFail(Case, { id }, { filters: false });
  const escalations = (id: string) =>
    em().count(CaseEvent, { case: id, kind: 'ESCALATED' } as never, { filters: false });

  async function waitFor(check: () => Promise<boolean>, ms = 12_000): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (await check()) return true;
      await sleep(500);
    }
    return false;
  }

  async function report(): Promise<string> {
    const r = await server.gql(
      REPORT,
      { input: { category: 'NOISE', description: '夜间施工噪音', gridId: gid('Grid', w.g01) } },
      { token: w.tokens.resident },
    );
    expect(r.errors).toBeUndefined();
    const globalId = r.data!.caseReport.case.id as string;
    return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
  }

  beforeAll(async () => {
    // No runner yet: each test starts the runners it needs.
    server = await startTestServer(config);
    w = await buildCaseWorld(server);
  });
  afterAll(() => server.close());

  it('does nothing before the deadline by the platform clock, and never spins', async () => {
    clock.set(FRIDAY_MORNING);
    const id = await report();
    const runner = new JobRunner(server.db, server.config, server.app.events);
    await runner.start();
    try {
      await sleep(2_500);
      expect((await stored(id)).level).toBe('GRID');
      // Re-enqueued for later (not spinning): one waiting job for the case, not a burst.
      const [{ n }] = await em()
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from pgboss.job where name = 'case-level-deadline' and data->>'caseId' = ? and state = 'created'`,
          [id],
        );
      expect(n).toBe(1);
    } finally {
      await runner.stop();
    }
  });

  it('escalates after a restart a case whose deadline passed while no runner ran, as the platform', async () => {
    clock.set(FRIDAY_MORNING);
    const id = await report();
    // Wed 12 March ends at 16:00 UTC; at 16:01 the GRID deadline has passed.
    clock.set('2025-03-12T16:01:00Z');
    const overdue = await server.gql(OVERDUE, {}, { token: w.tokens.admin });
    expect(overdue.data!.overdueCases.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      gid('Case', { id }),
    );
    // The job of the first test's case was re-enqueued 5 minutes ahead; this one's is due now.
    const runner = new JobRunner(server.db, server.config, server.app.events);
    await runner.start();
    try {
      expect(await waitFor(async () => (await stored(id)).level === 'COMMUNITY')).toBe(true);
    } finally {
      await runner.stop();
    }
    const event = await em().findOneOrFail(CaseEvent, { case: id, kind: 'ESCALATED' } as never, {
      filters: false,
    });
    expect(event).toMatchObject({
      actorKind: 'SYSTEM',
      actorRole: 'SYSTEM',
      actorName: '平台',
      fromLevel: 'GRID',
      toLevel: 'COMMUNITY',
    });
    expect(event.details).toMatchObject({ automatic: true });
    const c = await stored(id);
    // Entered at 00:01 on Thu 13 March, Beijing time: 7 working days → end of Mon 24 March.
    expect(c.deadlineAt.toISOString()).toBe('2025-03-24T16:00:00.000Z');
    expect(c.levelEntry).toBe(2);
  });

  it('escalates exactly once with two runners (two API instances) on one database', async () => {
    clock.set(FRIDAY_MORNING);
    const ids = [await report(), await report(), await report()];
    clock.set('2025-03-12T16:01:00Z');
    const runners = [0, 1].map(() => new JobRunner(server.db, server.config, server.app.events));
    await Promise.all(runners.map((r) => r.start()));
    try {
      for (const id of ids)
        expect(await waitFor(async () => (await stored(id)).level === 'COMMUNITY')).toBe(true);
      await sleep(1_500);
      for (const id of ids) expect(await escalations(id)).toBe(1);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
  });

  it('leaves a case resolved before its deadline alone', async () => {
    clock.set(FRIDAY_MORNING);
    const id = await report();
    const caseId = gid('Case', { id });
    await server.gql(ACCEPT, { input: { id: caseId } }, { token: w.tokens.worker });
    const r = await server.gql(
      RESOLVE,
      { input: { id: caseId, note: '已停工' } },
      { token: w.tokens.worker },
    );
    expect(r.errors).toBeUndefined();
    clock.set('2025-03-20T00:00:00Z');
    const runner = new JobRunner(server.db, server.config, server.app.events);
    await runner.start();
    try {
      await sleep(2_500);
      expect(await stored(id)).toMatchObject({ level: 'GRID', status: 'RESOLVED' });
      expect(await escalations(id)).toBe(0);
    } finally {
      await runner.stop();
    }
  });

  it('the sweep escalates every overdue open case once, also when run twice at the same time', async () => {
    clock.set(FRIDAY_MORNING);
    const ids = [await report(), await report()];
    clock.set('2025-03-13T01:00:00Z');
    // Jobs of these cases ran (and re-enqueued themselves 5 minutes ahead) in the first test's
    // style only if a runner was up; none is, so only the sweep can act now.
    const runners = [0, 1].map(() => new JobRunner(server.db, server.config, server.app.events));
    // Drop the per-case jobs so that the sweep alone is tested.
    await em().getConnection().execute(`delete from pgboss.job where name = 'case-level-deadline'`);
    const fork = em();
    await fork.transactional(async (tx) => {
      await requestDeadlineSweep(tx);
      await requestDeadlineSweep(tx);
    });
    await Promise.all(runners.map((r) => r.start()));
    try {
      for (const id of ids)
        expect(await waitFor(async () => (await stored(id)).level === 'COMMUNITY')).toBe(true);
      await sleep(1_500);
      for (const id of ids) expect(await escalations(id)).toBe(1);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
  });
});
