import { SupportRecord } from '../../api/modules/adoption/support-record.entity';
import { SupportFollowUp } from '../../api/modules/adoption/support-follow-up.entity';
import { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { HouseholdStatus } from '../../api/modules/households/household.enums';
import { startTestServer, type TestServer } from '../support/server';
import { buildAdoptionWorld, gid, type AdoptionWorld } from './world';
import {
  ADOPT,
  CONFIRM,
  FOLLOW_UPS,
  HOUSEHOLD_SUPPORT,
  MY_SUMMARY,
  RECORD,
  RESOLVE,
  TENANT_SUMMARY,
} from './operations';

describe('support records (帮扶记录), confirmation, follow-ups, pledged against delivered', () => {
  let server: TestServer;
  let w: AdoptionWorld;
  const em = () => server.db.owner.em.fork();
  const as = (who: keyof AdoptionWorld['tokens'] | 'partnerA1b') => ({
    token: who === 'partnerA1b' ? w.partnerA1b : w.tokens[who],
  });
  const codeOf = (res: { errors?: any[] }) => res.errors?.[0]?.extensions?.code;
  const tomorrow = new Date(Date.now() + 8 * 3600_000 + 86400_000).toISOString().slice(0, 10);

  /** A household adopted by partnerA1 with a wheelchair and ¥10,000 a year since 2023-09-01 (3 due so far). */
  async function adopted() {
    const file = await w.file(HouseholdStatus.PUBLISHED);
    const res = await server.gql(
      ADOPT,
      {
        input: {
          householdId: gid('HouseholdFile', file),
          pledges: [
            { kind: 'ONE_OFF_IN_KIND', description: '轮椅一台', dueOn: '2025-01-31' },
            {
              kind: 'RECURRING_MONEY',
              amountFen: 1_000_000,
              frequency: 'YEARLY',
              startsOn: '2023-09-01',
              endsOn: '2026-08-31',
            },
          ],
        },
      },
      as('partnerA1'),
    );
    expect(res.errors).toBeUndefined();
    const [wheelchair, fund] = res.data!.householdAdopt.adoption.pledges.map((p: any) => p.id);
    return { file, wheelchair, fund, adoptionId: res.data!.householdAdopt.adoption.id };
  }

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildAdoptionWorld(server);
  });
  afterAll(() => server.close());

  it('records a delivery by the adopting partner; the first starts the support (SUPPORT_UNDER_WAY)', async () => {
    const { file, wheelchair } = await adopted();
    const res = await server.gql(
      RECORD,
      { input: { pledgeId: wheelchair, deliveredOn: '2025-01-20', evidenceNote: '签收单 No.17' } },
      as('partnerA1'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.supportRecordCreate.supportRecord).toMatchObject({
      item: '轮椅一台',
      recordedByRole: 'PARTNER',
      confirmation: null,
    });
    expect((await em().findOneOrFail(HouseholdFile, { id: file.id })).status).toBe('SUPPORT_UNDER_WAY');
    // The community staff may record too (a second record leaves the state as it is).
    const staff = await server.gql(
      RECORD,
      { input: { pledgeId: wheelchair, deliveredOn: '2025-01-21', item: '坐垫' } },
      as('workerG1'),
    );
    expect(staff.data!.supportRecordCreate.supportRecord.recordedByRole).toBe('GRID_WORKER');
  });

  it('refuses others’ pledges, wrong roles, a future date, bad amounts: nothing stored', async () => {
    const { wheelchair, fund } = await adopted();
    const before = await em().count(SupportRecord, {});
    const input = { pledgeId: fund, deliveredOn: '2025-09-01', amountFen: 1_000_000 };
    expect(codeOf(await server.gql(RECORD, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server.gql(RECORD, { input }, as('partnerA1b')))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(RECORD, { input }, as('partnerA2')))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(RECORD, { input }, as('workerG2')))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(RECORD, { input }, as('residentA1')))).toBe('FORBIDDEN');
    const bad: [unknown, string][] = [
      [{ ...input, deliveredOn: tomorrow }, 'deliveredOn'],
      [{ ...input, amountFen: 0 }, 'amountFen'],
      [{ ...input, amountFen: -100 }, 'amountFen'],
      [{ pledgeId: fund, deliveredOn: '2025-09-01' }, 'amountFen'],
      [{ pledgeId: wheelchair, deliveredOn: '2025-01-20', amountFen: 100 }, 'amountFen'],
    ];
    for (const [i, field] of bad) {
      const res = await server.gql(RECORD, { input: i }, as('partnerA1'));
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    expect(await em().count(SupportRecord, {})).toBe(before);
  });

  it('confirms with the household; a discrepancy opens a follow-up the community lists and resolves', async () => {
    const { file, wheelchair } = await adopted();
    const rec = await server.gql(
      RECORD,
      { input: { pledgeId: wheelchair, deliveredOn: '2025-01-20' } },
      as('partnerA1'),
    );
    const id = rec.data!.supportRecordCreate.supportRecord.id;
    expect(
      codeOf(await server.gql(CONFIRM, { input: { id, confirmation: 'RECEIVED' } }, as('partnerA1'))),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await server.gql(CONFIRM, { input: { id, confirmation: 'RECEIVED' } }, as('workerG2'))),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await server.gql(CONFIRM, { input: { id, confirmation: 'RECEIVED' } }, as('adminA2'))),
    ).toBe('NOT_FOUND');
    const noNote = await server.gql(
      CONFIRM,
      { input: { id, confirmation: 'RECEIVED_WITH_ISSUES' } },
      as('workerG1'),
    );
    expect(noNote.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await em().count(SupportFollowUp, { household: file.id })).toBe(0);

    const res = await server.gql(
      CONFIRM,
      { input: { id, confirmation: 'RECEIVED_WITH_ISSUES', note: '轮椅刹车失灵' } },
      as('workerG1'),
    );
    expect(res.data!.supportRecordConfirm).toMatchObject({
      supportRecord: { confirmation: 'RECEIVED_WITH_ISSUES', confirmationNote: '轮椅刹车失灵' },
      followUp: { status: 'OPEN', reason: 'RECEIVED_WITH_ISSUES', note: '轮椅刹车失灵' },
    });
    expect(
      codeOf(await server.gql(CONFIRM, { input: { id, confirmation: 'RECEIVED' } }, as('adminA1'))),
    ).toBe('INVALID_TRANSITION');
    const followUpId = res.data!.supportRecordConfirm.followUp.id;
    const open = await server.gql(FOLLOW_UPS, { status: 'OPEN' }, as('adminA1'));
    expect(open.data!.supportFollowUps.edges.map((e: any) => e.node.id)).toContain(followUpId);
    expect(codeOf(await server.gql(FOLLOW_UPS, {}, as('partnerA1')))).toBe('FORBIDDEN');
    const other = await server.gql(FOLLOW_UPS, {}, as('adminA2'));
    expect(other.data!.supportFollowUps.totalCount).toBe(0);
    const resolved = await server.gql(
      RESOLVE,
      { input: { id: followUpId, resolution: '企业已更换' } },
      as('adminA1'),
    );
    expect(resolved.data!.supportFollowUpResolve.followUp).toMatchObject({
      status: 'RESOLVED',
      resolution: '企业已更换',
    });
    expect(
      codeOf(await server.gql(RESOLVE, { input: { id: followUpId, resolution: 'x' } }, as('adminA1'))),
    ).toBe('INVALID_TRANSITION');
  });

  it('shows pledged against delivered per household, per partner and per community, with overdue dates', async () => {
    const { file, fund, wheelchair } = await adopted();
    const record = async (input: Record<string, unknown>) =>
      (await server.gql(RECORD, { input }, as('partnerA1'))).data!.supportRecordCreate.supportRecord.id;
    const first = await record({ pledgeId: fund, deliveredOn: '2023-09-05', amountFen: 1_000_000 });
    await server.gql(CONFIRM, { input: { id: first, confirmation: 'RECEIVED' } }, as('workerG1'));
    const second = await record({ pledgeId: fund, deliveredOn: '2024-09-05', amountFen: 1_000_000 });
    await server.gql(
      CONFIRM,
      { input: { id: second, confirmation: 'NOT_RECEIVED', note: '没收到' } },
      as('workerG1'),
    );
    await record({ pledgeId: fund, deliveredOn: '2025-09-05', amountFen: 1_000_000 });

    const res = await server.gql(HOUSEHOLD_SUPPORT, { id: gid('HouseholdFile', file) }, as('adminA1'));
    expect(res.errors).toBeUndefined();
    const s = res.data!.household.support;
    expect(s).toMatchObject({
      pledgeCount: 2,
      pledgedTotalFen: 3_000_000,
      pledgedToDateFen: 3_000_000,
      recordedFen: 3_000_000,
      deliveredFen: 1_000_000,
      unconfirmedCount: 1,
      disputedCount: 1,
    });
    // Overdue: the wheelchair (due 2025-01-31, never delivered) and the 2024 and 2025 instalments.
    expect(s.overdue).toEqual([
      { pledgeId: wheelchair, dueOn: '2025-01-31' },
      { pledgeId: fund, dueOn: '2024-09-01' },
      { pledgeId: fund, dueOn: '2025-09-01' },
    ]);
    expect(s.overdueCount).toBe(3);

    const mine = await server.gql(MY_SUMMARY, {}, as('partnerA1'));
    expect(mine.data!.mySupportSummary.deliveredFen).toBeGreaterThanOrEqual(1_000_000);
    const others = await server.gql(MY_SUMMARY, {}, as('partnerA2'));
    expect(others.data!.mySupportSummary.pledgeCount).toBe(0);
    expect(codeOf(await server.gql(MY_SUMMARY, {}, as('adminA1')))).toBe('FORBIDDEN');

    const street = await server.gql(TENANT_SUMMARY, {}, as('streetA'));
    expect(street.errors).toBeUndefined();
    const a1 = street.data!.supportSummary.find((t: any) => t.community.name === w.tree.communityA1.name);
    expect(a1.summary.deliveredFen).toBe(mine.data!.mySupportSummary.deliveredFen);
    expect(codeOf(await server.gql(TENANT_SUMMARY, {}, as('partnerA1')))).toBe('FORBIDDEN');
    const outside = await server.gql(
      TENANT_SUMMARY,
      { communityId: gid('Tenant', w.tree.communityA1) },
      as('adminA2'),
    );
    expect(codeOf(outside)).toBe('NOT_FOUND');
  });
});
