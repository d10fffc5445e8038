import { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { HouseholdEvent } from '../../api/modules/households/household-event.entity';
import { HouseholdMember } from '../../api/modules/households/household-member.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import { HouseholdAction, HouseholdStatus } from '../../api/modules/households/household.enums';
import { startTestServer, type TestServer } from '../support/server';
import { buildWorld, gid, type World } from './world';
import { CLOSE, CREATE, PUBLISH, REVIEW, SUBMIT, UPDATE } from './operations';

describe('household files: who writes them, the workflow table, events, bad input', () => {
  let server: TestServer;
  let w: World;
  const em = () => server.db.owner.em.fork();
  const fileCount = () => em().count(HouseholdFile, {});
  const eventsOf = (id: string) =>
    em().find(HouseholdEvent, { household: id }, { orderBy: { occurredAt: 'asc' } });

  const createInput = (over: Record<string, unknown> = {}) => ({
    code: `SZS-${Math.random().toString(36).slice(2, 8)}`,
    microGridId: gid('MicroGrid', w.mg1),
    gridWorkerId: gid('Person', w.worker),
    categories: ['ELDERLY_LIVING_ALONE', 'DISABILITY'],
    disabilityGrade: 2,
    situation: '独居，二级肢体残疾',
    needs: '轮椅一台',
    reasonForSupport: '独居高龄、肢体残疾',
    members: [
      { personId: gid('Person', w.head), relation: 'HEAD' },
      { personId: gid('Person', w.grandchild), relation: 'GRANDCHILD' },
    ],
    ...over,
  });

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  describe('householdCreate', () => {
    it('is UNAUTHENTICATED without a token and FORBIDDEN for other roles', async () => {
      const anon = await server.gql(CREATE, { input: createInput() });
      expect(anon.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      for (const token of [w.tokens.integrator, w.tokens.streetA, w.tokens.residentA1, w.tokens.partnerA1]) {
        const r = await server.gql(CREATE, { input: createInput() }, { token });
        expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
      expect(await fileCount()).toBe(0);
    });

    it('is NOT_FOUND for a micro-grid of another community, FORBIDDEN for another grid of its own', async () => {
      const other = await server.gql(CREATE, { input: createInput() }, { token: w.tokens.adminA2 });
      expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const otherGrid = await server.gql(CREATE, { input: createInput() }, { token: w.tokens.workerG2 });
      expect(otherGrid.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(await fileCount()).toBe(0);
    });

    it('creates a DRAFT with members, the masked head as display name, and a CREATE event', async () => {
      const r = await server.gql(
        CREATE,
        { input: createInput({ code: 'SZS-001' }) },
        { token: w.tokens.workerG1 },
      );
      expect(r.errors).toBeUndefined();
      const h = r.data!.householdCreate.household;
      expect(h).toMatchObject({
        code: 'SZS-001',
        status: 'DRAFT',
        categories: ['ELDERLY_LIVING_ALONE', 'DISABILITY'],
        disabilityGrade: 2,
        situation: null,
        displayName: '徐**',
        grid: { name: '第一网格' },
        microGrid: { name: '嵩山路1号' },
        nextActions: ['SUBMIT', 'CLOSE'],
      });
      expect(h.members).toEqual([
        {
          relation: 'HEAD',
          age: expect.any(Number),
          isMinor: false,
          person: { name: '徐**', birthDate: '1948' },
        },
        {
          relation: 'GRANDCHILD',
          age: expect.any(Number),
          isMinor: true,
          person: { name: '徐**', birthDate: '2015' },
        },
      ]);
      expect(h.events).toEqual([
        expect.objectContaining({
          action: 'CREATE',
          fromStatus: null,
          toStatus: 'DRAFT',
          actorRole: 'GRID_WORKER',
          actorName: '王网格',
        }),
      ]);
      const again = await server.gql(
        CREATE,
        { input: createInput({ code: 'SZS-001' }) },
        { token: w.tokens.adminA1 },
      );
      expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    });

    it.each([
      ['disabilityGrade', { categories: ['DISABILITY'], disabilityGrade: undefined }],
      ['disabilityGrade', { categories: ['LOW_INCOME'], disabilityGrade: 3 }],
      ['members', { members: [{ personId: 'x', relation: 'SPOUSE' }] }],
    ])('refuses bad input (%s) and stores nothing', async (field, over) => {
      const before = await fileCount();
      const r = await server.gql(CREATE, { input: createInput(over) }, { token: w.tokens.adminA1 });
      expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      if (field !== 'members') expect(r.errors?.[0].extensions.field).toBe(field);
      expect(await fileCount()).toBe(before);
    });

    it('refuses a birth date in the future, a grade outside 1–4 and no category, storing nothing', async () => {
      const before = await fileCount();
      const future = createInput({
        members: [{ personId: gid('Person', w.head), relation: 'HEAD', birthDate: '2999-01-01' }],
      });
      const r1 = await server.gql(CREATE, { input: future }, { token: w.tokens.adminA1 });
      expect(r1.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'members.0.birthDate',
      });
      const r2 = await server.gql(
        CREATE,
        { input: createInput({ disabilityGrade: 5 }) },
        { token: w.tokens.adminA1 },
      );
      expect(r2.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const r3 = await server.gql(
        CREATE,
        { input: createInput({ categories: [] }) },
        { token: w.tokens.adminA1 },
      );
      expect(r3.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await fileCount()).toBe(before);
      expect((await em().findOneOrFail(Person, w.head.id)).birthDate).toBe('1948-05-06');
    });

    it('records a given birth date on the person', async () => {
      const input = createInput({
        members: [{ personId: gid('Person', w.head), relation: 'HEAD', birthDate: '1948-05-07' }],
      });
      const r = await server.gql(CREATE, { input }, { token: w.tokens.adminA1 });
      expect(r.errors).toBeUndefined();
      expect((await em().findOneOrFail(Person, w.head.id)).birthDate).toBe('1948-05-07');
      await em().nativeUpdate(Person, { id: w.head.id }, { birthDate: '1948-05-06' });
    });
  });

  describe('householdUpdate', () => {
    it('changes a draft (members replaced) and is INVALID_TRANSITION once submitted', async () => {
      const file = await w.file();
      const input = {
        id: gid('HouseholdFile', file),
        needs: '助学',
        members: [{ personId: gid('Person', w.head), relation: 'HEAD' }],
      };
      const r = await server.gql(UPDATE, { input }, { token: w.tokens.workerG1 });
      expect(r.errors).toBeUndefined();
      expect(r.data!.householdUpdate.household).toMatchObject({
        needs: '助学',
        members: [{ relation: 'HEAD' }],
      });
      expect(await em().count(HouseholdMember, { household: file.id })).toBe(1);

      const out = await server.gql(UPDATE, { input }, { token: w.tokens.workerG2 });
      expect(out.errors?.[0].extensions.code).toBe('NOT_FOUND');
      await server.gql(SUBMIT, { input: { id: input.id } }, { token: w.tokens.workerG1 });
      const late = await server.gql(UPDATE, { input }, { token: w.tokens.workerG1 });
      expect(late.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'SUBMITTED' });
    });
  });

  describe('the workflow over the API', () => {
    it('runs draft → submitted → rejected → submitted → notice, recording who, when, from, to', async () => {
      const file = await w.file();
      const id = gid('HouseholdFile', file);
      const submit = await server.gql(
        SUBMIT,
        { input: { id, note: '已入户核实' } },
        { token: w.tokens.workerG1 },
      );
      expect(submit.data!.householdSubmit.event).toMatchObject({
        action: 'SUBMIT',
        fromStatus: 'DRAFT',
        toStatus: 'SUBMITTED',
        note: '已入户核实',
        actorKind: 'USER',
        actorRole: 'GRID_WORKER',
      });
      const noNote = await server.gql(
        REVIEW,
        { input: { id, decision: 'REJECT' } },
        { token: w.tokens.adminA1 },
      );
      expect(noNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      const reject = await server.gql(
        REVIEW,
        { input: { id, decision: 'REJECT', note: '缺收入证明' } },
        { token: w.tokens.adminA1 },
      );
      expect(reject.data!.householdReview.household.status).toBe('REJECTED');
      await server.gql(SUBMIT, { input: { id } }, { token: w.tokens.workerG1 });
      const approve = await server.gql(
        REVIEW,
        { input: { id, decision: 'APPROVE', noticeDays: 5 } },
        { token: w.tokens.adminA1 },
      );
      expect(approve.errors).toBeUndefined();
      const ends = new Date(approve.data!.householdReview.household.noticeEndsAt).getTime();
      expect(Math.abs(ends - (Date.now() + 5 * 86400_000))).toBeLessThan(60_000);
      const events = await eventsOf(file.id);
      expect(events.map((e) => [e.action, e.fromStatus ?? null, e.toStatus])).toEqual([
        ['CREATE', null, 'DRAFT'],
        ['SUBMIT', 'DRAFT', 'SUBMITTED'],
        ['REJECT', 'SUBMITTED', 'REJECTED'],
        ['SUBMIT', 'REJECTED', 'SUBMITTED'],
        ['APPROVE', 'SUBMITTED', 'PUBLIC_NOTICE'],
      ]);
      expect(events.at(-1)).toMatchObject({
        actorName: '社区书记',
        actorRole: 'COMMUNITY_ADMIN',
        actorKind: 'USER',
      });
      expect(events.every((e) => e.occurredAt instanceof Date)).toBe(true);
      // The notice's end is scheduled in the same transaction.
      const jobs = await em()
        .getConnection()
        .execute('select count(*)::int as n from pgboss.job where singleton_key = ?', [file.id]);
      expect(jobs[0].n).toBe(1);
    });

    it('lets only the roles of the table take each step', async () => {
      const id = gid('HouseholdFile', await w.file(HouseholdStatus.SUBMITTED));
      const anon = await server.gql(REVIEW, { input: { id, decision: 'APPROVE' } });
      expect(anon.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      const worker = await server.gql(
        REVIEW,
        { input: { id, decision: 'APPROVE' } },
        { token: w.tokens.workerG1 },
      );
      expect(worker.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const other = await server.gql(
        REVIEW,
        { input: { id, decision: 'APPROVE' } },
        { token: w.tokens.adminA2 },
      );
      expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const street = await server.gql(CLOSE, { input: { id } }, { token: w.tokens.streetA });
      expect(street.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const otherGrid = await server.gql(SUBMIT, { input: { id } }, { token: w.tokens.workerG2 });
      expect(otherGrid.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(
        (
          await em().findOneOrFail(
            HouseholdFile,
            (await em().find(HouseholdFile, { status: HouseholdStatus.SUBMITTED }))[0].id,
          )
        ).status,
      ).toBe('SUBMITTED');
    });

    const illegal: [HouseholdStatus, string, Record<string, unknown>][] = [
      [HouseholdStatus.DRAFT, 'householdReview', { decision: 'APPROVE' }],
      [HouseholdStatus.DRAFT, 'householdPublish', {}],
      [HouseholdStatus.SUBMITTED, 'householdSubmit', {}],
      [HouseholdStatus.SUBMITTED, 'householdPublish', {}],
      [HouseholdStatus.SUBMITTED, 'householdClose', {}],
      [HouseholdStatus.REJECTED, 'householdReview', { decision: 'REJECT', note: 'x' }],
      [HouseholdStatus.PUBLIC_NOTICE, 'householdSubmit', {}],
      [HouseholdStatus.PUBLIC_NOTICE, 'householdReview', { decision: 'APPROVE' }],
      [HouseholdStatus.PUBLIC_NOTICE, 'householdClose', {}],
      [HouseholdStatus.PUBLISHED, 'householdSubmit', {}],
      [HouseholdStatus.PUBLISHED, 'householdPublish', {}],
      [HouseholdStatus.ADOPTED, 'householdClose', {}],
      [HouseholdStatus.WITHDRAWN, 'householdSubmit', {}],
      [HouseholdStatus.WITHDRAWN, 'householdClose', {}],
      [HouseholdStatus.CLOSED, 'householdClose', {}],
      [HouseholdStatus.CLOSED, 'householdPublish', {}],
    ];
    it.each(illegal)(
      'from %s, %s is INVALID_TRANSITION naming the state',
      async (status, mutation, extra) => {
        const file = await w.file(status, { noticeEndsAt: new Date(Date.now() + 86400_000) });
        const op = {
          householdSubmit: SUBMIT,
          householdReview: REVIEW,
          householdPublish: PUBLISH,
          householdClose: CLOSE,
        }[mutation]!;
        const r = await server.gql(
          op,
          { input: { id: gid('HouseholdFile', file), ...extra } },
          { token: w.tokens.adminA1 },
        );
        expect(r.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: status });
        expect(r.errors?.[0].message).toContain(status);
        expect((await em().findOneOrFail(HouseholdFile, file.id)).status).toBe(status);
        expect(await em().count(HouseholdEvent, { household: file.id })).toBe(1);
      },
    );

    it('publishes by hand only after the notice, and closes a published file', async () => {
      const early = await w.file(HouseholdStatus.PUBLIC_NOTICE, {
        noticeEndsAt: new Date(Date.now() + 3600_000),
      });
      const r1 = await server.gql(
        PUBLISH,
        { input: { id: gid('HouseholdFile', early) } },
        { token: w.tokens.adminA1 },
      );
      expect(r1.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'PUBLIC_NOTICE' });
      const over = await w.file(HouseholdStatus.PUBLIC_NOTICE, { noticeEndsAt: new Date(Date.now() - 1000) });
      const id = gid('HouseholdFile', over);
      const r2 = await server.gql(PUBLISH, { input: { id } }, { token: w.tokens.adminA1 });
      expect(r2.data!.householdPublish.event).toMatchObject({
        action: 'PUBLISH',
        fromStatus: 'PUBLIC_NOTICE',
        toStatus: 'PUBLISHED',
      });
      const r3 = await server.gql(CLOSE, { input: { id, note: '已脱困' } }, { token: w.tokens.adminA1 });
      expect(r3.data!.householdClose.household.status).toBe('CLOSED');
    });

    it('refuses a notice end in the past or both a day count and an end, storing nothing', async () => {
      const file = await w.file(HouseholdStatus.SUBMITTED);
      const id = gid('HouseholdFile', file);
      const past = await server.gql(
        REVIEW,
        { input: { id, decision: 'APPROVE', noticeEndsAt: new Date(Date.now() - 1000).toISOString() } },
        { token: w.tokens.adminA1 },
      );
      expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'noticeEndsAt' });
      const both = await server.gql(
        REVIEW,
        {
          input: {
            id,
            decision: 'APPROVE',
            noticeDays: 3,
            noticeEndsAt: new Date(Date.now() + 9e6).toISOString(),
          },
        },
        { token: w.tokens.adminA1 },
      );
      expect(both.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((await em().findOneOrFail(HouseholdFile, file.id)).status).toBe('SUBMITTED');
    });

    it('lets exactly one of two concurrent approvals win; the other is INVALID_TRANSITION', async () => {
      const file = await w.file(HouseholdStatus.SUBMITTED);
      const input = { id: gid('HouseholdFile', file), decision: 'APPROVE' };
      const results = await Promise.all([
        server.gql(REVIEW, { input }, { token: w.tokens.adminA1 }),
        server.gql(REVIEW, { input }, { token: w.tokens.adminA1 }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions.code === 'INVALID_TRANSITION')).toHaveLength(1);
      expect(await em().count(HouseholdEvent, { household: file.id, action: HouseholdAction.APPROVE })).toBe(
        1,
      );
      const jobs = await em()
        .getConnection()
        .execute('select count(*)::int as n from pgboss.job where singleton_key = ?', [file.id]);
      expect(jobs[0].n).toBe(1);
    });
  });
});
