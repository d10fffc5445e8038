import { MicroWishStatus, WishCategory } from '../../api/modules/wishes/wish.enums';
import { startTestServer, type TestServer } from '../support/server';
import { createWish, daysFromToday, today } from '../factories/wishes';
import {
  APPROVE,
  CLAIM,
  CLOSE,
  codeOf,
  DELIVER,
  gid,
  ok,
  POST,
  REJECT,
  RELEASE,
  WITHDRAW,
  wishId,
} from './operations';
import { buildWishWorld, storedWish, wishCounts, type WishWorld } from './world';

/**
 * Each micro-wish mutation: unauthenticated, wrong role, out of scope (NOT_FOUND), the happy
 * path, and its bad inputs, with nothing stored when refused.
 */
describe('micro-wish mutations: who may take each step', () => {
  let server: TestServer;
  let w: WishWorld;
  const as = (who: keyof WishWorld['tokens']) => ({ token: w.tokens[who] });

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWishWorld(server);
  });
  afterAll(() => server.close());

  /** UNAUTHENTICATED without credentials, then `code` for each of `who`, storing nothing. */
  async function refused(query: string, input: object, who: (keyof WishWorld['tokens'])[], code: string) {
    const before = await wishCounts(server);
    expect(codeOf(await server.gql(query, { input }))).toBe('UNAUTHENTICATED');
    for (const name of who) {
      const res = await server.gql(query, { input }, as(name));
      expect({ name, code: codeOf(res) }).toEqual({ name, code });
    }
    expect(await wishCounts(server)).toEqual(before);
  }

  describe('microWishPost', () => {
    const input = { title: '《优雅走过下雨天》', category: 'BOOK', estimatedValueFen: 3500 };

    it('is refused to unauthenticated callers and to roles that do not post', async () => {
      await refused(POST, input, ['bank', 'integrator', 'workerA1', 'leaderA1', 'street'], 'FORBIDDEN');
    });

    it('lets a resident post its own wish: OPEN, expiring in 60 days, recorded with who', async () => {
      const res = ok(
        await server.gql(POST, { input: { ...input, description: '给孙女的书' } }, as('residentA1')),
      );
      const wish = res.microWishPost.microWish;
      expect(wish).toMatchObject({
        title: '《优雅走过下雨天》',
        status: 'OPEN',
        expiresOn: daysFromToday(60),
      });
      expect(wish.events).toEqual([
        expect.objectContaining({
          action: 'POST',
          fromStatus: null,
          toStatus: 'OPEN',
          actorRole: 'RESIDENT',
        }),
      ]);
      // The resident's own name, in the history, is personal data: masked.
      expect(wish.events[0].actorName).toBe('王**');
    });

    it('lets a community admin post on behalf of a resident of its community', async () => {
      const res = ok(
        await server.gql(
          POST,
          { input: { title: '一个布娃娃', category: 'TOY', posterId: gid('Person', w.posterA1) } },
          as('adminA1'),
        ),
      );
      expect(res.microWishPost.microWish.events[0]).toMatchObject({
        actorRole: 'COMMUNITY_ADMIN',
        actorName: '甲一社区管理员',
      });
    });

    it('is NOT_FOUND for a resident of another community, FORBIDDEN for a resident naming someone', async () => {
      const other = { ...input, posterId: gid('Person', w.posterA2) };
      await refused(POST, other, ['adminA1'], 'NOT_FOUND');
      await refused(POST, { ...input, posterId: gid('Person', w.posterA1) }, ['adminA2'], 'NOT_FOUND');
      await refused(POST, { ...input, posterId: gid('Person', w.volunteerA1) }, ['residentA1'], 'FORBIDDEN');
    });

    it.each([
      ['a zero value', { estimatedValueFen: 0 }, 'estimatedValueFen'],
      ['a negative value', { estimatedValueFen: -100 }, 'estimatedValueFen'],
      ['an empty title', { title: '' }, 'title'],
      ['a blank title', { title: '   ' }, 'title'],
      ['an expiry date in the past', { expiresOn: daysFromToday(-1) }, 'expiresOn'],
      ['an expiry date more than a year ahead', { expiresOn: daysFromToday(366) }, 'expiresOn'],
    ])('refuses %s with BAD_USER_INPUT naming the field, storing nothing', async (_, change, field) => {
      const before = await wishCounts(server);
      const res = await server.gql(POST, { input: { ...input, ...change } }, as('residentA1'));
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await wishCounts(server)).toEqual(before);
    });

    it('refuses a value that is not a whole number of fen (money is never a float)', async () => {
      const before = await wishCounts(server);
      const res = await server.gql(POST, { input: { ...input, estimatedValueFen: 35.5 } }, as('residentA1'));
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(await wishCounts(server)).toEqual(before);
    });

    it('accepts an expiry date of today and of exactly a year ahead', async () => {
      for (const expiresOn of [today(), daysFromToday(365)]) {
        const res = ok(await server.gql(POST, { input: { ...input, expiresOn } }, as('residentA1')));
        expect(res.microWishPost.microWish).toMatchObject({ expiresOn, status: 'OPEN' });
      }
    });
  });

  describe('microWishApprove and microWishReject', () => {
    const pending = () => createWish(server.db, w.posterA1, { status: MicroWishStatus.PENDING_APPROVAL });

    it('are for the community admin only; another community’s admin gets NOT_FOUND', async () => {
      const wish = await pending();
      for (const query of [APPROVE, REJECT]) {
        const input = { id: wishId(wish), note: '不符合' };
        await refused(query, input, ['residentA1', 'bank', 'street', 'workerA1'], 'FORBIDDEN');
        await refused(query, input, ['adminA2'], 'NOT_FOUND');
      }
      expect((await storedWish(server, wish.id)).status).toBe('PENDING_APPROVAL');
    });

    it('approve puts the wish on the wall; approving again is INVALID_TRANSITION naming OPEN', async () => {
      const wish = await pending();
      const res = ok(await server.gql(APPROVE, { input: { id: wishId(wish), note: '同意' } }, as('adminA1')));
      expect(res.microWishApprove.microWish.status).toBe('OPEN');
      expect(res.microWishApprove.microWish.events.at(-1)).toMatchObject({
        action: 'APPROVE',
        fromStatus: 'PENDING_APPROVAL',
        toStatus: 'OPEN',
        actorRole: 'COMMUNITY_ADMIN',
        note: '同意',
      });
      const again = await server.gql(APPROVE, { input: { id: wishId(wish) } }, as('adminA1'));
      expect(again.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'OPEN' });
    });

    it('reject needs a reason, then the wish is REJECTED', async () => {
      const wish = await pending();
      const bare = await server.gql(REJECT, { input: { id: wishId(wish) } }, as('adminA1'));
      expect(bare.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      const res = ok(
        await server.gql(REJECT, { input: { id: wishId(wish), note: '价值过高' } }, as('adminA1')),
      );
      expect(res.microWishReject.microWish.status).toBe('REJECTED');
    });
  });

  describe('microWishClaim', () => {
    it('is refused to staff and integrators, NOT_FOUND outside the claimant’s communities', async () => {
      const wish = await createWish(server.db, w.posterA1);
      const input = { id: wishId(wish) };
      await refused(CLAIM, input, ['adminA1', 'integrator', 'street'], 'FORBIDDEN');
      // A partner of another community, a partner without agreements, a resident elsewhere.
      await refused(CLAIM, input, ['partnerA2', 'lonely', 'residentA2'], 'NOT_FOUND');
      // The poster does not claim its own wish.
      await refused(CLAIM, input, ['residentA1'], 'FORBIDDEN');
      expect((await storedWish(server, wish.id)).status).toBe('OPEN');
    });

    it('lets a partner of the community claim for its unit, recorded with who and when', async () => {
      const wish = await createWish(server.db, w.posterA1, { category: WishCategory.BOOK });
      const res = ok(await server.gql(CLAIM, { input: { id: wishId(wish), note: '我们来' } }, as('bank')));
      const claimed = res.microWishClaim.microWish;
      expect(claimed).toMatchObject({
        status: 'CLAIMED',
        claimantKind: 'PARTNER_UNIT',
        claimantPartnerUnit: { name: '城南银行' },
      });
      expect(Date.now() - new Date(claimed.claimedAt).getTime()).toBeLessThan(60_000);
      expect(claimed.events.at(-1)).toMatchObject({
        action: 'CLAIM',
        fromStatus: 'OPEN',
        toStatus: 'CLAIMED',
        actorRole: 'PARTNER',
        actorName: '城南银行',
        note: '我们来',
      });
    });

    it.each([
      ['volunteerA1', 'RESIDENT'],
      ['leaderA1', 'TEAM_LEADER'],
      ['workerA1', 'GRID_WORKER'],
    ] as const)('lets %s of the community claim as a person', async (who, role) => {
      const wish = await createWish(server.db, w.posterA1);
      const res = ok(await server.gql(CLAIM, { input: { id: wishId(wish) } }, as(who)));
      expect(res.microWishClaim.microWish).toMatchObject({ status: 'CLAIMED', claimantKind: 'PERSON' });
      expect(res.microWishClaim.microWish.events.at(-1).actorRole).toBe(role);
    });
  });

  describe('microWishRelease', () => {
    it('is for the claimant (or the community admin); another partner is FORBIDDEN', async () => {
      const wish = await createWish(server.db, w.posterA1, {
        status: MicroWishStatus.CLAIMED,
        claimantPartnerUnit: w.bank,
      });
      const input = { id: wishId(wish) };
      await refused(RELEASE, input, ['integrator', 'street'], 'FORBIDDEN');
      await refused(RELEASE, input, ['partnerA2', 'residentA2'], 'NOT_FOUND');
      await refused(RELEASE, input, ['school', 'volunteerA1'], 'FORBIDDEN');
      const res = ok(await server.gql(RELEASE, { input: { ...input, note: '临时有事' } }, as('bank')));
      expect(res.microWishRelease.microWish).toMatchObject({
        status: 'OPEN',
        claimantKind: null,
        claimantPartnerUnit: null,
        claimedAt: null,
      });
      expect(res.microWishRelease.microWish.events.at(-1)).toMatchObject({
        action: 'RELEASE',
        toStatus: 'OPEN',
      });
    });
  });

  describe('microWishDeliver', () => {
    const claimedByBank = () =>
      createWish(server.db, w.posterA1, { status: MicroWishStatus.CLAIMED, claimantPartnerUnit: w.bank });

    it('is refused to others: another partner’s delivery on the bank’s claim is FORBIDDEN', async () => {
      const wish = await claimedByBank();
      const input = { id: wishId(wish) };
      await refused(DELIVER, input, ['integrator', 'street'], 'FORBIDDEN');
      await refused(DELIVER, input, ['partnerA2', 'residentA2', 'lonely'], 'NOT_FOUND');
      await refused(DELIVER, input, ['school', 'volunteerA1'], 'FORBIDDEN');
      expect((await storedWish(server, wish.id)).status).toBe('CLAIMED');
    });

    it('records who delivered, when and what', async () => {
      const wish = await claimedByBank();
      const deliveredAt = new Date(Date.now() - 60_000).toISOString();
      const res = ok(
        await server.gql(
          DELIVER,
          { input: { id: wishId(wish), deliveredAt, note: '书已送到家中' } },
          as('bank'),
        ),
      );
      expect(res.microWishDeliver.microWish).toMatchObject({
        status: 'DELIVERED',
        deliveredAt,
        deliveredByName: '城南银行',
        deliveryNote: '书已送到家中',
      });
      expect(res.microWishDeliver.microWish.events.at(-1)).toMatchObject({
        action: 'DELIVER',
        toStatus: 'DELIVERED',
        occurredAt: deliveredAt,
      });
    });

    it('lets the community admin record a delivery on the claimant’s behalf', async () => {
      const wish = await claimedByBank();
      const res = ok(await server.gql(DELIVER, { input: { id: wishId(wish) } }, as('adminA1')));
      expect(res.microWishDeliver.microWish).toMatchObject({
        status: 'DELIVERED',
        deliveredByName: '甲一社区管理员',
      });
    });

    it('refuses a delivery time in the future or before the claim, and a wish not claimed', async () => {
      const wish = await claimedByBank();
      const future = new Date(Date.now() + 3600_000).toISOString();
      const early = new Date(Date.now() - 3600_000).toISOString();
      for (const deliveredAt of [future, early]) {
        const res = await server.gql(DELIVER, { input: { id: wishId(wish), deliveredAt } }, as('bank'));
        expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveredAt' });
      }
      expect((await storedWish(server, wish.id)).status).toBe('CLAIMED');
      const open = await createWish(server.db, w.posterA1);
      const res = await server.gql(DELIVER, { input: { id: wishId(open) } }, as('bank'));
      expect(res.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'OPEN' });
    });
  });

  describe('microWishClose', () => {
    const delivered = () =>
      createWish(server.db, w.posterA1, { status: MicroWishStatus.DELIVERED, claimantPartnerUnit: w.bank });

    it('is for the resident whose wish it is, or the community admin', async () => {
      const wish = await delivered();
      const input = { id: wishId(wish) };
      await refused(CLOSE, input, ['bank', 'integrator', 'leaderA1'], 'FORBIDDEN');
      await refused(CLOSE, input, ['residentA2', 'adminA2'], 'NOT_FOUND');
      await refused(CLOSE, input, ['volunteerA1'], 'FORBIDDEN');
      const res = ok(await server.gql(CLOSE, { input: { ...input, note: '谢谢' } }, as('residentA1')));
      expect(res.microWishClose.microWish.status).toBe('CLOSED');
      expect(res.microWishClose.microWish.closedAt).not.toBeNull();
      const byAdmin = await delivered();
      const closed = ok(await server.gql(CLOSE, { input: { id: wishId(byAdmin) } }, as('adminA1')));
      expect(closed.microWishClose.microWish.events.at(-1).actorRole).toBe('COMMUNITY_ADMIN');
    });
  });

  describe('microWishWithdraw', () => {
    it('lets the poster withdraw an open or pending wish, not a claimed one', async () => {
      const wish = await createWish(server.db, w.posterA1);
      const input = { id: wishId(wish) };
      await refused(WITHDRAW, input, ['bank', 'integrator', 'workerA1'], 'FORBIDDEN');
      await refused(WITHDRAW, input, ['residentA2', 'adminA2'], 'NOT_FOUND');
      await refused(WITHDRAW, input, ['volunteerA1'], 'FORBIDDEN');
      const res = ok(await server.gql(WITHDRAW, { input }, as('residentA1')));
      expect(res.microWishWithdraw.microWish.status).toBe('WITHDRAWN');

      const pending = await createWish(server.db, w.posterA1, { status: MicroWishStatus.PENDING_APPROVAL });
      const fromPending = ok(
        await server.gql(WITHDRAW, { input: { id: wishId(pending) } }, as('residentA1')),
      );
      expect(fromPending.microWishWithdraw.microWish.events.at(-1)).toMatchObject({
        fromStatus: 'PENDING_APPROVAL',
        toStatus: 'WITHDRAWN',
      });

      const claimed = await createWish(server.db, w.posterA1, {
        status: MicroWishStatus.CLAIMED,
        claimantPartnerUnit: w.bank,
      });
      const late = await server.gql(WITHDRAW, { input: { id: wishId(claimed) } }, as('residentA1'));
      expect(late.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'CLAIMED' });
    });
  });
});
