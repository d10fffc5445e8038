import { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { HouseholdObjection } from '../../api/modules/households/household-objection.entity';
import { HouseholdStatus } from '../../api/modules/households/household.enums';
import { startTestServer, type TestServer } from '../support/server';
import { buildWorld, gid, type World } from './world';
import { ANSWER, NOTICES, OBJECTIONS, RAISE } from './operations';

describe('objections (异议) during the notice, and the public notice list (公示名单)', () => {
  let server: TestServer;
  let w: World;
  const em = () => server.db.owner.em.fork();
  const soon = () => new Date(Date.now() + 3 * 86400_000);
  const objectionCount = () => em().count(HouseholdObjection, {});

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  describe('householdObjectionRaise', () => {
    it('records a resident’s objection, its objector masked even to the admin unless revealed', async () => {
      const file = await w.file(HouseholdStatus.PUBLIC_NOTICE, { noticeEndsAt: soon() });
      const id = gid('HouseholdFile', file);
      const r = await server.gql(
        RAISE,
        { input: { householdId: id, text: '该户有房产出租' } },
        { token: w.tokens.residentA1 },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.householdObjectionRaise.objection).toMatchObject({
        status: 'OPEN',
        objectorName: '赵**',
      });
      const staff = await server.gql(OBJECTIONS, { id }, { token: w.tokens.adminA1 });
      expect(staff.data!.household.objections).toEqual([
        expect.objectContaining({ text: '该户有房产出租', status: 'OPEN', objectorName: '赵**' }),
      ]);
      const integrator = await server.gql(OBJECTIONS, { id }, { token: w.tokens.integrator });
      expect(integrator.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('is UNAUTHENTICATED, FORBIDDEN for partners and integrators, NOT_FOUND from another community', async () => {
      const file = await w.file(HouseholdStatus.PUBLIC_NOTICE, { noticeEndsAt: soon() });
      const input = { householdId: gid('HouseholdFile', file), text: '异议' };
      const before = await objectionCount();
      expect((await server.gql(RAISE, { input })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      for (const token of [w.tokens.partnerA1, w.tokens.integrator, w.tokens.streetA]) {
        expect((await server.gql(RAISE, { input }, { token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
      const other = await server.gql(RAISE, { input }, { token: w.tokens.residentA2 });
      expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(await objectionCount()).toBe(before);
    });

    it('after the notice period, or for a file not on notice, is INVALID_TRANSITION and stores nothing', async () => {
      const before = await objectionCount();
      const ended = await w.file(HouseholdStatus.PUBLIC_NOTICE, {
        noticeEndsAt: new Date(Date.now() - 1000),
      });
      const r1 = await server.gql(
        RAISE,
        { input: { householdId: gid('HouseholdFile', ended), text: '晚了' } },
        { token: w.tokens.residentA1 },
      );
      expect(r1.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'PUBLIC_NOTICE' });
      const published = await w.file(HouseholdStatus.PUBLISHED);
      const r2 = await server.gql(
        RAISE,
        { input: { householdId: gid('HouseholdFile', published), text: '晚了' } },
        { token: w.tokens.residentA1 },
      );
      expect(r2.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'PUBLISHED' });
      expect(await objectionCount()).toBe(before);
    });
  });

  describe('householdObjectionAnswer', () => {
    async function openObjection() {
      const file = await w.file(HouseholdStatus.PUBLIC_NOTICE, { noticeEndsAt: soon() });
      const r = await server.gql(
        RAISE,
        { input: { householdId: gid('HouseholdFile', file), text: '不符合条件' } },
        { token: w.tokens.residentA1 },
      );
      return { file, objectionId: r.data!.householdObjectionRaise.objection.id as string };
    }

    it('upheld: the file is WITHDRAWN in the same step; answering again is INVALID_TRANSITION', async () => {
      const { file, objectionId } = await openObjection();
      const input = { objectionId, decision: 'UPHOLD', answer: '经核实异议成立' };
      const r = await server.gql(ANSWER, { input }, { token: w.tokens.adminA1 });
      expect(r.data!.householdObjectionAnswer.objection).toMatchObject({
        status: 'UPHELD',
        answer: '经核实异议成立',
        answeredByName: '社区书记',
      });
      expect((await em().findOneOrFail(HouseholdFile, file.id)).status).toBe('WITHDRAWN');
      const again = await server.gql(
        ANSWER,
        { input: { ...input, decision: 'DISMISS' } },
        { token: w.tokens.adminA1 },
      );
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'UPHELD' });
    });

    it('dismissed: the file stays on notice; only the community admin answers', async () => {
      const { file, objectionId } = await openObjection();
      const input = { objectionId, decision: 'DISMISS', answer: '不成立' };
      expect((await server.gql(ANSWER, { input })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(
        (await server.gql(ANSWER, { input }, { token: w.tokens.workerG1 })).errors?.[0].extensions.code,
      ).toBe('FORBIDDEN');
      expect(
        (await server.gql(ANSWER, { input }, { token: w.tokens.adminA2 })).errors?.[0].extensions.code,
      ).toBe('NOT_FOUND');
      const r = await server.gql(ANSWER, { input }, { token: w.tokens.adminA1 });
      expect(r.data!.householdObjectionAnswer.objection.status).toBe('DISMISSED');
      expect((await em().findOneOrFail(HouseholdFile, file.id)).status).toBe('PUBLIC_NOTICE');
    });
  });

  describe('householdNotices', () => {
    it('shows residents of the community the files on notice, de-identified', async () => {
      const file = await w.file(HouseholdStatus.PUBLIC_NOTICE, {
        noticeEndsAt: soon(),
        categories: ['LOW_INCOME', 'LEFT_BEHIND_CHILD'] as never,
      });
      await w.file(HouseholdStatus.DRAFT);
      const r = await server.gql(NOTICES, { first: 100 }, { token: w.tokens.residentA1 });
      expect(r.errors).toBeUndefined();
      const node = r.data!.householdNotices.edges.find(
        (e: { node: { id: string } }) => e.node.id === gid('HouseholdFile', file),
      ).node;
      expect(node).toEqual({
        id: gid('HouseholdFile', file),
        categories: ['LOW_INCOME', 'LEFT_BEHIND_CHILD'],
        gridName: '第一网格',
        maskedName: '徐**',
        reasonForSupport: '独居高龄老人，行动不便',
        noticeEndsAt: expect.any(String),
        community: { name: '甲一社区' },
      });
      const statuses = await em().find(HouseholdFile, {
        id: {
          $in: r.data!.householdNotices.edges.map(
            (e: { node: { id: string } }) => Buffer.from(e.node.id, 'base64url').toString().split(':')[1],
          ),
        },
      });
      expect(statuses.every((f) => f.status === 'PUBLIC_NOTICE')).toBe(true);
      const body = JSON.stringify(r.data);
      expect(body).not.toContain('徐明');
      expect(body).not.toContain('独居，患慢性病');
      expect(body).not.toContain(gid('Person', w.head));
    });

    it('shows a resident of another community nothing of this one: NOT_FOUND by id, empty by scope', async () => {
      await w.file(HouseholdStatus.PUBLIC_NOTICE, { noticeEndsAt: soon() });
      const byId = await server.gql(
        NOTICES,
        { communityId: gid('Tenant', w.tree.communityA1) },
        { token: w.tokens.residentA2 },
      );
      expect(byId.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const all = await server.gql(NOTICES, {}, { token: w.tokens.residentA2 });
      expect(all.data!.householdNotices.totalCount).toBe(0);
      expect((await server.gql(NOTICES, {})).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await server.gql(NOTICES, {}, { token: w.tokens.partnerA1 })).errors?.[0].extensions.code).toBe(
        'FORBIDDEN',
      );
    });
  });
});
