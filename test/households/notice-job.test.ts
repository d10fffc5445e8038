import { JobRunner } from '../../api/core/jobs';
import { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { HouseholdEvent } from '../../api/modules/households/household-event.entity';
import { startTestServer, type TestServer } from '../support/server';
import { buildWorld, gid, type World } from './world';
import { RAISE, REVIEW } from './operations';
import { HouseholdAction, HouseholdStatus } from '../../api/modules/households/household.enums';

/**
 * The end of the notice period (公示期满) moves a file on by itself: a pg-boss job enqueued in the
 * approving transaction, run on the owner connection. Polls every 0.5 s; each test waits < 15 s.
 */
describe('the notice-period job', () => {
  let server: TestServer;
  let w: World;
  const em = () => server.db.owner.em.fork();
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const statusOf = async (id: string) => (await em().findOneOrFail(HouseholdFile, id)).status;
  const published = (id: string) =>
    em().count(HouseholdEvent, { household: id, action: HouseholdAction.PUBLISH });
  const jobsOf = async (id: string) =>
    (
      await em()
        .getConnection()
        .execute<{ n: number }[]>('select count(*)::int as n from pgboss.job where singleton_key = ?', [id])
    )[0].n;

  async function waitFor(check: () => Promise<boolean>, ms = 12_000): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (await check()) return true;
      await sleep(500);
    }
    return false;
  }

  /** A submitted file approved over the API with a notice period of `seconds`. */
  async function onNotice(seconds: number): Promise<HouseholdFile> {
    const file = await w.file(HouseholdStatus.SUBMITTED);
    const noticeEndsAt = new Date(Date.now() + seconds * 1000).toISOString();
    const r = await server.gql(
      REVIEW,
      { input: { id: gid('HouseholdFile', file), decision: 'APPROVE', noticeEndsAt } },
      { token: w.tokens.adminA1 },
    );
    expect(r.errors).toBeUndefined();
    return file;
  }

  beforeAll(async () => {
    server = await startTestServer({ jobs: { enabled: true, pollingIntervalMs: 500 } }, { jobs: true });
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  it('publishes a file at the end of its notice without any request, as the platform', async () => {
    const file = await onNotice(2);
    expect(await statusOf(file.id)).toBe('PUBLIC_NOTICE');
    expect(await waitFor(async () => (await statusOf(file.id)) === 'PUBLISHED')).toBe(true);
    const event = await em().findOneOrFail(HouseholdEvent, {
      household: file.id,
      action: HouseholdAction.PUBLISH,
    });
    expect(event).toMatchObject({
      fromStatus: 'PUBLIC_NOTICE',
      toStatus: 'PUBLISHED',
      actorKind: 'SYSTEM',
      actorRole: 'SYSTEM',
      actorName: '平台',
    });
    expect(event.actorId ?? null).toBeNull();
  });

  it('leaves a file with an open objection on notice, and publishes it once the objection is dismissed', async () => {
    const file = await onNotice(2);
    const raise = await server.gql(
      RAISE,
      { input: { householdId: gid('HouseholdFile', file), text: '其子女有稳定收入' } },
      { token: w.tokens.residentA1 },
    );
    expect(raise.errors).toBeUndefined();
    await sleep(4_000);
    expect(await statusOf(file.id)).toBe('PUBLIC_NOTICE');
    expect(await published(file.id)).toBe(0);
    const answer = await server.gql(
      `mutation($input: HouseholdObjectionAnswerInput!) { householdObjectionAnswer(input: $input) { objection { status } } }`,
      {
        input: {
          objectionId: raise.data!.householdObjectionRaise.objection.id,
          decision: 'DISMISS',
          answer: '经核实收入不足',
        },
      },
      { token: w.tokens.adminA1 },
    );
    expect(answer.errors).toBeUndefined();
    expect(await waitFor(async () => (await statusOf(file.id)) === 'PUBLISHED', 8_000)).toBe(true);
  });

  it('survives a restart: a job due while no runner runs is run by the next one', async () => {
    await server.jobs!.stop();
    const file = await onNotice(1);
    await sleep(2_000);
    expect(await statusOf(file.id)).toBe('PUBLIC_NOTICE');
    const next = new JobRunner(server.db, server.config, server.app.events);
    await next.start();
    try {
      expect(await waitFor(async () => (await statusOf(file.id)) === 'PUBLISHED')).toBe(true);
    } finally {
      await next.stop();
      await server.jobs!.start();
    }
  });

  it('runs once with two runners on one database: exactly one PUBLISH event', async () => {
    const second = new JobRunner(server.db, server.config, server.app.events);
    await second.start();
    try {
      const files = await Promise.all([onNotice(1), onNotice(1), onNotice(1)]);
      for (const f of files) {
        expect(await waitFor(async () => (await statusOf(f.id)) === 'PUBLISHED')).toBe(true);
      }
      await sleep(1_500);
      for (const f of files) expect(await published(f.id)).toBe(1);
    } finally {
      await second.stop();
    }
  });

  it('leaves no job behind when the approving transaction rolls back', async () => {
    const file = await w.file(HouseholdStatus.SUBMITTED);
    const id = gid('HouseholdFile', file);
    // Two mutations in one request: the second fails, so the whole request rolls back after the
    // first one enqueued its job inside the transaction.
    const r = await server.gql(
      `mutation($ok: HouseholdReviewInput!, $bad: HouseholdReviewInput!) {
        a: householdReview(input: $ok) { household { status } }
        b: householdReview(input: $bad) { household { status } }
      }`,
      { ok: { id, decision: 'APPROVE', noticeDays: 1 }, bad: { id, decision: 'APPROVE', noticeDays: 1 } },
      { token: w.tokens.adminA1 },
    );
    expect(r.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    expect(await statusOf(file.id)).toBe('SUBMITTED');
    expect(await jobsOf(file.id)).toBe(0);
    expect(await em().count(HouseholdEvent, { household: file.id })).toBe(1);
  });
});
