import { ManualClock } from '../../api/core/clock';
import { startTestServer, type TestServer } from '../support/server';
import { buildCaseWorld, caseCounts, FRIDAY_MORNING, gid, type CaseWorld } from './world';
import { ACCEPT, ASSIGN, CASE, CLOSE, ESCALATE, MEDIATE, REPORT, RESOLVE } from './operations';

/** Each workflow of a case end to end over the API: report → … → closed, escalation, petitions. */
describe('case workflow', () => {
  let server: TestServer;
  let w: CaseWorld;
  const clock = new ManualClock(FRIDAY_MORNING);

  beforeAll(async () => {
    server = await startTestServer({ clock });
    w = await buildCaseWorld(server);
  });
  afterAll(() => server.close());

  const ok = async (query: string, input: object, token: string) => {
    const r = await server.gql(query, { input }, { token });
    expect(r.errors).toBeUndefined();
    return Object.values(r.data!)[0].case;
  };

  async function report(token: string, extra: object = {}) {
    return ok(
      REPORT,
      {
        category: 'NEIGHBOUR_DISPUTE',
        description: '两户因界墙归属发生争执',
        microGridId: gid('MicroGrid', w.m01),
        ...extra,
      },
      token,
    );
  }

  it('runs a neighbour dispute from report to closure: grid deadline in working days, six mediations, rating', async () => {
    clock.set(FRIDAY_MORNING);
    const c = await report(w.tokens.resident);
    expect(c).toMatchObject({
      status: 'REPORTED',
      level: 'GRID',
      source: 'RESIDENT',
      grid: { code: 'G01' },
      // Fri 10:00 + 3 working days → end of Wed 12 March, Beijing time.
      deadlineAt: '2025-03-12T16:00:00.000Z',
      reporterName: '王**',
    });
    expect(c.timeline).toEqual([
      expect.objectContaining({
        kind: 'REPORTED',
        toStatus: 'REPORTED',
        toLevel: 'GRID',
        actorRole: 'RESIDENT',
      }),
    ]);
    await ok(ACCEPT, { id: c.id }, w.tokens.worker);
    const assigned = await ok(
      ASSIGN,
      { id: c.id, teamId: gid('Team', w.team), note: '交调解千千结' },
      w.tokens.worker,
    );
    expect(assigned).toMatchObject({
      status: 'IN_PROGRESS',
      assigneeKind: 'TEAM',
      assigneeTeam: { name: '调解千千结' },
    });
    for (let i = 1; i <= 6; i++) {
      const r = await server.gql(
        MEDIATE,
        {
          input: {
            id: c.id,
            outcome: i < 6 ? 'ADJOURNED' : 'AGREEMENT',
            note: `第${i}次调解`,
            attendeePersonIds: [gid('Person', w.reporter), gid('Person', w.mediator)],
            attendeePartnerUnitIds: i === 6 ? [gid('PartnerUnit', w.lawFirm)] : [],
          },
        },
        { token: w.tokens.worker },
      );
      expect(r.errors).toBeUndefined();
      if (i === 6) {
        const after = r.data!.caseMediationRecord.case;
        expect(after.mediationCount).toBe(6);
        expect(after.mediationSessions.map((s: { sequence: number }) => s.sequence)).toEqual([
          1, 2, 3, 4, 5, 6,
        ]);
        expect(after.mediationSessions[5]).toMatchObject({
          outcome: 'AGREEMENT',
          partnerUnits: [{ name: '法之援律师事务所' }],
        });
      }
    }
    await ok(RESOLVE, { id: c.id, note: '双方签订调解协议，界墙按原址重建' }, w.tokens.worker);
    const closed = await ok(CLOSE, { id: c.id, satisfaction: 5 }, w.tokens.resident);
    expect(closed).toMatchObject({ status: 'CLOSED', satisfaction: 5 });
    expect(closed.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'REPORTED',
      'ACCEPTED',
      'ASSIGNED',
      ...Array(6).fill('MEDIATION_SESSION'),
      'RESOLVED',
      'CLOSED',
    ]);
    expect(closed.timeline.at(-1)).toMatchObject({ satisfaction: 5, actorRole: 'RESIDENT' });
  });

  it('refuses steps out of order, a rating outside 1–5 and a bad assignee, storing nothing', async () => {
    clock.set(FRIDAY_MORNING);
    const c = await report(w.tokens.resident);
    const before = await caseCounts(server);
    const resolveEarly = await server.gql(
      CLOSE,
      { input: { id: c.id, satisfaction: 4 } },
      { token: w.tokens.resident },
    );
    expect(resolveEarly.errors?.[0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'REPORTED',
    });
    const assignEarly = await server.gql(
      ASSIGN,
      { input: { id: c.id, personId: gid('Person', w.mediator) } },
      { token: w.tokens.worker },
    );
    expect(assignEarly.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    await ok(ACCEPT, { id: c.id }, w.tokens.worker);
    const stranger = await server.gql(
      ASSIGN,
      { input: { id: c.id, partnerUnitId: gid('PartnerUnit', w.strangerFirm) } },
      { token: w.tokens.worker },
    );
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerUnitId' });
    const two = await server.gql(
      ASSIGN,
      { input: { id: c.id, personId: gid('Person', w.mediator), teamId: gid('Team', w.team) } },
      { token: w.tokens.worker },
    );
    expect(two.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await ok(RESOLVE, { id: c.id, note: '已协调' }, w.tokens.worker);
    for (const satisfaction of [0, 6]) {
      const r = await server.gql(CLOSE, { input: { id: c.id, satisfaction } }, { token: w.tokens.resident });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'satisfaction' });
    }
    const after = await caseCounts(server);
    expect(after.cases).toBe(before.cases);
    expect(after.events).toBe(before.events + 2);
    const read = await server.gql(CASE, { id: c.id }, { token: w.tokens.admin });
    expect(read.data!.case).toMatchObject({ status: 'RESOLVED', satisfaction: null });
  });

  it('lets only the level act: another grid’s worker is FORBIDDEN, a sibling community’s admin NOT_FOUND', async () => {
    const c = await report(w.tokens.resident);
    const otherGrid = await server.gql(ACCEPT, { input: { id: c.id } }, { token: w.tokens.worker2 });
    expect(otherGrid.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const sibling = await server.gql(ACCEPT, { input: { id: c.id } }, { token: w.tokens.adminA2 });
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const street = await server.gql(ACCEPT, { input: { id: c.id } }, { token: w.tokens.street });
    expect(street.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const resident = await server.gql(ACCEPT, { input: { id: c.id } }, { token: w.tokens.resident });
    expect(resident.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unauthenticated = await server.gql(ACCEPT, { input: { id: c.id } });
    expect(unauthenticated.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('escalates by hand level by level: the street sees it once it arrives, lower levels keep reading, past DISTRICT is refused', async () => {
    clock.set(FRIDAY_MORNING);
    const c = await report(w.tokens.resident, {
      category: 'ILLEGAL_CONSTRUCTION',
      description: '楼顶违章搭建',
    });
    const hidden = await server.gql(CASE, { id: c.id }, { token: w.tokens.street });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const toCommunity = await ok(ESCALATE, { id: c.id, note: '网格无法处置' }, w.tokens.worker);
    // Entered Fri 7 March: 7 working days → Tue 18 March.
    expect(toCommunity).toMatchObject({
      level: 'COMMUNITY',
      levelEntry: 2,
      status: 'IN_PROGRESS',
      deadlineAt: '2025-03-18T16:00:00.000Z',
    });
    const workerAgain = await server.gql(ESCALATE, { input: { id: c.id } }, { token: w.tokens.worker });
    expect(workerAgain.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await ok(ESCALATE, { id: c.id, note: '需街道协调执法' }, w.tokens.admin);
    const atStreet = await server.gql(CASE, { id: c.id }, { token: w.tokens.street });
    expect(atStreet.data!.case).toMatchObject({ level: 'STREET', reporterName: '王**' });
    const otherStreet = await server.gql(CASE, { id: c.id }, { token: w.tokens.streetB });
    expect(otherStreet.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await ok(ESCALATE, { id: c.id, note: '需区级部门' }, w.tokens.street);
    const accept = await server.gql(ACCEPT, { input: { id: c.id } }, { token: w.tokens.integrator });
    expect(accept.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION'); // IN_PROGRESS already
    const past = await server.gql(ESCALATE, { input: { id: c.id } }, { token: w.tokens.integrator });
    expect(past.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(past.errors?.[0].message).toMatch(/DISTRICT/);
    for (const token of [w.tokens.worker, w.tokens.admin, w.tokens.street, w.tokens.resident]) {
      const read = await server.gql(CASE, { id: c.id }, { token });
      expect(read.data!.case.level).toBe('DISTRICT');
      expect(read.data!.case.timeline.filter((e: { kind: string }) => e.kind === 'ESCALATED')).toHaveLength(
        3,
      );
    }
  });

  it('closes a petition (信访) only when the petitioner accepts; otherwise reopens it at the same level', async () => {
    clock.set(FRIDAY_MORNING);
    const c = await report(w.tokens.resident, { category: 'PETITION', description: '对拆迁补偿不满的信访' });
    expect(c.deadlineAt).toBe('2025-03-14T16:00:00.000Z'); // petitions: 5 working days at GRID
    await ok(ACCEPT, { id: c.id }, w.tokens.worker);
    await ok(RESOLVE, { id: c.id, note: '已答复' }, w.tokens.worker);
    const silent = await server.gql(
      CLOSE,
      { input: { id: c.id, satisfaction: 3 } },
      { token: w.tokens.worker },
    );
    expect(silent.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'petitionerAccepts',
    });
    clock.set('2025-03-10T02:00:00Z');
    const reopened = await ok(
      CLOSE,
      { id: c.id, satisfaction: 2, petitionerAccepts: false },
      w.tokens.worker,
    );
    expect(reopened).toMatchObject({
      status: 'IN_PROGRESS',
      level: 'GRID',
      petitionerAccepted: false,
      levelEntry: 2,
    });
    expect(reopened.timeline.at(-1)).toMatchObject({
      kind: 'REOPENED',
      fromStatus: 'RESOLVED',
      toStatus: 'IN_PROGRESS',
    });
    await ok(RESOLVE, { id: c.id, note: '补充答复并落实补偿' }, w.tokens.worker);
    const closed = await ok(CLOSE, { id: c.id, satisfaction: 4, petitionerAccepts: true }, w.tokens.resident);
    expect(closed).toMatchObject({ status: 'CLOSED', petitionerAccepted: true, satisfaction: 4 });
    const nonPetition = await report(w.tokens.resident);
    await ok(ACCEPT, { id: nonPetition.id }, w.tokens.worker);
    await ok(RESOLVE, { id: nonPetition.id, note: '已处理' }, w.tokens.worker);
    const extra = await server.gql(
      CLOSE,
      { input: { id: nonPetition.id, satisfaction: 4, petitionerAccepts: true } },
      { token: w.tokens.resident },
    );
    expect(extra.errors?.[0].extensions?.field).toBe('petitionerAccepts');
  });
});
