import { AuditRecord } from '../../api/core/privacy/audit-record.entity';
import { MicroWish } from '../../api/modules/wishes/micro-wish.entity';
import { MicroWishStatus, WishCategory } from '../../api/modules/wishes/wish.enums';
import { startTestServer, type TestServer } from '../support/server';
import { createWish } from '../factories/wishes';
import { codeOf, gid, MY_CLAIMED, ok, WALL, WISH, wishId } from './operations';
import { buildWishWorld, type WishWorld } from './world';

const REVEAL_WALL = `query Wall @reveal(purpose: CARE_SERVICE) {
  microWishWall(first: 100) { edges { node { title posterName } } }
}`;
const POSTER = `query Wall { microWishWall(first: 100) { edges { node { title poster { name } } } } }`;
const NODE = `query Node($id: ID!) { node(id: $id) { id ... on MicroWish { title posterName } } }`;
const MY_READS = `query { myPersonalDataReads(first: 50) { edges { node { entityType field purpose } } } }`;

/**
 * The wish wall (心愿墙): which wishes each reader sees, newest first, and the poster's name masked
 * for everyone but the community's staff asking with @reveal (audited).
 */
describe('the wish wall: who sees which wishes, and the poster’s name', () => {
  let server: TestServer;
  let w: WishWorld;
  let byTitle: Record<string, MicroWish>;
  const as = (who: keyof WishWorld['tokens']) => ({ token: w.tokens[who] });
  const titles = async (who: keyof WishWorld['tokens'], variables: Record<string, unknown> = {}) => {
    const res = ok(await server.gql(WALL, { first: 100, ...variables }, as(who)));
    return res.microWishWall.edges.map((e: any) => e.node.title);
  };

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWishWorld(server);
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);
    const db = server.db;
    const made = [
      await createWish(db, w.posterA1, {
        title: 'A1 书',
        category: WishCategory.BOOK,
        estimatedValueFen: 3500,
        createdAt: hoursAgo(9),
      }),
      await createWish(db, w.posterA1, {
        title: 'A1 已认领',
        status: MicroWishStatus.CLAIMED,
        claimantPartnerUnit: w.bank,
        createdAt: hoursAgo(8),
      }),
      await createWish(db, w.posterA1, {
        title: 'A1 待审核',
        status: MicroWishStatus.PENDING_APPROVAL,
        createdAt: hoursAgo(7),
      }),
      await createWish(db, w.volunteerA1, {
        title: 'A1 别人待审核',
        status: MicroWishStatus.PENDING_APPROVAL,
        createdAt: hoursAgo(6),
      }),
      await createWish(db, w.volunteerA1, {
        title: 'A1 已撤回',
        status: MicroWishStatus.WITHDRAWN,
        createdAt: hoursAgo(5),
      }),
      await createWish(db, w.volunteerA1, {
        title: 'A1 志愿者认领',
        status: MicroWishStatus.DELIVERED,
        claimantPerson: w.leaderA1,
        createdAt: hoursAgo(4),
      }),
      await createWish(db, w.posterA2, {
        title: 'A2 娃娃',
        category: WishCategory.TOY,
        createdAt: hoursAgo(3),
      }),
      await createWish(db, w.posterA2, {
        title: 'A2 已认领',
        status: MicroWishStatus.CLAIMED,
        claimantPartnerUnit: w.partnerA2,
        createdAt: hoursAgo(2),
      }),
    ];
    byTitle = Object.fromEntries(made.map((m) => [m.title, m]));
  });
  afterAll(() => server.close());

  it('is UNAUTHENTICATED without credentials', async () => {
    expect(codeOf(await server.gql(WALL, {}))).toBe('UNAUTHENTICATED');
  });

  it('shows a resident its community’s approved wishes and its own in any state, newest first', async () => {
    expect(await titles('residentA1')).toEqual(['A1 志愿者认领', 'A1 待审核', 'A1 已认领', 'A1 书']);
    expect(await titles('volunteerA1')).toEqual([
      'A1 志愿者认领',
      'A1 已撤回',
      'A1 别人待审核',
      'A1 已认领',
      'A1 书',
    ]);
    expect(await titles('residentA2')).toEqual(['A2 已认领', 'A2 娃娃']);
  });

  it('shows a partner the approved wishes of the communities it partners with only', async () => {
    expect(await titles('bank')).toEqual(['A1 志愿者认领', 'A1 已认领', 'A1 书']);
    expect(await titles('partnerA2')).toEqual(['A2 已认领', 'A2 娃娃']);
    expect(await titles('lonely')).toEqual([]);
    const node = ok(await server.gql(WALL, { category: 'BOOK' }, as('bank'))).microWishWall.edges[0].node;
    expect(node).toMatchObject({
      title: 'A1 书',
      category: 'BOOK',
      estimatedValueFen: 3500,
      status: 'OPEN',
      posterName: '王**',
      community: { name: w.tree.communityA1.name },
    });
    // The poster as a Person is for staff and integrators.
    expect(codeOf(await server.gql(POSTER, {}, as('bank')))).toBe('FORBIDDEN');
  });

  it('shows staff and integrators every wish of their subtree, names masked', async () => {
    expect(await titles('adminA1')).toHaveLength(6);
    expect(await titles('street')).toHaveLength(8);
    expect(await titles('integrator')).toHaveLength(8);
    const a2 = await titles('integrator', { communityId: gid('Tenant', w.tree.communityA2) });
    expect(a2).toEqual(['A2 已认领', 'A2 娃娃']);
    const names = ok(await server.gql(WALL, { first: 100 }, as('integrator'))).microWishWall.edges.map(
      (e: any) => e.node.posterName,
    );
    expect(new Set(names)).toEqual(new Set(['王**', '李**', '赵**']));
  });

  it('is NOT_FOUND for a community outside the reader’s scope', async () => {
    const other = { communityId: gid('Tenant', w.tree.communityA2) };
    for (const who of ['residentA1', 'bank', 'adminA1'] as const) {
      expect(codeOf(await server.gql(WALL, other, as(who)))).toBe('NOT_FOUND');
    }
  });

  it('filters by effective state and category, and pages newest first', async () => {
    expect(await titles('adminA1', { status: 'PENDING_APPROVAL' })).toEqual(['A1 别人待审核', 'A1 待审核']);
    expect(await titles('integrator', { category: 'TOY', status: 'OPEN' })).toEqual(['A2 娃娃']);
    const page1 = ok(await server.gql(WALL, { first: 2 }, as('bank'))).microWishWall;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.totalCount).toBe(3);
    const page2 = ok(
      await server.gql(WALL, { first: 2, after: page1.pageInfo.endCursor }, as('bank')),
    ).microWishWall;
    expect(page2.edges.map((e: any) => e.node.title)).toEqual(['A1 书']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('reveals the poster’s name to the community’s staff with @reveal only, and audits it', async () => {
    const revealed = ok(await server.gql(REVEAL_WALL, {}, as('adminA1'))).microWishWall.edges;
    expect(revealed.find((e: any) => e.node.title === 'A1 书').node.posterName).toBe('王小红');
    const audit = await server.db.owner.em.fork().find(AuditRecord, { entityType: 'MicroWish' });
    expect(audit.length).toBe(6);
    expect(audit.find((a) => a.entityId === byTitle['A1 书'].id)).toMatchObject({
      field: 'posterName',
      subjectPersonId: w.posterA1.id,
      purpose: 'CARE_SERVICE',
    });
    // The resident can see who read its name.
    const reads = ok(await server.gql(MY_READS, {}, as('residentA1'))).myPersonalDataReads.edges;
    expect(reads.map((e: any) => e.node)).toContainEqual({
      entityType: 'MicroWish',
      field: 'posterName',
      purpose: 'CARE_SERVICE',
    });
    // A partner or an integrator cannot reveal; the street admin can, but not a community's rows.
    expect(codeOf(await server.gql(REVEAL_WALL, {}, as('bank')))).toBe('FORBIDDEN');
    const street = ok(await server.gql(REVEAL_WALL, {}, as('street'))).microWishWall.edges;
    expect(street.every((e: any) => e.node.posterName.endsWith('**'))).toBe(true);
  });

  it('answers microWish and node(id:) as the wall does: another community’s or a hidden wish is NOT_FOUND', async () => {
    const a1 = wishId(byTitle['A1 书']);
    expect(ok(await server.gql(WISH, { id: a1 }, as('bank'))).microWish.title).toBe('A1 书');
    expect(ok(await server.gql(NODE, { id: a1 }, as('residentA1'))).node).toMatchObject({
      posterName: '王**',
    });
    expect(codeOf(await server.gql(WISH, { id: a1 }, as('partnerA2')))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(NODE, { id: a1 }, as('residentA2')))).toBe('NOT_FOUND');
    const hidden = wishId(byTitle['A1 别人待审核']);
    expect(codeOf(await server.gql(WISH, { id: hidden }, as('residentA1')))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(WISH, { id: hidden }, as('bank')))).toBe('NOT_FOUND');
    expect(ok(await server.gql(WISH, { id: hidden }, as('adminA1'))).microWish.status).toBe(
      'PENDING_APPROVAL',
    );
  });

  it('lists the wishes a partner (or a volunteer) holds the claim of', async () => {
    const claimed = async (who: keyof WishWorld['tokens']) =>
      ok(await server.gql(MY_CLAIMED, {}, as(who))).myClaimedWishes.edges.map((e: any) => e.node.title);
    expect(await claimed('bank')).toEqual(['A1 已认领']);
    expect(await claimed('partnerA2')).toEqual(['A2 已认领']);
    expect(await claimed('school')).toEqual([]);
    expect(await claimed('leaderA1')).toEqual(['A1 志愿者认领']);
    const delivered = ok(await server.gql(MY_CLAIMED, { status: 'DELIVERED' }, as('bank'))).myClaimedWishes;
    expect(delivered.totalCount).toBe(0);
    expect(codeOf(await server.gql(MY_CLAIMED, {}, as('integrator')))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(MY_CLAIMED, {}))).toBe('UNAUTHENTICATED');
  });
});
