import { ManualClock } from '../../api/core/clock';
import { measureStatements } from '../support/sql-count';
import { startTestServer, type TestServer } from '../support/server';
import { buildCaseWorld, FRIDAY_MORNING, gid, type CaseWorld } from './world';
import { ACCEPT, ASSIGN, MEDIATE, QUEUE_WITH_TIMELINES, REPORT } from './operations';

/**
 * No N+1 on the grid worker's queue: cases with their community, grid, photos, mediation
 * sessions with partner units and timelines take the same statements for 2 cases as for 12.
 */
describe('SQL statements of a case queue do not grow with its size (no N+1)', () => {
  let server: TestServer;
  let w: CaseWorld;

  beforeAll(async () => {
    server = await startTestServer({ clock: new ManualClock(FRIDAY_MORNING) });
    w = await buildCaseWorld(server);
  });
  afterAll(() => server.close());

  async function addCases(n: number) {
    for (let i = 0; i < n; i++) {
      const r = await server.gql(
        REPORT,
        {
          input: {
            category: 'NOISE',
            description: `噪音${i}`,
            gridId: gid('Grid', w.g01),
            attachments: [{ reference: `p/${i}.jpg`, contentType: 'image/jpeg', sizeBytes: 100 }],
          },
        },
        { token: w.tokens.resident },
      );
      const id = r.data!.caseReport.case.id;
      await server.gql(ACCEPT, { input: { id } }, { token: w.tokens.worker });
      await server.gql(ASSIGN, { input: { id, teamId: gid('Team', w.team) } }, { token: w.tokens.worker });
      const m = await server.gql(
        MEDIATE,
        { input: { id, outcome: 'PARTIAL', attendeePartnerUnitIds: [gid('PartnerUnit', w.lawFirm)] } },
        { token: w.tokens.worker },
      );
      expect(m.errors).toBeUndefined();
    }
  }

  it('counts the same statements for 2 and for 12 cases', async () => {
    await addCases(2);
    const small = await measureStatements(server, w.tokens.worker, QUEUE_WITH_TIMELINES, { first: 50 });
    expect(small.data.myCaseQueue.edges).toHaveLength(2);
    await addCases(10);
    const large = await measureStatements(server, w.tokens.worker, QUEUE_WITH_TIMELINES, { first: 50 });
    expect(large.data.myCaseQueue.edges).toHaveLength(12);
    expect(large.data.myCaseQueue.edges[11].node.timeline.length).toBe(4);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(12);
  });
});
