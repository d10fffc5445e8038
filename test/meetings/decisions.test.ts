import { MeetingStatus } from '../../api/modules/meetings/meeting.enums';
import type { Meeting } from '../../api/modules/meetings/meeting.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createMeeting } from '../factories/meetings';
import {
  DECISION_ADD,
  DECISION_LINK,
  DECISION_STATUS,
  DECISION_UNLINK,
  errorOf,
  FILE_DECISIONS,
  gid,
  MEETING_QUERY,
  ok,
} from './operations';
import { buildMeetingWorld, meetingCounts, type MeetingWorld } from './world';

/**
 * Decisions of held meetings: who is responsible, links to the household files and cases they
 * act on (read both ways), and OPEN → DONE / DROPPED with who and when.
 */
describe('meeting decisions', () => {
  let server: TestServer;
  let w: MeetingWorld;
  let held: Meeting;
  const as = (who: keyof MeetingWorld['tokens']) => ({ token: w.tokens[who] });

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildMeetingWorld(server);
    held = await createMeeting(server.db, {
      tenant: w.a1,
      kind: undefined,
      status: MeetingStatus.HELD,
      title: '新城区第3周协商议事会',
    });
  });
  afterAll(() => server.close());

  async function refused(
    query: string,
    input: object,
    who: keyof MeetingWorld['tokens'],
    expected: { code: string; field?: string },
  ) {
    const before = await meetingCounts(server);
    expect(errorOf(await server.gql(query, { input }, as(who)))).toEqual(expected);
    expect(await meetingCounts(server)).toEqual(before);
  }

  const addDecision = async (meeting: Meeting, extra: object = {}) =>
    ok(
      await server.gql(
        DECISION_ADD,
        { input: { meetingId: gid('Meeting', meeting), text: '安排网格员每日探望住院老人', ...extra } },
        as('adminA1'),
      ),
    ).meetingDecisionAdd;

  it('records a decision of a held meeting, with the person responsible and a due date', async () => {
    const res = await addDecision(held, {
      responsibleId: gid('Person', w.workerPerson),
      dueOn: '2030-01-31',
    });
    expect(res.decision).toMatchObject({
      status: 'OPEN',
      dueOn: '2030-01-31',
      closedAt: null,
      responsible: { name: '刘**' },
      links: [],
    });
    expect(res.event).toMatchObject({
      action: 'DECISION_ADD',
      toStatus: 'OPEN',
      actorRole: 'COMMUNITY_ADMIN',
    });
  });

  it('refuses decisions of a meeting not held, empty text, people of other tenants, other keepers', async () => {
    const scheduled = await createMeeting(server.db, { tenant: w.a1 });
    await refused(DECISION_ADD, { meetingId: gid('Meeting', scheduled), text: '事项' }, 'adminA1', {
      code: 'INVALID_TRANSITION',
    });
    const meetingId = gid('Meeting', held);
    await refused(DECISION_ADD, { meetingId, text: ' ' }, 'adminA1', {
      code: 'BAD_USER_INPUT',
      field: 'text',
    });
    await refused(
      DECISION_ADD,
      { meetingId, text: '事项', responsibleId: gid('Person', w.personA2) },
      'adminA1',
      {
        code: 'NOT_FOUND',
      },
    );
    await refused(DECISION_ADD, { meetingId, text: '事项' }, 'workerG1', { code: 'FORBIDDEN' });
    await refused(DECISION_ADD, { meetingId, text: '事项' }, 'adminA2', { code: 'NOT_FOUND' });
  });

  it('links a decision to a household file and a case of its community, once each, read both ways', async () => {
    const { decision } = await addDecision(held);
    const decisionId = decision.id;
    const toFile = ok(
      await server.gql(
        DECISION_LINK,
        { input: { decisionId, householdFileId: gid('HouseholdFile', w.fileA1) } },
        as('adminA1'),
      ),
    ).meetingDecisionLink;
    expect(toFile.link).toMatchObject({ householdFile: { id: gid('HouseholdFile', w.fileA1) }, case: null });
    expect(toFile.event).toMatchObject({ action: 'DECISION_LINK', note: 'HouseholdFile A1-001' });
    const toCase = ok(
      await server.gql(
        DECISION_LINK,
        { input: { decisionId, caseId: gid('Case', w.caseA1) } },
        as('adminA1'),
      ),
    ).meetingDecisionLink;
    expect(toCase.decision.links).toEqual([
      expect.objectContaining({
        householdFile: { id: gid('HouseholdFile', w.fileA1), code: 'A1-001' },
        case: null,
      }),
      expect.objectContaining({ householdFile: null, case: { id: gid('Case', w.caseA1) } }),
    ]);
    await refused(DECISION_LINK, { decisionId, householdFileId: gid('HouseholdFile', w.fileA1) }, 'adminA1', {
      code: 'CONFLICT',
    });
    await refused(DECISION_LINK, { decisionId, caseId: gid('Case', w.caseA1) }, 'adminA1', {
      code: 'CONFLICT',
    });
    await refused(DECISION_LINK, { decisionId, householdFileId: gid('HouseholdFile', w.fileA2) }, 'adminA1', {
      code: 'NOT_FOUND',
    });
    await refused(DECISION_LINK, { decisionId, caseId: gid('Case', w.caseA2) }, 'adminA1', {
      code: 'NOT_FOUND',
    });
    await refused(DECISION_LINK, { decisionId }, 'adminA1', {
      code: 'BAD_USER_INPUT',
      field: 'householdFileId',
    });
    // From the file's side, and from the case's (through the link): the same decision.
    const file = ok(await server.gql(FILE_DECISIONS, { id: gid('HouseholdFile', w.fileA1) }, as('adminA1')));
    expect(file.household.meetingDecisions).toEqual([
      { id: decisionId, text: '安排网格员每日探望住院老人', meeting: { title: '新城区第3周协商议事会' } },
    ]);
    const caseSide = ok(
      await server.gql(
        `query ($id: ID!) { meeting(id: $id) { decisions { id links { case { meetingDecisions { id } } } } } }`,
        { id: gid('Meeting', held) },
        as('adminA1'),
      ),
    );
    const linked = caseSide.meeting.decisions.find((d: any) => d.id === decisionId);
    expect(linked.links[1].case.meetingDecisions).toEqual([{ id: decisionId }]);
    // A grid worker of another grid sees the link, not the file it may not open.
    const worker = ok(await server.gql(MEETING_QUERY, { id: gid('Meeting', held) }, as('workerG2')));
    const seen = worker.meeting.decisions.find((d: any) => d.id === decisionId);
    expect(seen.links.map((l: any) => [l.householdFile, l.case])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('removes a wrong link with a reason kept in the history; once, and only by those who keep the meeting', async () => {
    const { decision } = await addDecision(held);
    const linked = ok(
      await server.gql(
        DECISION_LINK,
        { input: { decisionId: decision.id, caseId: gid('Case', w.caseA1) } },
        as('adminA1'),
      ),
    ).meetingDecisionLink;
    const linkId = linked.link.id;
    await refused(DECISION_UNLINK, { linkId, note: '  ' }, 'adminA1', {
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    await refused(DECISION_UNLINK, { linkId, note: '关联错了' }, 'workerG2', { code: 'FORBIDDEN' });
    const before = await meetingCounts(server);
    const removed = ok(
      await server.gql(DECISION_UNLINK, { input: { linkId, note: '关联错了案件' } }, as('adminA1')),
    ).meetingDecisionUnlink;
    expect(removed.decision.links).toEqual([]);
    expect(removed.event).toMatchObject({
      action: 'DECISION_UNLINK',
      note: `${gid('Case', w.caseA1).replace(/^/, 'Case ')}: 关联错了案件`,
    });
    expect(await meetingCounts(server)).toEqual({
      ...before,
      links: before.links - 1,
      events: before.events + 1,
    });
    await refused(DECISION_UNLINK, { linkId, note: '再取消一次' }, 'adminA1', { code: 'NOT_FOUND' });
  });

  it('keeps a street meeting’s links to the street’s own rows (its communities’ files and cases are refused)', async () => {
    const streetMeeting = await createMeeting(server.db, {
      tenant: w.tree.streetA,
      kind: 'PARTY_JOINT_MEETING' as never,
      status: MeetingStatus.HELD,
    });
    const { decision } = ok(
      await server.gql(
        DECISION_ADD,
        { input: { meetingId: gid('Meeting', streetMeeting), text: '共建资源对接' } },
        as('street'),
      ),
    ).meetingDecisionAdd;
    // The street reads A1's files (masked) but a street decision cannot link them.
    await refused(
      DECISION_LINK,
      { decisionId: decision.id, householdFileId: gid('HouseholdFile', w.fileA1) },
      'street',
      {
        code: 'BAD_USER_INPUT',
        field: 'householdFileId',
      },
    );
    // A case still at the grid is not the street's to see at all.
    await refused(DECISION_LINK, { decisionId: decision.id, caseId: gid('Case', w.caseA1) }, 'street', {
      code: 'NOT_FOUND',
    });
  });

  it('moves a decision OPEN → DONE by the person responsible, reopens it with a reason, drops it', async () => {
    const { decision } = await addDecision(held, { responsibleId: gid('Person', w.workerPerson) });
    const id = decision.id;
    await refused(DECISION_STATUS, { id, status: 'DONE' }, 'workerG2', { code: 'FORBIDDEN' });
    const done = ok(
      await server.gql(
        DECISION_STATUS,
        { input: { id, status: 'DONE', note: '已探望三次' } },
        as('workerG1'),
      ),
    ).meetingDecisionSetStatus;
    expect(done.decision.status).toBe('DONE');
    expect(done.decision.closedAt).not.toBeNull();
    expect(done.event).toMatchObject({
      action: 'DECISION_DONE',
      fromStatus: 'OPEN',
      toStatus: 'DONE',
      actorName: '刘网格',
      actorRole: 'GRID_WORKER',
    });
    await refused(DECISION_STATUS, { id, status: 'DONE' }, 'adminA1', { code: 'INVALID_TRANSITION' });
    await refused(DECISION_STATUS, { id, status: 'DROPPED', note: '撤销' }, 'adminA1', {
      code: 'INVALID_TRANSITION',
    });
    await refused(DECISION_STATUS, { id, status: 'OPEN' }, 'adminA1', {
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    const reopened = ok(
      await server.gql(
        DECISION_STATUS,
        { input: { id, status: 'OPEN', note: '老人再次住院' } },
        as('adminA1'),
      ),
    ).meetingDecisionSetStatus;
    expect(reopened.decision).toMatchObject({ status: 'OPEN', closedAt: null });
    await refused(DECISION_STATUS, { id, status: 'DROPPED' }, 'adminA1', {
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    const dropped = ok(
      await server.gql(
        DECISION_STATUS,
        { input: { id, status: 'DROPPED', note: '家属已接回照顾' } },
        as('adminA1'),
      ),
    ).meetingDecisionSetStatus;
    expect(dropped.event).toMatchObject({
      action: 'DECISION_DROP',
      note: '家属已接回照顾',
      actorRole: 'COMMUNITY_ADMIN',
    });
    const history = ok(await server.gql(MEETING_QUERY, { id: gid('Meeting', held) }, as('adminA1')));
    expect(
      history.meeting.events.filter((e: any) => e.action.startsWith('DECISION_')).length,
    ).toBeGreaterThanOrEqual(6);
  });

  it('serialises concurrent status changes of one decision: one wins, the other is INVALID_TRANSITION', async () => {
    for (let round = 0; round < 3; round++) {
      const { decision } = await addDecision(held);
      const [a, b] = await Promise.all([
        server.gql(DECISION_STATUS, { input: { id: decision.id, status: 'DONE' } }, as('adminA1')),
        server.gql(
          DECISION_STATUS,
          { input: { id: decision.id, status: 'DROPPED', note: '撤销' } },
          as('adminA1'),
        ),
      ]);
      const outcomes = [a, b].map((r) => (r.errors ? r.errors[0].extensions.code : 'OK')).sort();
      expect(outcomes).toEqual(['INVALID_TRANSITION', 'OK']);
    }
  });
});
