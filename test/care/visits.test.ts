import { HouseholdVisit, VisitFinding } from '../../api/modules/care/household-visit.entity';
import { Case } from '../../api/modules/cases/case.entity';
import { startTestServer, type TestServer } from '../support/server';
import { buildWorld, gid, type World } from './world';
import {
  CASE_FINDINGS,
  FILE_FINDINGS,
  LINK_HOUSEHOLD,
  OPEN_CASE,
  RECORD_VISIT,
  VISIT,
  VISIT_STATS,
  VISITS,
} from './operations';

/** Household visits (入户走访) with findings that open a case or concern a household file. */
describe('household visits', () => {
  let server: TestServer;
  let w: World;
  const em = () => server.db.owner.em.fork();
  const countVisits = async () =>
    Number(
      (await em().getConnection().execute<{ n: string }[]>('select count(*) as n from household_visit'))[0].n,
    );

  const visitInput = (extra: Record<string, unknown> = {}) => ({
    microGridId: gid('MicroGrid', w.mg1),
    householdId: gid('HouseholdFile', w.file),
    residentId: gid('Person', w.elder),
    purpose: 'CARE',
    addressNote: '嵩山路1号3栋2单元401',
    notes: '老人血压偏高，独自在家',
    findings: [
      { kind: 'NEED', note: '需要每周代购生活用品', householdId: gid('HouseholdFile', w.file) },
      { kind: 'HAZARD', note: '厨房燃气软管老化' },
    ],
    ...extra,
  });

  async function record(token: string, extra: Record<string, unknown> = {}) {
    return server.gql(RECORD_VISIT, { input: visitInput(extra) }, { token });
  }

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  it('lets the grid worker record a visit in its grid, with findings, as itself', async () => {
    const r = await record(w.tokens.workerG1);
    expect(r.errors).toBeUndefined();
    const visit = r.data!.householdVisitRecord.visit;
    expect(visit).toMatchObject({
      purpose: 'CARE',
      household: { id: gid('HouseholdFile', w.file) },
      visitor: { id: gid('Person', w.worker) },
      grid: { id: gid('Grid', w.grid1) },
    });
    expect(visit.addressNote).toBe('嵩山路1号3栋');
    expect(visit.notes).toBeNull();
    expect(visit.findings.map((f: { kind: string }) => f.kind)).toEqual(['NEED', 'HAZARD']);
    expect(visit.findings[0].household).toEqual({ id: gid('HouseholdFile', w.file) });
    expect(visit.findings[1].household).toBeNull();
  });

  it('reveals the door number and the notes only to staff with a purpose, audited', async () => {
    const r = await record(w.tokens.workerG1);
    const id = r.data!.householdVisitRecord.visit.id;
    const revealed = await server.gql(
      `query($id: ID!) @reveal(purpose: HOME_VISIT) { householdVisit(id: $id) { addressNote notes } }`,
      { id },
      { token: w.tokens.workerG1 },
    );
    expect(revealed.errors).toBeUndefined();
    expect(revealed.data!.householdVisit).toEqual({
      addressNote: '嵩山路1号3栋2单元401',
      notes: '老人血压偏高，独自在家',
    });
    const street = await server.gql(
      `query($id: ID!) @reveal(purpose: HOME_VISIT) { householdVisit(id: $id) { addressNote notes } }`,
      { id },
      { token: w.tokens.streetA },
    );
    expect(street.data!.householdVisit).toEqual({ addressNote: '嵩山路1号3栋', notes: null });
  });

  it('refuses a visit in another grid (FORBIDDEN) and in a sibling community (NOT_FOUND), storing nothing', async () => {
    const before = await countVisits();
    const other = await record(w.tokens.workerG2);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const sibling = await record(w.tokens.workerA2);
    expect(sibling.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const street = await record(w.tokens.streetA);
    expect(street.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const resident = await record(w.tokens.residentA1);
    expect(resident.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await server.gql(RECORD_VISIT, { input: visitInput() });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await countVisits()).toBe(before);
  });

  it('answers bad input with the field, storing nothing', async () => {
    const before = await countVisits();
    const future = await record(w.tokens.workerG1, {
      visitedAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visitedAt' });
    const wrongFile = await record(w.tokens.workerG1, { microGridId: gid('MicroGrid', w.mg2) });
    expect(wrongFile.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const admin = await server.gql(
      RECORD_VISIT,
      { input: visitInput({ microGridId: gid('MicroGrid', w.mg2), visitorId: gid('Person', w.worker) }) },
      { token: w.tokens.adminA1 },
    );
    expect(admin.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'householdId' });
    const noVisitor = await server.gql(RECORD_VISIT, { input: visitInput() }, { token: w.tokens.adminA1 });
    expect(noVisitor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visitorId' });
    const blank = await record(w.tokens.workerG1, { findings: [{ kind: 'NEED', note: '   ' }] });
    expect(blank.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const foreignFinding = await record(w.tokens.workerG1, {
      findings: [{ kind: 'NEED', note: '需要帮助', householdId: gid('HouseholdFile', { id: w.mgA2.id }) }],
    });
    expect(foreignFinding.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await countVisits()).toBe(before);
  });

  it('links a finding to a household file both ways', async () => {
    const r = await record(w.tokens.workerG1, { findings: [{ kind: 'HEALTH', note: '腿脚不便，需要轮椅' }] });
    const finding = r.data!.householdVisitRecord.visit.findings[0];
    const link = await server.gql(
      LINK_HOUSEHOLD,
      { input: { findingId: finding.id, householdId: gid('HouseholdFile', w.file) } },
      { token: w.tokens.workerG1 },
    );
    expect(link.errors).toBeUndefined();
    const byFile = await server.gql(
      FILE_FINDINGS,
      { id: gid('HouseholdFile', w.file) },
      { token: w.tokens.adminA1 },
    );
    expect(byFile.errors).toBeUndefined();
    const ids = byFile.data!.household.visitFindings.map((f: { id: string }) => f.id);
    expect(ids).toContain(finding.id);
    const denied = await server.gql(
      LINK_HOUSEHOLD,
      { input: { findingId: finding.id, householdId: gid('HouseholdFile', w.file) } },
      { token: w.tokens.workerG2 },
    );
    expect(denied.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('updates the household file from a finding, recorded in the file history, never on a closed file', async () => {
    const fileId = gid('HouseholdFile', w.file);
    const r = await record(w.tokens.workerG1, {
      findings: [
        {
          kind: 'NEED',
          note: '老人摔伤后行动不便',
          householdId: fileId,
          householdNeeds: '每周两次上门助浴、代购药品',
        },
      ],
    });
    expect(r.errors).toBeUndefined();
    const history = await server.gql(
      `query($id: ID!) { household(id: $id) { needs events { action fromStatus toStatus actorName actorRole note } } }`,
      { id: fileId },
      { token: w.tokens.adminA1 },
    );
    expect(history.errors).toBeUndefined();
    const file = history.data!.household;
    expect(file.needs).toBe('每周两次上门助浴、代购药品');
    const recorded = file.events.filter((e: { action: string }) => e.action === 'RECORD_FINDING');
    expect(recorded.at(-1)).toMatchObject({ actorRole: 'GRID_WORKER', note: '老人摔伤后行动不便' });
    expect(recorded.at(-1).fromStatus).toBe(recorded.at(-1).toStatus);

    // The needs without saying which file: BAD_USER_INPUT, and the visit is not stored.
    const before = await countVisits();
    const orphan = await record(w.tokens.workerG1, {
      findings: [{ kind: 'NEED', note: '需要助餐', householdNeeds: '助餐' }],
    });
    expect(orphan.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'findings.0.householdId',
    });
    expect(await countVisits()).toBe(before);

    // A closed file is history: INVALID_TRANSITION naming its state, and nothing stored.
    await em()
      .getConnection()
      .execute(`update household_file set status = 'CLOSED' where id = ?`, [w.file.id]);
    try {
      const closed = await record(w.tokens.workerG1, {
        findings: [{ kind: 'NEED', note: '再访', householdId: fileId, householdNeeds: '无' }],
      });
      expect(closed.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'CLOSED' });
      expect(await countVisits()).toBe(before);
    } finally {
      await em()
        .getConnection()
        .execute(`update household_file set status = ? where id = ?`, [w.file.status, w.file.id]);
    }
  });

  it('opens a case from a finding (source VISIT), once, readable both ways', async () => {
    const r = await record(w.tokens.workerG1, {
      findings: [{ kind: 'DISPUTE', note: '与邻居因界墙发生纠纷' }],
    });
    const visitId = r.data!.householdVisitRecord.visit.id;
    const finding = r.data!.householdVisitRecord.visit.findings[0];
    const open = await server.gql(
      OPEN_CASE,
      { input: { findingId: finding.id, category: 'NEIGHBOUR_DISPUTE' } },
      { token: w.tokens.workerG1 },
    );
    expect(open.errors).toBeUndefined();
    expect(open.data!.visitFindingOpenCase.finding.case).toMatchObject({ source: 'VISIT', level: 'GRID' });
    const stored = await em().findOneOrFail(VisitFinding, { note: '与邻居因界墙发生纠纷' });
    const c = await em().findOneOrFail(Case, stored.case!.id);
    expect(c).toMatchObject({ originType: 'HouseholdVisit', description: '与邻居因界墙发生纠纷' });
    const again = await server.gql(
      OPEN_CASE,
      { input: { findingId: finding.id, category: 'NEIGHBOUR_DISPUTE' } },
      { token: w.tokens.adminA1 },
    );
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await em().count(Case, { originId: stored.visit.id })).toBe(1);
    const both = await server.gql(CASE_FINDINGS, { id: visitId }, { token: w.tokens.workerG1 });
    expect(both.errors).toBeUndefined();
    expect(both.data!.householdVisit.findings[0].case.visitFindings).toEqual([
      { id: finding.id, kind: 'DISPUTE' },
    ]);
  });

  it('opens a case while recording the visit', async () => {
    const ok = await record(w.tokens.workerG1, {
      findings: [{ kind: 'HAZARD', note: '楼道堆放杂物', openCaseCategory: 'SAFETY_HAZARD' }],
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.householdVisitRecord.visit.findings[0].case).toMatchObject({ source: 'VISIT' });
  });

  it('lists visits by scope: grid, community, street masked, never a sibling', async () => {
    const own = await server.gql(VISITS, {}, { token: w.tokens.workerG1 });
    const other = await server.gql(VISITS, {}, { token: w.tokens.workerG2 });
    const admin = await server.gql(VISITS, {}, { token: w.tokens.adminA1 });
    const sibling = await server.gql(VISITS, {}, { token: w.tokens.adminA2 });
    const street = await server.gql(VISITS, {}, { token: w.tokens.streetA });
    const streetB = await server.gql(VISITS, {}, { token: w.tokens.streetB });
    expect(own.data!.householdVisits.totalCount).toBeGreaterThan(0);
    expect(other.data!.householdVisits.totalCount).toBe(0);
    expect(admin.data!.householdVisits.totalCount).toBe(own.data!.householdVisits.totalCount);
    expect(sibling.data!.householdVisits.totalCount).toBe(0);
    expect(streetB.data!.householdVisits.totalCount).toBe(0);
    const node = street.data!.householdVisits.edges[0].node;
    expect(node.resident.name).toBe('徐**');
    expect(node.addressNote).toBe('嵩山路1号3栋');
    const id = node.id;
    const siblingRead = await server.gql(VISIT, { id }, { token: w.tokens.workerA2 });
    expect(siblingRead.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('counts visits per community and month for the street and district', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const r = await server.gql(
      VISIT_STATS,
      { from: '2026-01-01', to: today },
      { token: w.tokens.integrator },
    );
    expect(r.errors).toBeUndefined();
    const stats = r.data!.visitStats;
    const visits = await em().count(HouseholdVisit, {});
    expect(stats.reduce((n: number, s: { visits: number }) => n + s.visits, 0)).toBe(visits);
    expect(stats[0]).toMatchObject({
      month: today.slice(0, 7),
      community: { id: gid('Tenant', w.tree.communityA1) },
    });
    expect(stats[0].householdFilesVisited).toBe(1);
    const sibling = await server.gql(
      VISIT_STATS,
      { from: '2026-01-01', to: today },
      { token: w.tokens.adminA2 },
    );
    expect(sibling.data!.visitStats).toEqual([]);
    const worker = await server.gql(
      VISIT_STATS,
      { from: '2026-01-01', to: today },
      { token: w.tokens.workerG1 },
    );
    expect(worker.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const bad = await server.gql(
      VISIT_STATS,
      { from: '2026-02-01', to: '2026-01-01' },
      { token: w.tokens.integrator },
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
