import { Partnership, PartnershipStatus } from '../../api/modules/partners/partnership.entity';
import { MicroWish } from '../../api/modules/wishes/micro-wish.entity';
import { MicroWishStatus } from '../../api/modules/wishes/wish.enums';
import { WishSettings } from '../../api/modules/wishes/wish-settings.entity';
import { Role } from '../../api/core/auth/role.enum';
import { startTestServer, type TestServer } from '../support/server';
import { createWish, daysFromToday, setWishSettings } from '../factories/wishes';
import { createPartnership, registerPartner } from '../factories/partners';
import { issueKey } from '../factories/principals';
import {
  APPROVE,
  CLAIM,
  CLOSE,
  codeOf,
  DELIVER,
  ok,
  POST,
  RELEASE,
  SETTINGS,
  SETTINGS_UPDATE,
  WALL,
  WISH,
  gid,
  wishId,
} from './operations';
import { buildWishWorld, storedWish, wishCounts, type WishWorld } from './world';

/**
 * A wish from posting to closing over the API, with and without the community's approval step;
 * expiry read from the date; a wish claimed once under concurrent claims.
 */
describe('micro-wish lifecycle', () => {
  let server: TestServer;
  let w: WishWorld;
  const as = (who: keyof WishWorld['tokens']) => ({ token: w.tokens[who] });

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWishWorld(server);
  });
  afterAll(() => server.close());

  describe('wishSettingsUpdate', () => {
    afterEach(() =>
      setWishSettings(server.db, w.tree.communityA1, { requiresApproval: false, defaultExpiryDays: 60 }),
    );

    it('is for the community admin; others are FORBIDDEN and nothing is stored', async () => {
      const input = { requiresApproval: true };
      expect(codeOf(await server.gql(SETTINGS_UPDATE, { input }))).toBe('UNAUTHENTICATED');
      for (const who of ['residentA1', 'bank', 'street', 'integrator', 'workerA1'] as const) {
        expect(codeOf(await server.gql(SETTINGS_UPDATE, { input }, as(who)))).toBe('FORBIDDEN');
      }
      expect(await server.db.owner.em.fork().count(WishSettings, { tenant: w.tree.communityA2.id })).toBe(0);
    });

    it('changes the admin’s own community only, and refuses days out of 1..365', async () => {
      const res = ok(
        await server.gql(
          SETTINGS_UPDATE,
          { input: { requiresApproval: true, defaultExpiryDays: 30 } },
          as('adminA1'),
        ),
      );
      expect(res.wishSettingsUpdate.wishSettings).toEqual({
        requiresApproval: true,
        defaultExpiryDays: 30,
        community: { name: w.tree.communityA1.name },
      });
      for (const defaultExpiryDays of [0, 366]) {
        const bad = await server.gql(SETTINGS_UPDATE, { input: { defaultExpiryDays } }, as('adminA1'));
        expect(bad.errors![0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'defaultExpiryDays',
        });
      }
      // Readers of the community see them; another community's are NOT_FOUND to this admin.
      const read = ok(await server.gql(SETTINGS, {}, as('residentA1')));
      expect(read.wishSettings).toMatchObject({ requiresApproval: true, defaultExpiryDays: 30 });
      const a2 = ok(
        await server.gql(SETTINGS, { communityId: gid('Tenant', w.tree.communityA2) }, as('adminA2')),
      );
      expect(a2.wishSettings).toMatchObject({ requiresApproval: false, defaultExpiryDays: 60 });
      const other = await server.gql(
        SETTINGS,
        { communityId: gid('Tenant', w.tree.communityA2) },
        as('adminA1'),
      );
      expect(codeOf(other)).toBe('NOT_FOUND');
    });
  });

  it('runs post → claim → deliver → close without an approval step, every step an event with who and when', async () => {
    const started = Date.now();
    const posted = ok(
      await server.gql(
        POST,
        { input: { title: '一个布娃娃', category: 'TOY', estimatedValueFen: 5900 } },
        as('residentA1'),
      ),
    ).microWishPost.microWish;
    expect(posted.status).toBe('OPEN');
    const input = { id: posted.id };
    ok(await server.gql(CLAIM, { input }, as('bank')));
    ok(await server.gql(DELIVER, { input: { ...input, note: '周六上门送达' } }, as('bank')));
    ok(await server.gql(CLOSE, { input: { ...input, note: '孩子很喜欢' } }, as('residentA1')));

    const wish = ok(await server.gql(WISH, { id: posted.id }, as('adminA1'))).microWish;
    expect(wish).toMatchObject({
      status: 'CLOSED',
      estimatedValueFen: 5900,
      claimantPartnerUnit: { name: '城南银行' },
      deliveredByName: '城南银行',
      deliveryNote: '周六上门送达',
      availableActions: [],
    });
    expect(
      wish.events.map((e: any) => [e.action, e.fromStatus, e.toStatus, e.actorRole, e.actorName]),
    ).toEqual([
      ['POST', null, 'OPEN', 'RESIDENT', '王**'],
      ['CLAIM', 'OPEN', 'CLAIMED', 'PARTNER', '城南银行'],
      ['DELIVER', 'CLAIMED', 'DELIVERED', 'PARTNER', '城南银行'],
      ['CLOSE', 'DELIVERED', 'CLOSED', 'RESIDENT', '王**'],
    ]);
    for (const e of wish.events) {
      const at = new Date(e.occurredAt).getTime();
      expect(at).toBeGreaterThanOrEqual(started - 1000);
      expect(at).toBeLessThanOrEqual(Date.now());
    }
  });

  it('with the approval step on: PENDING_APPROVAL, off the wall for partners until approved', async () => {
    await setWishSettings(server.db, w.tree.communityA1, { requiresApproval: true, defaultExpiryDays: 14 });
    try {
      const posted = ok(
        await server.gql(
          POST,
          { input: { title: '一套彩色铅笔', category: 'STUDY_SUPPLIES' } },
          as('residentA1'),
        ),
      ).microWishPost.microWish;
      expect(posted).toMatchObject({ status: 'PENDING_APPROVAL', expiresOn: daysFromToday(14) });
      // Not on the wall for a partner, not claimable (NOT_FOUND: it is not there for it yet).
      const wall = ok(await server.gql(WALL, { status: 'PENDING_APPROVAL' }, as('bank')));
      expect(wall.microWishWall.edges).toHaveLength(0);
      expect(codeOf(await server.gql(CLAIM, { input: { id: posted.id } }, as('bank')))).toBe('NOT_FOUND');
      // The poster sees its own pending wish; the admin approves it; now the partner may claim.
      const mine = ok(await server.gql(WISH, { id: posted.id }, as('residentA1')));
      expect(mine.microWish.availableActions).toEqual(['WITHDRAW']);
      ok(await server.gql(APPROVE, { input: { id: posted.id } }, as('adminA1')));
      const claimed = ok(await server.gql(CLAIM, { input: { id: posted.id } }, as('school'))).microWishClaim;
      expect(claimed.microWish.events.map((e: any) => e.action)).toEqual(['POST', 'APPROVE', 'CLAIM']);
    } finally {
      await setWishSettings(server.db, w.tree.communityA1, {
        requiresApproval: false,
        defaultExpiryDays: 60,
      });
    }
  });

  it('reopens a released wish for another claimant', async () => {
    const wish = await createWish(server.db, w.posterA1);
    ok(await server.gql(CLAIM, { input: { id: wishId(wish) } }, as('bank')));
    ok(await server.gql(RELEASE, { input: { id: wishId(wish) } }, as('bank')));
    const again = ok(
      await server.gql(CLAIM, { input: { id: wishId(wish) } }, as('volunteerA1')),
    ).microWishClaim;
    expect(again.microWish).toMatchObject({
      status: 'CLAIMED',
      claimantKind: 'PERSON',
      claimantPartnerUnit: null,
    });
  });

  describe('expiry (read from the date, no job)', () => {
    it('keeps a wish open on its expiry day and makes it EXPIRED the day after', async () => {
      const lastDay = await createWish(server.db, w.posterA1, { expiresOn: daysFromToday(0) });
      const expired = await createWish(server.db, w.posterA1, {
        expiresOn: daysFromToday(-1),
        title: '过期心愿',
      });
      const read = async (id: string) => ok(await server.gql(WISH, { id }, as('bank'))).microWish;
      expect((await read(wishId(lastDay))).status).toBe('OPEN');
      const gone = await read(wishId(expired));
      expect(gone).toMatchObject({ status: 'EXPIRED', availableActions: [] });

      const before = await wishCounts(server);
      const res = await server.gql(CLAIM, { input: { id: wishId(expired) } }, as('bank'));
      expect(res.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'EXPIRED' });
      expect(res.errors![0].message).toMatch(/EXPIRED/);
      expect(await wishCounts(server)).toEqual(before);
      expect((await storedWish(server, expired.id)).status).toBe('OPEN');

      ok(await server.gql(CLAIM, { input: { id: wishId(lastDay) } }, as('bank')));
      // The wall filters on the effective state.
      const wall = ok(await server.gql(WALL, { status: 'EXPIRED' }, as('bank'))).microWishWall;
      expect(wall.edges.map((e: any) => e.node.title)).toContain('过期心愿');
      const open = ok(await server.gql(WALL, { status: 'OPEN', first: 100 }, as('bank'))).microWishWall;
      expect(open.edges.map((e: any) => e.node.title)).not.toContain('过期心愿');
    });

    it('expires a pending wish too: it can no longer be approved', async () => {
      const wish = await createWish(server.db, w.posterA1, {
        status: MicroWishStatus.PENDING_APPROVAL,
        expiresOn: daysFromToday(-3),
      });
      const res = await server.gql(APPROVE, { input: { id: wishId(wish) } }, as('adminA1'));
      expect(res.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'EXPIRED' });
    });
  });

  describe('a wish is claimed once', () => {
    it('gives exactly one of two concurrent claims by two partners, the other CONFLICT', async () => {
      for (let round = 0; round < 5; round++) {
        const wish = await createWish(server.db, w.posterA1);
        const input = { id: wishId(wish) };
        const results = await Promise.all([
          server.gql(CLAIM, { input }, as('bank')),
          server.gql(CLAIM, { input }, as('school')),
        ]);
        expect(results.filter((r) => !r.errors)).toHaveLength(1);
        expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(1);
        const winner = results.findIndex((r) => !r.errors) === 0 ? w.bank : w.school;
        const stored = await server.db.owner.em.fork().findOneOrFail(MicroWish, { id: wish.id });
        expect(stored.status).toBe('CLAIMED');
        expect(stored.claimantPartnerUnit?.id).toBe(winner.id);
        const events = ok(await server.gql(WISH, input, as('adminA1'))).microWish.events;
        expect(events.filter((e: any) => e.action === 'CLAIM')).toHaveLength(1);
      }
    });

    it('answers a later claim of a claimed wish with CONFLICT', async () => {
      const wish = await createWish(server.db, w.posterA1, {
        status: MicroWishStatus.CLAIMED,
        claimantPartnerUnit: w.bank,
      });
      expect(codeOf(await server.gql(CLAIM, { input: { id: wishId(wish) } }, as('school')))).toBe('CONFLICT');
    });
  });

  it('refuses a claim (FORBIDDEN) when the partner’s agreement ended though its cached scope still has the community', async () => {
    const unit = await registerPartner(server.db, { name: '刚解约公司' });
    const partnership: Partnership = await createPartnership(server.db, unit, w.tree.communityA1);
    const token = await issueKey(server.db, Role.PARTNER, { partnerUnit: unit });
    const wish = await createWish(server.db, w.posterA1);
    // Warm the principal cache with the community in scope, then end the agreement behind its back.
    ok(await server.gql(WISH, { id: wishId(wish) }, { token }));
    const em = server.db.owner.em.fork();
    await em.nativeUpdate(Partnership, { id: partnership.id }, { status: PartnershipStatus.ENDED });
    const res = await server.gql(CLAIM, { input: { id: wishId(wish) } }, { token });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toMatch(/共建协议/);
    expect((await storedWish(server, wish.id)).status).toBe('OPEN');
  });
});
