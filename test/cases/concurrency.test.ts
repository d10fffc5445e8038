import { ManualClock } from '../../api/core/clock';
import { startTestServer, type TestServer } from '../support/server';
import { buildCaseWorld, FRIDAY_MORNING, gid, type CaseWorld } from './world';
import { ACCEPT, CASE, CLOSE, ESCALATE, REPORT, RESOLVE } from './operations';

/**
 * Concurrent requests on one case (a double-click, two staff at once): the case row is locked
 * for each step, so exactly one of them takes effect and the timeline records it once.
 */
describe('concurrent steps on one case', () => {
  let server: TestServer;
  let w: CaseWorld;

  beforeAll(async () => {
    server = await startTestServer({ clock: new ManualClock(FRIDAY_MORNING) });
    w = await buildCaseWorld(server);
  });
  afterAll(() => server.close());

  const step = (query: string, input: object, token: string) => server.gql(query, { input }, { token });

  async function openCase(): Promise<string> {
    const r = await step(
      REPORT,
      { category: 'NOISE', description: '夜间装修噪声扰民', microGridId: gid('MicroGrid', w.m01) },
      w.tokens.resident,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.caseReport.case.id;
  }

  const timelineKinds = async (id: string): Promise<string[]> => {
    const r = await server.gql(CASE, { id }, { token: w.tokens.admin });
    expect(r.errors).toBeUndefined();
    return r.data!.case.timeline.map((e: { kind: string }) => e.kind);
  };

  it('escalates once when the grid worker sends five escalations at once', async () => {
    const id = await openCase();
    expect((await step(ACCEPT, { id }, w.tokens.worker)).errors).toBeUndefined();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => step(ESCALATE, { id, note: '网格内协调不成' }, w.tokens.worker)),
    );
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0].data!.caseEscalate.case.level).toBe('COMMUNITY');
    // The others find the case no longer at their level.
    for (const r of results.filter((x) => x.errors)) {
      expect(['FORBIDDEN', 'INVALID_TRANSITION']).toContain(r.errors![0].extensions.code);
    }
    expect((await timelineKinds(id)).filter((k) => k === 'ESCALATED')).toHaveLength(1);
  });

  it('closes once when two staff close the same resolved case at once', async () => {
    const id = await openCase();
    await step(ACCEPT, { id }, w.tokens.worker);
    expect((await step(RESOLVE, { id, note: '已协商安静施工时段' }, w.tokens.worker)).errors).toBeUndefined();
    const results = await Promise.all([
      step(CLOSE, { id, satisfaction: 5 }, w.tokens.worker),
      step(CLOSE, { id, satisfaction: 3 }, w.tokens.admin),
      step(CLOSE, { id, satisfaction: 4 }, w.tokens.worker),
    ]);
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) {
      expect(r.errors![0].extensions.code).toBe('INVALID_TRANSITION');
    }
    const kinds = await timelineKinds(id);
    expect(kinds.filter((k) => k === 'CLOSED')).toHaveLength(1);
    const rating = succeeded[0].data!.caseClose.case.satisfaction;
    const stored = await server.gql(CASE, { id }, { token: w.tokens.admin });
    expect(stored.data!.case).toMatchObject({ status: 'CLOSED', satisfaction: rating });
  });
});
