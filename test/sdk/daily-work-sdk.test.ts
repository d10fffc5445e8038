import { ManualClock } from '../../api/core/clock';
import { createClient, GridApiError } from '../../clients/client';
import {
  CaseAcceptDocument,
  CaseCloseDocument,
  CaseEscalateDocument,
  CaseReportDocument,
  CaseResolveDocument,
  CaseStatsDocument,
  CaseTimelineDocument,
  MeetingsDocument,
  MeetingStatsDocument,
  MyCaseQueueDocument,
} from '../../clients/sdk/graphql';
import { startTestServer, type TestServer } from '../support/server';
import { buildCaseWorld, FRIDAY_MORNING, gid, type CaseWorld } from '../cases/world';

/**
 * The generated SDK (clients/operations/cases and meetings) driving a case through its levels
 * over real HTTP: a resident reports, the grid worker accepts and escalates, the community admin
 * finds it in its queue, resolves and closes it; the integrator reads the counts.
 */
describe('clients/operations for the daily work of grids, through the typed SDK', () => {
  let server: TestServer;
  let w: CaseWorld;

  beforeAll(async () => {
    server = await startTestServer({ clock: new ManualClock(FRIDAY_MORNING) });
    w = await buildCaseWorld(server);
  });
  afterAll(() => server.close());

  const as = (token: string) => createClient({ url: server.url, token });

  it('reports, escalates, queues, resolves and closes a case, and counts it', async () => {
    const resident = as(w.tokens.resident);
    const worker = as(w.tokens.worker);
    const admin = as(w.tokens.admin);

    const { caseReport } = await resident.request(CaseReportDocument, {
      input: {
        category: 'WATER_PIPE_LEAK',
        description: '楼上卫生间漏水，渗到我家天花板。',
        microGridId: gid('MicroGrid', w.m01),
      },
    });
    expect(caseReport.case).toMatchObject({ status: 'REPORTED', level: 'GRID' });
    const id = caseReport.case.id;

    await worker.request(CaseAcceptDocument, { input: { id } });
    const { caseEscalate } = await worker.request(CaseEscalateDocument, {
      input: { id, note: '涉及两户和物业，网格内协调不成。' },
    });
    expect(caseEscalate.case.level).toBe('COMMUNITY');

    // Escalated: the grid worker may no longer act on it, the community admin has it queued.
    await expect(worker.request(CaseResolveDocument, { input: { id } })).rejects.toBeInstanceOf(GridApiError);
    const queue = await admin.request(MyCaseQueueDocument, { level: 'COMMUNITY', first: 10 });
    expect(queue.myCaseQueue.edges.map((e) => e.node.id)).toEqual([id]);
    expect(queue.myCaseQueue.edges[0].node.reporterName).toBe('王**');

    await admin.request(CaseResolveDocument, { input: { id, note: '物业更换了楼上主管道。' } });
    const { caseClose } = await admin.request(CaseCloseDocument, { input: { id, satisfaction: 5 } });
    expect(caseClose.case).toMatchObject({ status: 'CLOSED', satisfaction: 5 });

    const timeline = await worker.request(CaseTimelineDocument, { id });
    expect(timeline.case.timeline.map((e) => e.kind)).toEqual([
      'REPORTED',
      'ACCEPTED',
      'ESCALATED',
      'RESOLVED',
      'CLOSED',
    ]);

    const stats = await as(w.tokens.integrator).request(CaseStatsDocument, {});
    expect(stats.caseStats.total).toBe(1);
    expect(stats.caseStats.rows).toEqual([
      {
        tenant: { name: w.tree.communityA1.name, code: w.tree.communityA1.code },
        category: 'WATER_PIPE_LEAK',
        status: 'CLOSED',
        level: 'COMMUNITY',
        count: 1,
      },
    ]);
  });

  it('reads meetings and their statistics', async () => {
    const meetings = await as(w.tokens.admin).request(MeetingsDocument, { first: 5 });
    expect(meetings.meetings.totalCount).toBe(0);
    const stats = await as(w.tokens.integrator).request(MeetingStatsDocument, {});
    expect(stats.meetingStats.byKind.every((k) => k.total === 0)).toBe(true);
  });
});
