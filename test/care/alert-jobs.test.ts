import { ManualClock } from '../../api/core/clock';
import { enqueueInTransaction, inTenantTransaction, JobRunner } from '../../api/core/jobs';
import { CareAlert, CareAlertEvent } from '../../api/modules/care/care-alert.entity';
import { CareSubject } from '../../api/modules/care/care-subject.entity';
import { requestCareSweep } from '../../api/modules/care/care.jobs';
import { MISSED_CHECK_IN_QUEUE } from '../../api/modules/care/care-alert.steps';
import { startTestServer, type TestServer } from '../support/server';
import { buildWorld, enrolInput, type World } from './world';
import { ACK, ALERTS, CHECK_IN, CLOSE, ENROL } from './operations';
import { fromGlobalId } from '../../api/core/graphql/global-id';

/**
 * The missed-check-in and escalation jobs (pg-boss) with a ManualClock: a job starts after the
 * time the clock says is left (in real time), re-checks by the clock, and raises each day's alert
 * once. Runners poll every 0.5 s; each wait is < 15 s.
 */
describe('missed check-ins and escalation', () => {
  let server: TestServer;
  let w: World;
  const clock = new ManualClock();
  const em = () => server.db.owner.em.fork();
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const alertsOf = (subjectId: string) => em().count(CareAlert, { subject: subjectId });

  async function waitFor(check: () => Promise<boolean>, ms = 12_000): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (await check()) return true;
      await sleep(300);
    }
    return false;
  }

  /** Two seconds (real and by the clock) before 10:00 in China on 1 December. */
  const beforeDue = () => clock.set('2026-12-01T01:59:58Z');
  const afterDue = () => clock.set('2026-12-01T02:00:30Z');

  /** A new person enrolled over the API with check-ins due by 10:00; its subject's uuid. */
  async function enrolled(extra: Record<string, unknown> = {}): Promise<string> {
    const r = await server.gql(
      ENROL,
      { input: enrolInput(w, await w.person(), extra) },
      { token: w.tokens.workerG1 },
    );
    expect(r.errors).toBeUndefined();
    return fromGlobalId(r.data!.careSubjectEnrol.subject.id, 'CareSubject');
  }

  const sweep = () =>
    inTenantTransaction(server.db.owner, w.tree.communityA1.id, (tx) =>
      requestCareSweep(tx, w.tree.communityA1.id),
    );

  beforeAll(async () => {
    server = await startTestServer(
      { clock, jobs: { enabled: true, pollingIntervalMs: 500 } },
      { jobs: true },
    );
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  it('raises one alert for a missed check-in, assigned to the responsible worker, once the clock says so', async () => {
    beforeDue();
    const id = await enrolled();
    // The job comes after ~2 s but the clock still says 09:59:58: not yet, so it waits again.
    await sleep(3_000);
    expect(await alertsOf(id)).toBe(0);
    afterDue();
    expect(await waitFor(async () => (await alertsOf(id)) === 1)).toBe(true);
    const alert = await em().findOneOrFail(CareAlert, { subject: id });
    expect(alert).toMatchObject({ day: '2026-12-01', status: 'RAISED' });
    expect(alert.assignedWorker.id).toBe(w.worker.id);
    expect(alert.escalateAt.toISOString()).toBe('2026-12-01T03:00:30.000Z');
    const events = await em().find(CareAlertEvent, { alert: alert.id });
    expect(events.map((e) => [e.action, e.actorKind, e.actorName])).toEqual([['RAISE', 'SYSTEM', '平台']]);
    expect((await em().findOneOrFail(CareSubject, id)).nextDueDay).toBe('2026-12-02');
  });

  it('raises nothing when the person checked in before the time', async () => {
    beforeDue();
    const id = await enrolled();
    const gid = Buffer.from(`CareSubject:${id}`).toString('base64url');
    const r = await server.gql(
      CHECK_IN,
      { input: { subjectId: gid, channel: 'DOORBELL' } },
      { token: w.tokens.deviceA1 },
    );
    expect(r.errors).toBeUndefined();
    afterDue();
    expect(
      await waitFor(async () => (await em().findOneOrFail(CareSubject, id)).nextDueDay === '2026-12-02'),
    ).toBe(true);
    expect(await alertsOf(id)).toBe(0);
  });

  it('raises once with two runners, and a duplicated job changes nothing', async () => {
    const second = new JobRunner(server.db, server.config, server.app.events);
    await second.start();
    try {
      beforeDue();
      const ids = [await enrolled(), await enrolled(), await enrolled()];
      // A retried delivery of the same day's job, as after a crash.
      await inTenantTransaction(server.db.owner, w.tree.communityA1.id, (tx) =>
        enqueueInTransaction(
          tx,
          MISSED_CHECK_IN_QUEUE,
          { tenantId: w.tree.communityA1.id, subjectId: ids[0], day: '2026-12-01' },
          { startAfter: new Date(Date.now() + 2_500) },
        ),
      );
      afterDue();
      for (const id of ids) expect(await waitFor(async () => (await alertsOf(id)) === 1)).toBe(true);
      await sleep(2_000);
      for (const id of ids) {
        expect(await alertsOf(id)).toBe(1);
        const alert = await em().findOneOrFail(CareAlert, { subject: id });
        expect(await em().count(CareAlertEvent, { alert: alert.id })).toBe(1);
      }
    } finally {
      await second.stop();
    }
  });

  it('survives a restart: a job due while no runner runs is run by the next one', async () => {
    await server.jobs!.stop();
    try {
      beforeDue();
      const id = await enrolled();
      afterDue();
      await sleep(3_000);
      expect(await alertsOf(id)).toBe(0);
      const next = new JobRunner(server.db, server.config, server.app.events);
      await next.start();
      try {
        expect(await waitFor(async () => (await alertsOf(id)) === 1)).toBe(true);
      } finally {
        await next.stop();
      }
    } finally {
      await server.jobs!.start();
    }
  });

  it('escalates an alert not acknowledged in time, and not one acknowledged', async () => {
    beforeDue();
    const late = await enrolled({ ackWindowMinutes: 5 });
    const quick = await enrolled({ ackWindowMinutes: 5 });
    afterDue();
    for (const id of [late, quick]) expect(await waitFor(async () => (await alertsOf(id)) === 1)).toBe(true);
    const quickAlert = await em().findOneOrFail(CareAlert, { subject: quick });
    const ack = await server.gql(
      ACK,
      { input: { id: Buffer.from(`CareAlert:${quickAlert.id}`).toString('base64url'), note: '正在上门' } },
      { token: w.tokens.workerG1 },
    );
    expect(ack.errors).toBeUndefined();
    expect(ack.data!.careAlertAcknowledge.event).toEqual({
      action: 'ACKNOWLEDGE',
      fromStatus: 'RAISED',
      toStatus: 'ACKNOWLEDGED',
      actorRole: 'GRID_WORKER',
    });
    clock.set('2026-12-01T02:06:00Z'); // past raisedAt + 5 minutes
    await sweep();
    expect(
      await waitFor(
        async () => (await em().findOneOrFail(CareAlert, { subject: late })).status === 'ESCALATED',
      ),
    ).toBe(true);
    const escalated = await em().findOneOrFail(CareAlert, { subject: late });
    expect(escalated.escalatedAt?.toISOString()).toBe('2026-12-01T02:06:00.000Z');
    expect((await em().findOneOrFail(CareAlert, { subject: quick })).status).toBe('ACKNOWLEDGED');

    // The community admin sees it escalated and closes it with what was found.
    const list = await server.gql(ALERTS, { status: ['ESCALATED'] }, { token: w.tokens.adminA1 });
    const node = list.data!.careAlerts.edges.find(
      (e: { node: { id: string } }) =>
        e.node.id === Buffer.from(`CareAlert:${escalated.id}`).toString('base64url'),
    ).node;
    expect(node.events.map((e: { action: string }) => e.action)).toEqual(['RAISE', 'ESCALATE']);
    const close = await server.gql(
      CLOSE,
      { input: { id: node.id, outcome: 'HOSPITALISED', findings: '老人昨夜住院，邻居告知' } },
      { token: w.tokens.adminA1 },
    );
    expect(close.errors).toBeUndefined();
    expect(close.data!.careAlertClose.alert).toMatchObject({ status: 'CLOSED', outcome: 'HOSPITALISED' });
    const again = await server.gql(ACK, { input: { id: node.id } }, { token: w.tokens.adminA1 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'CLOSED' });
    const otherGrid = await server.gql(ACK, { input: { id: node.id } }, { token: w.tokens.workerG2 });
    expect(otherGrid.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const street = await server.gql(ACK, { input: { id: node.id } }, { token: w.tokens.streetA });
    expect(street.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
