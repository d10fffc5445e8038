import { Adoption } from '../../api/modules/adoption/adoption.entity';
import { Pledge } from '../../api/modules/adoption/pledge.entity';
import { AuditRecord } from '../../api/core/privacy/audit-record.entity';
import { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { HouseholdEvent } from '../../api/modules/households/household-event.entity';
import { HouseholdAction, HouseholdStatus } from '../../api/modules/households/household.enums';
import { Role } from '../../api/core/auth/role.enum';
import { startTestServer, type TestServer } from '../support/server';
import { buildAdoptionWorld, gid, type AdoptionWorld } from './world';
import { ADOPT, END, FULL_VIEW, MASKED_VIEW } from './operations';

describe('adoption (认领): householdAdopt, adoptionEnd, the partner’s full view', () => {
  let server: TestServer;
  let w: AdoptionWorld;
  const em = () => server.db.owner.em.fork();
  const as = (who: keyof AdoptionWorld['tokens'] | 'partnerA1b') => ({
    token: who === 'partnerA1b' ? w.partnerA1b : w.tokens[who],
  });
  const codeOf = (res: { errors?: any[] }) => res.errors?.[0]?.extensions?.code;
  const wheelchair = { kind: 'ONE_OFF_IN_KIND', description: '轮椅一台', dueOn: '2025-12-31' };
  const adoptInput = (file: HouseholdFile, pledges: unknown[] = [wheelchair]) => ({
    householdId: gid('HouseholdFile', file),
    pledges,
    note: '我们负责到底',
  });
  const nothingStored = async (file: HouseholdFile) => {
    expect(await em().count(Adoption, { household: file.id })).toBe(0);
    expect((await em().findOneOrFail(HouseholdFile, { id: file.id })).status).toBe(HouseholdStatus.PUBLISHED);
  };

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildAdoptionWorld(server);
  });
  afterAll(() => server.close());

  describe('householdAdopt', () => {
    it('adopts a published household with pledges: file ADOPTED, ADOPT event, due dates computed', async () => {
      const file = await w.file(HouseholdStatus.PUBLISHED);
      const fund = {
        kind: 'RECURRING_MONEY',
        description: '助学金',
        amountFen: 1_000_000,
        frequency: 'YEARLY',
        startsOn: '2025-09-01',
        untilMemberId: await w.memberId(file, 'GRANDCHILD'),
      };
      const res = await server.gql(ADOPT, { input: adoptInput(file, [wheelchair, fund]) }, as('partnerA1'));
      expect(res.errors).toBeUndefined();
      const { adoption, event } = res.data!.householdAdopt;
      expect(adoption).toMatchObject({ status: 'ACTIVE', partnerUnit: { name: '甲一共建企业' } });
      expect(adoption.household.status).toBe('ADOPTED');
      expect(event).toMatchObject({
        action: 'ADOPT',
        fromStatus: 'PUBLISHED',
        toStatus: 'ADOPTED',
        actorRole: 'PARTNER',
      });
      const [item, money] = adoption.pledges;
      expect(item).toMatchObject({ kind: 'ONE_OFF_IN_KIND', dueOn: '2025-12-31', dueDates: ['2025-12-31'] });
      expect(money).toMatchObject({ amountFen: 1_000_000, endsOn: '2033-08-31', untilAge18: true });
      expect(money.dueDates).toHaveLength(8);
      expect(money.dueDates.at(-1)).toBe('2032-09-01');
      expect(await em().count(HouseholdEvent, { household: file.id, action: HouseholdAction.ADOPT })).toBe(1);
    });

    it('gives exactly one of two concurrent adoptions, the other CONFLICT (several rounds)', async () => {
      for (let round = 0; round < 5; round++) {
        const file = await w.file(HouseholdStatus.PUBLISHED);
        const results = await Promise.all([
          server.gql(ADOPT, { input: adoptInput(file) }, as('partnerA1')),
          server.gql(ADOPT, { input: adoptInput(file) }, as('partnerA1b')),
        ]);
        expect(results.filter((r) => !r.errors)).toHaveLength(1);
        expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(1);
        expect(await em().count(Adoption, { household: file.id })).toBe(1);
        expect(await em().count(Pledge, { adoption: { household: file.id } })).toBe(1);
        expect(await em().count(HouseholdEvent, { household: file.id, action: HouseholdAction.ADOPT })).toBe(
          1,
        );
      }
    });

    it('refuses the unauthenticated, non-partners, and a household outside the partnered communities', async () => {
      const file = await w.file(HouseholdStatus.PUBLISHED);
      const input = adoptInput(file);
      expect(codeOf(await server.gql(ADOPT, { input }))).toBe('UNAUTHENTICATED');
      for (const who of ['adminA1', 'workerG1', 'residentA1', 'integrator'] as const) {
        expect(codeOf(await server.gql(ADOPT, { input }, as(who)))).toBe('FORBIDDEN');
      }
      expect(codeOf(await server.gql(ADOPT, { input }, as('partnerA2')))).toBe('NOT_FOUND');
      await nothingStored(file);
    });

    it('answers a household not published with INVALID_TRANSITION naming its state, an adopted one CONFLICT', async () => {
      const notice = await w.file(HouseholdStatus.PUBLIC_NOTICE);
      const res = await server.gql(ADOPT, { input: adoptInput(notice) }, as('partnerA1'));
      expect(codeOf(res)).toBe('INVALID_TRANSITION');
      expect(res.errors![0].extensions!.state).toBe('PUBLIC_NOTICE');
      const adopted = await w.file(HouseholdStatus.PUBLISHED);
      expect(
        (await server.gql(ADOPT, { input: adoptInput(adopted) }, as('partnerA1'))).errors,
      ).toBeUndefined();
      expect(codeOf(await server.gql(ADOPT, { input: adoptInput(adopted) }, as('partnerA1b')))).toBe(
        'CONFLICT',
      );
      expect(await em().count(Adoption, { household: { $in: [notice.id] } })).toBe(0);
    });

    it('refuses bad pledges with BAD_USER_INPUT naming the field, storing nothing', async () => {
      const file = await w.file(HouseholdStatus.PUBLISHED);
      const child = await w.memberId(file, 'GRANDCHILD');
      const money = {
        kind: 'RECURRING_MONEY',
        amountFen: 100_000,
        frequency: 'YEARLY',
        startsOn: '2025-09-01',
      };
      const cases: [unknown, string][] = [
        [{ ...money, amountFen: 0, endsOn: '2027-01-01' }, 'pledges.0.amountFen'],
        [{ ...money, amountFen: -500, endsOn: '2027-01-01' }, 'pledges.0.amountFen'],
        [{ ...money, untilMemberId: child, endsOn: '2033-09-01' }, 'pledges.0.endsOn'],
        [{ ...money, untilMemberId: await w.memberId(file, 'HEAD') }, 'pledges.0.untilMemberId'],
        [money, 'pledges.0.endsOn'],
        [{ ...money, frequency: 'WEEKLY', endsOn: '2027-01-01' }, 'pledges.0.frequency'],
        [{ kind: 'ONE_OFF_IN_KIND' }, 'pledges.0.description'],
        [{ kind: 'RECURRING_SERVICE', description: '每周辅导' }, 'pledges.0.frequency'],
      ];
      for (const [pledge, field] of cases) {
        const res = await server.gql(
          ADOPT,
          { input: adoptInput(file, [wheelchair, pledge]) },
          as('partnerA1'),
        );
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions!.field).toBe(field.replace('pledges.0', 'pledges.1'));
      }
      expect(codeOf(await server.gql(ADOPT, { input: adoptInput(file, []) }, as('partnerA1')))).toBe(
        'BAD_USER_INPUT',
      );
      await nothingStored(file);
    });
  });

  describe('adoptionEnd and the partner’s full view', () => {
    it('shows the adopting partner the full file with a purpose (audited as PARTNER), minors initial and age only', async () => {
      const file = await w.file(HouseholdStatus.PUBLISHED);
      const adopted = await server.gql(ADOPT, { input: adoptInput(file) }, as('partnerA1'));
      const adoptionId = adopted.data!.householdAdopt.adoption.id;
      const before = await em().count(AuditRecord, { role: Role.PARTNER });
      const res = await server.gql(FULL_VIEW, { first: 100 }, as('partnerA1'));
      expect(res.errors).toBeUndefined();
      const mine = res.data!.adoptions.edges.map((e: any) => e.node).find((n: any) => n.id === adoptionId);
      expect(mine.household).toMatchObject({
        headName: '徐明',
        situation: '独居，患慢性病，子女在外地',
        address: '嵩山路1号3栋2单元401',
      });
      const grandchild = mine.household.members.find((m: any) => m.relation === 'GRANDCHILD');
      expect(grandchild).toMatchObject({ name: '徐*', isMinor: true });
      expect(await em().count(AuditRecord, { role: Role.PARTNER })).toBeGreaterThan(before);
      const audited = await em().find(AuditRecord, { role: Role.PARTNER, entityId: file.id });
      expect(audited.map((a) => a.field)).toEqual(['situation']);

      // Without a purpose: masked, and nothing audited.
      const count = await em().count(AuditRecord, {});
      const masked = await server.gql(MASKED_VIEW, {}, as('partnerA1'));
      const node = masked.data!.adoptions.edges.map((e: any) => e.node).find((n: any) => n.id === adoptionId);
      expect(node.household).toMatchObject({ headName: '徐**', situation: null });
      expect(await em().count(AuditRecord, {})).toBe(count);

      // Another partner never sees this adoption.
      const other = await server.gql(FULL_VIEW, { first: 100 }, as('partnerA1b'));
      expect(other.data!.adoptions.edges.map((e: any) => e.node.id)).not.toContain(adoptionId);

      // Ended: the household is published again and the view is masked for good.
      expect(
        codeOf(await server.gql(END, { input: { id: adoptionId, reason: '不再认领' } }, as('partnerA1b'))),
      ).toBe('NOT_FOUND');
      expect(
        codeOf(await server.gql(END, { input: { id: adoptionId, reason: '不再认领' } }, as('workerG1'))),
      ).toBe('FORBIDDEN');
      const ended = await server.gql(END, { input: { id: adoptionId, reason: '企业搬迁' } }, as('partnerA1'));
      expect(ended.errors).toBeUndefined();
      expect(ended.data!.adoptionEnd).toMatchObject({
        adoption: { status: 'ENDED', endReason: '企业搬迁', household: { status: 'PUBLISHED' } },
        event: { action: 'END_ADOPTION', fromStatus: 'ADOPTED', toStatus: 'PUBLISHED', actorRole: 'PARTNER' },
      });
      const after = await server.gql(FULL_VIEW, { first: 100 }, as('partnerA1'));
      const gone = after.data!.adoptions.edges.map((e: any) => e.node).find((n: any) => n.id === adoptionId);
      expect(gone.household).toMatchObject({
        headName: '徐**',
        situation: null,
        address: expect.not.stringContaining('401'),
      });
      expect(
        codeOf(await server.gql(END, { input: { id: adoptionId, reason: '再次' } }, as('partnerA1'))),
      ).toBe('INVALID_TRANSITION');
      // Published again: another partner may adopt it.
      expect((await server.gql(ADOPT, { input: adoptInput(file) }, as('partnerA1b'))).errors).toBeUndefined();
    });

    it('lets the community admin end an adoption; unauthenticated and residents are refused', async () => {
      const file = await w.file(HouseholdStatus.PUBLISHED);
      const adopted = await server.gql(ADOPT, { input: adoptInput(file) }, as('partnerA1'));
      const input = { id: adopted.data!.householdAdopt.adoption.id, reason: '家庭情况好转' };
      expect(codeOf(await server.gql(END, { input }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await server.gql(END, { input }, as('residentA1')))).toBe('FORBIDDEN');
      expect(codeOf(await server.gql(END, { input }, as('adminA2')))).toBe('NOT_FOUND');
      const res = await server.gql(END, { input }, as('adminA1'));
      expect(res.data!.adoptionEnd.event).toMatchObject({
        action: 'END_ADOPTION',
        actorRole: 'COMMUNITY_ADMIN',
      });
    });
  });
});
