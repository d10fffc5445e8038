import { ManualClock } from '../../api/core/clock';
import { MeetingStatus } from '../../api/modules/meetings/meeting.enums';
import { startTestServer, type TestServer } from '../support/server';
import { createMeeting } from '../factories/meetings';
import {
  ATTENDEE_ADD,
  ATTENDEE_REMOVE,
  CANCEL,
  UPDATE,
  codeOf,
  errorOf,
  gid,
  ok,
  RECORD_MINUTES,
  SCHEDULE,
} from './operations';
import { buildMeetingWorld, meetingCounts, storedMeeting, type MeetingWorld } from './world';

/**
 * Scheduling, minutes, cancelling and attendees: who may, the happy paths with who and when
 * recorded, and every bad input refused with a code and nothing stored.
 */
describe('meetings: schedule, minutes, cancel, attendees', () => {
  let server: TestServer;
  let w: MeetingWorld;
  const clock = new ManualClock(new Date());
  const as = (who: keyof MeetingWorld['tokens']) => ({ token: w.tokens[who] });
  const hoursFromNow = (h: number) => new Date(clock.now().getTime() + h * 3600_000).toISOString();

  beforeAll(async () => {
    server = await startTestServer({ clock });
    w = await buildMeetingWorld(server);
  });
  afterAll(() => server.close());

  /** `code` (and the field, if given) for `who`, and nothing stored. */
  async function refused(
    query: string,
    input: object,
    who: keyof MeetingWorld['tokens'],
    expected: { code: string; field?: string },
  ) {
    const before = await meetingCounts(server);
    const res = await server.gql(query, { input }, as(who));
    expect(errorOf(res)).toEqual(expected);
    expect(await meetingCounts(server)).toEqual(before);
  }

  const council = () => ({
    kind: 'GRID_COUNCIL',
    title: '第一网格第12周网格议事会',
    heldAt: hoursFromNow(-2),
    agenda: '独居老人近况；楼道堆物',
    gridId: gid('Grid', w.g1),
  });

  describe('meetingSchedule', () => {
    it('is refused without credentials and to roles that do not keep meetings', async () => {
      const before = await meetingCounts(server);
      expect(codeOf(await server.gql(SCHEDULE, { input: council() }))).toBe('UNAUTHENTICATED');
      for (const who of ['integrator', 'bank', 'resident'] as const) {
        expect({ who, code: codeOf(await server.gql(SCHEDULE, { input: council() }, as(who))) }).toEqual({
          who,
          code: 'FORBIDDEN',
        });
      }
      expect(await meetingCounts(server)).toEqual(before);
    });

    it('lets the community admin schedule a grid council with venue, convener, people and a partner unit', async () => {
      const input = {
        ...council(),
        venueId: gid('Venue', w.venueA1),
        convenerId: gid('Person', w.secretary),
        attendees: [
          { personId: gid('Person', w.resident), role: 'GUEST' },
          { partnerUnitId: gid('PartnerUnit', w.bank), representativeName: '李经理' },
          { personId: gid('Person', w.secretary), role: 'CHAIR' },
        ],
      };
      const { meeting, event } = ok(await server.gql(SCHEDULE, { input }, as('adminA1'))).meetingSchedule;
      expect(meeting).toMatchObject({
        kind: 'GRID_COUNCIL',
        status: 'SCHEDULED',
        minutes: null,
        tenant: { name: '甲一社区' },
        grid: { code: 'G1' },
        venue: { name: '新城区文化中心' },
        convener: { name: '马**' },
        nextActions: ['RECORD_MINUTES', 'CANCEL', 'ATTENDEE_ADD', 'ATTENDEE_REMOVE', 'UPDATE'],
      });
      // Chairs first; people and the representative's name are masked like any personal name.
      expect(meeting.attendees.map((a: any) => [a.role, a.person?.name ?? a.partnerUnit.name])).toEqual([
        ['CHAIR', '马**'],
        ['GUEST', '赵**'],
        ['PARTNER_REPRESENTATIVE', '城关银行'],
      ]);
      expect(meeting.attendees[2].representativeName).toBe('李**');
      expect(event).toMatchObject({
        action: 'SCHEDULE',
        fromStatus: null,
        toStatus: 'SCHEDULED',
        actorName: '新城区社区',
        actorRole: 'COMMUNITY_ADMIN',
      });
    });

    it('lets a grid worker schedule the council of its own grid, and no other meeting', async () => {
      const res = ok(await server.gql(SCHEDULE, { input: council() }, as('workerG1')));
      expect(res.meetingSchedule.event.actorRole).toBe('GRID_WORKER');
      await refused(SCHEDULE, council(), 'workerG2', { code: 'FORBIDDEN' });
      const consultation = { ...council(), kind: 'CONSULTATION', gridId: undefined };
      await refused(SCHEDULE, consultation, 'workerG1', { code: 'FORBIDDEN' });
    });

    it('lets the street admin schedule a joint meeting of the street with its own partners, and nothing else', async () => {
      const input = {
        kind: 'PARTY_JOINT_MEETING',
        title: '甲街道第二季度党建联席会议',
        heldAt: hoursFromNow(24),
        agenda: '共建项目推进',
        venueId: gid('Venue', w.venueStreet),
        convenerId: gid('Person', w.streetPerson),
        attendees: [{ partnerUnitId: gid('PartnerUnit', w.lawFirm) }],
      };
      const { meeting, event } = ok(await server.gql(SCHEDULE, { input }, as('street'))).meetingSchedule;
      expect(meeting).toMatchObject({ tenant: { name: '甲街道' }, venue: { name: '街道党群服务中心' } });
      expect(event.actorRole).toBe('STREET_ADMIN');
      await refused(SCHEDULE, { ...input, kind: 'CONSULTATION' }, 'street', { code: 'FORBIDDEN' });
      // The street's people are its own: a community's person is in scope but not the street's.
      await refused(SCHEDULE, { ...input, convenerId: gid('Person', w.secretary) }, 'street', {
        code: 'BAD_USER_INPUT',
        field: 'convenerId',
      });
      // A partner of the community is not a partner of the street.
      await refused(
        SCHEDULE,
        { ...input, attendees: [{ partnerUnitId: gid('PartnerUnit', w.bank) }] },
        'street',
        {
          code: 'BAD_USER_INPUT',
          field: 'attendees.0.partnerUnitId',
        },
      );
    });

    it('refuses bad input with a code and stores nothing', async () => {
      const bad: [object, { code: string; field?: string }][] = [
        [{ gridId: undefined }, { code: 'BAD_USER_INPUT', field: 'gridId' }],
        [{ gridId: gid('Grid', w.gridA2) }, { code: 'NOT_FOUND' }],
        [{ convenerId: gid('Person', w.personA2) }, { code: 'NOT_FOUND' }],
        [{ venueId: gid('Venue', w.venueStreet) }, { code: 'NOT_FOUND' }],
        [{ attendees: [{ personId: gid('Person', w.personA2) }] }, { code: 'NOT_FOUND' }],
        [
          { attendees: [{ partnerUnitId: gid('PartnerUnit', w.lonely) }] },
          { code: 'BAD_USER_INPUT', field: 'attendees.0.partnerUnitId' },
        ],
        [
          { attendees: [{ partnerUnitId: gid('PartnerUnit', w.ended) }] },
          { code: 'BAD_USER_INPUT', field: 'attendees.0.partnerUnitId' },
        ],
        [
          { attendees: [{ personId: gid('Person', w.resident), partnerUnitId: gid('PartnerUnit', w.bank) }] },
          { code: 'BAD_USER_INPUT', field: 'attendees.0.personId' },
        ],
        [
          { attendees: [{ personId: gid('Person', w.resident), role: 'PARTNER_REPRESENTATIVE' }] },
          { code: 'BAD_USER_INPUT', field: 'attendees.0.role' },
        ],
        [
          { attendees: [{ personId: gid('Person', w.resident) }, { personId: gid('Person', w.resident) }] },
          { code: 'BAD_USER_INPUT', field: 'attendees.1' },
        ],
        [{ kind: 'PARTY_JOINT_MEETING' }, { code: 'BAD_USER_INPUT', field: 'gridId' }],
      ];
      for (const [change, expected] of bad) {
        await refused(SCHEDULE, { ...council(), ...change }, 'adminA1', expected);
      }
      await refused(SCHEDULE, { ...council(), title: '  ' }, 'adminA1', {
        code: 'BAD_USER_INPUT',
        field: 'title',
      });
      await refused(SCHEDULE, { ...council(), agenda: '' }, 'adminA1', {
        code: 'BAD_USER_INPUT',
        field: 'agenda',
      });
    });
  });

  describe('meetingRecordMinutes and meetingCancel', () => {
    it('records minutes only once the meeting has been held (the clock), with who was present', async () => {
      const input = {
        ...council(),
        heldAt: hoursFromNow(1),
        attendees: [{ personId: gid('Person', w.secretary) }, { personId: gid('Person', w.resident) }],
      };
      const { meeting } = ok(await server.gql(SCHEDULE, { input }, as('workerG1'))).meetingSchedule;
      const minutes = { id: meeting.id, minutes: '发现独居老人赵大爷住院，安排网格员探望' };
      await refused(RECORD_MINUTES, minutes, 'workerG1', { code: 'BAD_USER_INPUT', field: 'heldAt' });
      await refused(RECORD_MINUTES, { ...minutes, heldAt: hoursFromNow(2) }, 'workerG1', {
        code: 'BAD_USER_INPUT',
        field: 'heldAt',
      });
      clock.advance(2 * 3600_000);
      const present = [meeting.attendees[0].id];
      const res = ok(
        await server.gql(
          RECORD_MINUTES,
          { input: { ...minutes, presentAttendeeIds: present } },
          as('workerG1'),
        ),
      ).meetingRecordMinutes;
      expect(res.meeting).toMatchObject({
        status: 'HELD',
        minutes: minutes.minutes,
        minutesRecordedAt: clock.now().toISOString(),
        nextActions: ['RECORD_MINUTES', 'ATTENDEE_ADD', 'ATTENDEE_REMOVE', 'DECISION_ADD'],
      });
      expect(res.meeting.attendees.map((a: any) => a.attended)).toEqual([true, false]);
      expect(res.event).toMatchObject({
        action: 'RECORD_MINUTES',
        fromStatus: 'SCHEDULED',
        toStatus: 'HELD',
      });
      // Amended later: still HELD, the amendment recorded.
      const amended = ok(
        await server.gql(
          RECORD_MINUTES,
          { input: { ...minutes, minutes: '补充：已联系家属' } },
          as('adminA1'),
        ),
      ).meetingRecordMinutes;
      expect(amended.meeting.minutes).toBe('补充：已联系家属');
      expect(amended.event).toMatchObject({
        fromStatus: 'HELD',
        toStatus: 'HELD',
        actorRole: 'COMMUNITY_ADMIN',
      });
      expect(amended.meeting.events.map((e: any) => e.action)).toEqual([
        'SCHEDULE',
        'RECORD_MINUTES',
        'RECORD_MINUTES',
      ]);
    });

    it('refuses minutes on a cancelled meeting, empty minutes, strangers’ attendees and other keepers', async () => {
      const meeting = await createMeeting(server.db, { tenant: w.a1, grid: w.g1 });
      const other = await createMeeting(server.db, { tenant: w.a1, grid: w.g1, people: [w.resident] });
      const [stranger] = await server.db.owner.em.fork().find('MeetingAttendee', { meeting: other.id });
      const input = { id: gid('Meeting', meeting), minutes: '纪要' };
      await refused(RECORD_MINUTES, { ...input, minutes: ' ' }, 'adminA1', {
        code: 'BAD_USER_INPUT',
        field: 'minutes',
      });
      await refused(
        RECORD_MINUTES,
        { ...input, presentAttendeeIds: [gid('MeetingAttendee', stranger as never)] },
        'adminA1',
        {
          code: 'BAD_USER_INPUT',
          field: 'presentAttendeeIds.0',
        },
      );
      await refused(RECORD_MINUTES, input, 'adminA2', { code: 'NOT_FOUND' });
      await refused(RECORD_MINUTES, input, 'workerG2', { code: 'FORBIDDEN' });
      await refused(RECORD_MINUTES, input, 'street', { code: 'FORBIDDEN' });
      const cancelled = ok(
        await server.gql(CANCEL, { input: { id: input.id, reason: '台风停课' } }, as('workerG1')),
      ).meetingCancel;
      expect(cancelled.meeting).toMatchObject({
        status: 'CANCELLED',
        cancelReason: '台风停课',
        nextActions: [],
      });
      expect(cancelled.event).toMatchObject({ action: 'CANCEL', note: '台风停课', actorRole: 'GRID_WORKER' });
      const before = await meetingCounts(server);
      const res = await server.gql(RECORD_MINUTES, { input }, as('adminA1'));
      expect(res.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'CANCELLED' });
      expect(await meetingCounts(server)).toEqual(before);
      expect((await storedMeeting(server, meeting.id)).minutes ?? null).toBeNull();
    });

    it('cancels only a scheduled meeting, with a reason', async () => {
      const held = await createMeeting(server.db, { tenant: w.a1, status: MeetingStatus.HELD });
      const scheduled = await createMeeting(server.db, { tenant: w.a1 });
      await refused(CANCEL, { id: gid('Meeting', held), reason: '重复' }, 'adminA1', {
        code: 'INVALID_TRANSITION',
      });
      await refused(CANCEL, { id: gid('Meeting', scheduled), reason: '' }, 'adminA1', {
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
    });

    it('reschedules or renames a scheduled meeting, recording what changed; never a held one', async () => {
      const scheduled = await createMeeting(server.db, { tenant: w.a1 });
      const id = gid('Meeting', scheduled);
      const was = (await storedMeeting(server, scheduled.id)).heldAt.toISOString();
      const later = hoursFromNow(72);
      const res = await server.gql(
        UPDATE,
        { input: { id, heldAt: later, title: '第二网格议事会（改期）' } },
        as('adminA1'),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.meetingUpdate.meeting).toMatchObject({
        title: '第二网格议事会（改期）',
        heldAt: later,
        status: 'SCHEDULED',
      });
      expect(res.data!.meetingUpdate.event).toMatchObject({
        action: 'UPDATE',
        note: `Changed: title, heldAt (was ${was}).`,
      });
      await refused(UPDATE, { id }, 'adminA1', { code: 'BAD_USER_INPUT', field: 'id' });
      await refused(UPDATE, { id, title: ' ' }, 'adminA1', { code: 'BAD_USER_INPUT', field: 'title' });
      await refused(UPDATE, { id, title: '别人的会' }, 'adminA2', { code: 'NOT_FOUND' });
      const held = await createMeeting(server.db, { tenant: w.a1, status: MeetingStatus.HELD });
      await refused(UPDATE, { id: gid('Meeting', held), title: '事后改名' }, 'adminA1', {
        code: 'INVALID_TRANSITION',
      });
    });

    it('lets one of concurrent minutes and cancellation win; the other is INVALID_TRANSITION', async () => {
      for (let round = 0; round < 5; round++) {
        const meeting = await createMeeting(server.db, { tenant: w.a1, grid: w.g1 });
        const id = gid('Meeting', meeting);
        const [a, b] = await Promise.all([
          server.gql(RECORD_MINUTES, { input: { id, minutes: '纪要' } }, as('adminA1')),
          server.gql(CANCEL, { input: { id, reason: '取消' } }, as('workerG1')),
        ]);
        const outcomes = [a, b].map((r) => (r.errors ? r.errors[0].extensions.code : 'OK')).sort();
        expect(outcomes).toEqual(['INVALID_TRANSITION', 'OK']);
        const stored = await storedMeeting(server, meeting.id);
        expect([MeetingStatus.HELD, MeetingStatus.CANCELLED]).toContain(stored.status);
        expect(!!stored.minutes).toBe(stored.status === MeetingStatus.HELD);
      }
    });
  });

  describe('meetingAttendeeAdd and meetingAttendeeRemove', () => {
    it('adds a person or a partner unit once, records it, and removes it again', async () => {
      const meeting = await createMeeting(server.db, { tenant: w.a1, grid: w.g1 });
      const meetingId = gid('Meeting', meeting);
      const added = ok(
        await server.gql(
          ATTENDEE_ADD,
          { input: { meetingId, partnerUnitId: gid('PartnerUnit', w.bank) } },
          as('workerG1'),
        ),
      ).meetingAttendeeAdd;
      expect(added.attendee).toMatchObject({
        role: 'PARTNER_REPRESENTATIVE',
        attended: false,
        partnerUnit: { name: '城关银行' },
      });
      expect(added.event).toMatchObject({ action: 'ATTENDEE_ADD', note: 'PARTNER_REPRESENTATIVE: 城关银行' });
      await refused(ATTENDEE_ADD, { meetingId, partnerUnitId: gid('PartnerUnit', w.bank) }, 'workerG1', {
        code: 'CONFLICT',
      });
      await refused(ATTENDEE_ADD, { meetingId, partnerUnitId: gid('PartnerUnit', w.lonely) }, 'workerG1', {
        code: 'BAD_USER_INPUT',
        field: 'partnerUnitId',
      });
      await refused(
        ATTENDEE_ADD,
        { meetingId, personId: gid('Person', w.resident), attended: true },
        'workerG1',
        {
          code: 'BAD_USER_INPUT',
          field: 'attended',
        },
      );
      await refused(ATTENDEE_ADD, { meetingId, personId: gid('Person', w.resident) }, 'workerG2', {
        code: 'FORBIDDEN',
      });
      await refused(ATTENDEE_ADD, { meetingId, personId: gid('Person', w.resident) }, 'adminA2', {
        code: 'NOT_FOUND',
      });
      await refused(ATTENDEE_REMOVE, { id: added.attendee.id }, 'adminA2', { code: 'NOT_FOUND' });
      const removed = ok(
        await server.gql(ATTENDEE_REMOVE, { input: { id: added.attendee.id } }, as('adminA1')),
      );
      expect(removed.meetingAttendeeRemove.meeting.attendees).toEqual([]);
      expect(removed.meetingAttendeeRemove.event).toMatchObject({
        action: 'ATTENDEE_REMOVE',
        actorRole: 'COMMUNITY_ADMIN',
      });
    });

    it('changes nothing on a cancelled meeting', async () => {
      const meeting = await createMeeting(server.db, {
        tenant: w.a1,
        status: MeetingStatus.CANCELLED,
        people: [w.resident],
      });
      const [attendee] = await server.db.owner.em.fork().find('MeetingAttendee', { meeting: meeting.id });
      await refused(
        ATTENDEE_ADD,
        { meetingId: gid('Meeting', meeting), personId: gid('Person', w.secretary) },
        'adminA1',
        {
          code: 'INVALID_TRANSITION',
        },
      );
      await refused(ATTENDEE_REMOVE, { id: gid('MeetingAttendee', attendee as never) }, 'adminA1', {
        code: 'INVALID_TRANSITION',
      });
    });
  });
});
