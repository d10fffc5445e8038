import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ManualClock } from '../../api/core/clock';
import { CASE_ESCALATION_TOPIC } from '../../api/modules/cases';
import { requestDeadlineSweep } from '../../api/modules/cases/case-deadline.job';
import { startTestServer, type TestServer } from '../support/server';
import { buildCaseWorld, FRIDAY_MORNING, gid, type CaseWorld } from './world';
import { ACCEPT, ESCALATE, REPORT } from './operations';

interface Notice {
  caseId: string;
  communityId: string;
  level: string;
  automatic: boolean;
}

const NOTICES = `subscription { caseEscalations { caseId communityId level category deadlineAt automatic occurredAt } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check: () => boolean, ms = 12_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await sleep(100);
  }
  return false;
}

/**
 * Escalations pushed over graphql-ws to the staff of the level a case reaches, and to no one
 * else: by hand (GRID → COMMUNITY → STREET) and by the deadline job (the controllable clock).
 */
describe('case escalation notices over graphql-ws', () => {
  let server: TestServer;
  let w: CaseWorld;
  const clock = new ManualClock(FRIDAY_MORNING);
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await startTestServer(
      { clock, jobs: { enabled: true, pollingIntervalMs: 500 } },
      { jobs: true },
    );
    w = await buildCaseWorld(server);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await server.close();
  });

  function subscriber(token: string) {
    const client = createClient({
      url: `ws://${new URL(server.url).host}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    const notices: Notice[] = [];
    const errors: { extensions?: { code?: string } }[] = [];
    client.subscribe<{ caseEscalations: Notice }>(
      { query: NOTICES },
      {
        next: (v) => {
          if (v.data) notices.push(v.data.caseEscalations);
          // A refused subscription answers with one result carrying the error, then completes.
          if (v.errors) errors.push(...(v.errors as never[]));
        },
        error: (e) => errors.push(...((Array.isArray(e) ? e : [e]) as never[])),
        complete: () => undefined,
      },
    );
    return { notices, errors };
  }

  const step = async (query: string, input: object, token: string) => {
    const r = await server.gql(query, { input }, { token });
    expect(r.errors).toBeUndefined();
    return Object.values(r.data!)[0].case;
  };

  it('tells the community admin, then the street admin, each when the case reaches its level', async () => {
    const admin = subscriber(w.tokens.admin);
    const sibling = subscriber(w.tokens.adminA2);
    const street = subscriber(w.tokens.street);
    const otherStreet = subscriber(w.tokens.streetB);
    const resident = subscriber(w.tokens.resident);
    expect(await waitFor(() => server.app.events.subscriberCount(CASE_ESCALATION_TOPIC) >= 4)).toBe(true);
    expect(await waitFor(() => resident.errors.length > 0)).toBe(true);
    expect(resident.errors[0].extensions?.code).toBe('FORBIDDEN');

    const c = await step(
      REPORT,
      {
        category: 'NEIGHBOUR_DISPUTE',
        description: '两户因界墙发生争执',
        microGridId: gid('MicroGrid', w.m01),
      },
      w.tokens.resident,
    );
    await step(ACCEPT, { id: c.id }, w.tokens.worker);
    await step(ESCALATE, { id: c.id, note: '网格内协调不成' }, w.tokens.worker);
    expect(await waitFor(() => admin.notices.length === 1)).toBe(true);
    expect(admin.notices[0]).toMatchObject({
      caseId: c.id,
      communityId: gid('Tenant', w.tree.communityA1),
      level: 'COMMUNITY',
      automatic: false,
    });

    await step(ESCALATE, { id: c.id, note: '涉及拆迁政策，提请街道' }, w.tokens.admin);
    expect(await waitFor(() => street.notices.length === 1)).toBe(true);
    expect(street.notices[0]).toMatchObject({ caseId: c.id, level: 'STREET' });

    await sleep(500);
    expect(admin.notices).toHaveLength(1);
    expect(sibling.notices).toHaveLength(0);
    expect(otherStreet.notices).toHaveLength(0);
  });

  it('tells the community admin of an escalation by deadline, marked automatic', async () => {
    const admin = subscriber(w.tokens.admin);
    expect(await waitFor(() => server.app.events.subscriberCount(CASE_ESCALATION_TOPIC) >= 5)).toBe(true);
    clock.set(FRIDAY_MORNING);
    const c = await step(
      REPORT,
      { category: 'NOISE', description: '夜间施工噪声', microGridId: gid('MicroGrid', w.m01) },
      w.tokens.resident,
    );
    // Three working days later (Wed 12 March ends the GRID level), the deadline has passed.
    clock.set('2025-03-13T01:00:00Z');
    await server.db.owner.em.fork().transactional((tx) => requestDeadlineSweep(tx));
    expect(await waitFor(() => admin.notices.some((n) => n.caseId === c.id))).toBe(true);
    expect(admin.notices.find((n) => n.caseId === c.id)).toMatchObject({
      level: 'COMMUNITY',
      automatic: true,
    });
  });
});
