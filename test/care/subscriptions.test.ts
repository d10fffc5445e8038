import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ManualClock } from '../../api/core/clock';
import { Role } from '../../api/core/auth/role.enum';
import { CARE_ALERT_TOPIC } from '../../api/modules/care/care-events';
import { startSecondInstance, startTestServer, type TestServer } from '../support/server';
import { userSession } from '../factories/principals';
import { buildWorld, enrolInput, type World } from './world';
import { ACK, ALERTS, ENROL, NOTICES } from './operations';

interface Notice {
  alertId: string;
  event: string;
  subjectName: string;
  escalated: boolean;
  communityId: string;
  gridId: string;
}

const REDIS = 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A subscriber over graphql-ws collecting every notice (and errors). */
function subscriber(server: TestServer, token: string) {
  const client: Client = createClient({
    url: `ws://${new URL(server.url).host}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const notices: Notice[] = [];
  const errors: { extensions?: { code?: string } }[] = [];
  const dispose = client.subscribe<{ careAlertNotices: Notice }>(
    { query: NOTICES },
    {
      next: (v) => {
        if (v.data) notices.push(v.data.careAlertNotices);
        if (v.errors) errors.push(...(v.errors as never[]));
      },
      error: (e) => errors.push(...((Array.isArray(e) ? e : [e]) as never[])),
      complete: () => undefined,
    },
  );
  return {
    notices,
    errors,
    close: async () => {
      dispose();
      await client.dispose();
    },
  };
}

async function waitFor(check: () => boolean, ms = 12_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await sleep(200);
  }
  return false;
}

/** Subscriptions are registered once the bus has them (the socket handshake is asynchronous). */
const subscribed = (server: TestServer, n: number) =>
  waitFor(() => server.app.events.subscriberCount(CARE_ALERT_TOPIC) >= n, 5_000);

describe.each([
  ['in memory, one instance', undefined],
  ['through Redis, two instances', REDIS],
])('care alert notices over graphql-ws (%s)', (_name, redisUrl) => {
  let first: TestServer;
  let second: TestServer;
  let w: World;
  const clock = new ManualClock();

  beforeAll(async () => {
    first = await startTestServer(
      { clock, redisUrl, jobs: { enabled: true, pollingIntervalMs: 500 } },
      { jobs: true },
    );
    second = redisUrl ? await startSecondInstance(first, { clock, redisUrl }) : first;
    w = await buildWorld(first);
  });
  afterAll(async () => {
    if (second !== first) await second.close();
    await first.close();
  });

  it('delivers a raised alert once to each authorised subscriber, and never to another grid or community', async () => {
    const streetToken = await userSession(first.db, Role.STREET_ADMIN, w.tree.streetA);
    const worker = subscriber(second, w.tokens.workerG1);
    const admin = subscriber(first, w.tokens.adminA1);
    const otherGrid = subscriber(second, w.tokens.workerG2);
    const sibling = subscriber(first, w.tokens.adminA2);
    const street = subscriber(second, streetToken);
    const resident = subscriber(first, w.tokens.residentA1);
    try {
      expect(await subscribed(first, 2)).toBe(true);
      expect(await subscribed(second, 3)).toBe(true);
      clock.set('2026-12-01T01:59:58Z');
      const person = await w.person('徐阿婆');
      const r = await first.gql(ENROL, { input: enrolInput(w, person) }, { token: w.tokens.workerG1 });
      expect(r.errors).toBeUndefined();
      clock.set('2026-12-01T02:00:30Z');
      expect(await waitFor(() => worker.notices.length > 0 && admin.notices.length > 0)).toBe(true);
      expect(worker.notices[0]).toMatchObject({ event: 'RAISE', subjectName: '徐**', escalated: false });
      // A step taken on the other instance reaches the same subscribers, once each.
      const ack = await second.gql(
        ACK,
        { input: { id: worker.notices[0].alertId } },
        { token: w.tokens.workerG1 },
      );
      expect(ack.errors).toBeUndefined();
      expect(await waitFor(() => worker.notices.length === 2 && admin.notices.length === 2)).toBe(true);
      await sleep(1_500);
      expect(worker.notices.map((n) => n.event)).toEqual(['RAISE', 'ACKNOWLEDGE']);
      expect(admin.notices.map((n) => n.event)).toEqual(['RAISE', 'ACKNOWLEDGE']);
      expect(otherGrid.notices).toEqual([]);
      expect(sibling.notices).toEqual([]);
      expect(street.notices).toEqual([]); // not escalated
      expect(resident.notices).toEqual([]);
      expect(resident.errors[0]?.extensions?.code).toBe('FORBIDDEN');
      const list = await first.gql(ALERTS, {}, { token: w.tokens.workerG1 });
      expect(list.data!.careAlerts.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
        worker.notices[0].alertId,
      );
    } finally {
      for (const s of [worker, admin, otherGrid, sibling, street, resident]) await s.close();
    }
  });
});
