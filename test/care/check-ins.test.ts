import { ManualClock } from '../../api/core/clock';
import { maskName } from '../../api/core/privacy/masking';
import { inTenantTransaction } from '../../api/core/jobs';
import { CareCheckIn } from '../../api/modules/care/care-alert.entity';
import { sweepTenant } from '../../api/modules/care/care-alert.steps';
import { startTestServer, type TestServer } from '../support/server';
import { buildWorld, enrolInput, gid, type World } from './world';
import { ALERTS, CHECK_IN, CHECK_INS, ENROL, SETTINGS_UPDATE, SUBJECTS, UPDATE_SUBJECT } from './operations';

/** Enrolment in the daily greeting (每日一问候) and check-ins by doorbell, phone and visit. */
describe('the daily greeting: enrolment and check-ins', () => {
  let server: TestServer;
  let w: World;
  const clock = new ManualClock('2026-12-01T01:00:00Z'); // 09:00 in China
  const em = () => server.db.owner.em.fork();
  const checkIns = () => em().count(CareCheckIn, {});

  async function enrol(extra: Record<string, unknown> = {}, token = w.tokens.workerG1) {
    const person = await w.person();
    const r = await server.gql(ENROL, { input: enrolInput(w, person, extra) }, { token });
    return { r, person, id: r.data?.careSubjectEnrol.subject.id as string };
  }

  const checkIn = (subjectId: string, channel: string, token: string) =>
    server.gql(CHECK_IN, { input: { subjectId, channel, note: '声音洪亮' } }, { token });

  beforeAll(async () => {
    server = await startTestServer({ clock });
    w = await buildWorld(server);
  });
  afterAll(() => server.close());
  beforeEach(() => clock.set('2026-12-01T01:00:00Z'));

  it('enrols a person of the grid with the community defaults', async () => {
    const { r, person } = await enrol();
    expect(r.errors).toBeUndefined();
    expect(r.data!.careSubjectEnrol.subject).toMatchObject({
      checkInBy: '10:00',
      activeFrom: '2026-12-01',
      activeUntil: null,
      ackWindowMinutes: null,
      person: { name: maskName(person.name) },
      grid: { id: gid('Grid', w.grid1) },
    });
  });

  it('refuses a second enrolment, another grid, a sibling community and bad times', async () => {
    const { person } = await enrol();
    const again = await server.gql(ENROL, { input: enrolInput(w, person) }, { token: w.tokens.adminA1 });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const p2 = await w.person();
    const otherGrid = await server.gql(
      ENROL,
      { input: enrolInput(w, p2, { microGridId: gid('MicroGrid', w.mg2) }) },
      { token: w.tokens.workerG1 },
    );
    expect(otherGrid.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const sibling = await server.gql(ENROL, { input: enrolInput(w, p2) }, { token: w.tokens.workerA2 });
    expect(sibling.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const time = await server.gql(
      ENROL,
      { input: enrolInput(w, p2, { checkInBy: '25:00' }) },
      { token: w.tokens.workerG1 },
    );
    expect(time.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const period = await server.gql(
      ENROL,
      { input: enrolInput(w, p2, { activeFrom: '2026-12-05', activeUntil: '2026-12-01' }) },
      { token: w.tokens.workerG1 },
    );
    expect(period.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activeUntil' });
    const subjects = await server.gql(SUBJECTS, { first: 100 }, { token: w.tokens.adminA1 });
    const names = subjects.data!.careSubjects.edges.length;
    expect(subjects.data!.careSubjects.totalCount).toBe(names);
    const sib = await server.gql(SUBJECTS, {}, { token: w.tokens.adminA2 });
    expect(sib.data!.careSubjects.totalCount).toBe(0);
  });

  it('records a doorbell check-in from a device of the community, for today in China', async () => {
    const { id } = await enrol();
    clock.set('2026-12-01T15:59:00Z'); // 23:59 in China, still 1 December
    const r = await checkIn(id, 'DOORBELL', w.tokens.deviceA1);
    expect(r.errors).toBeUndefined();
    expect(r.data!.careCheckInRecord).toMatchObject({
      checkIn: {
        day: '2026-12-01',
        channel: 'DOORBELL',
        recordedByRole: 'DEVICE',
        recordedByName: '嵩山路1号智能门铃',
      },
      closedAlert: null,
    });
    const list = await server.gql(CHECK_INS, { subjectId: id }, { token: w.tokens.workerG1 });
    expect(list.data!.careCheckIns.totalCount).toBe(1);
  });

  it('refuses a check-in from a device of another community: NOT_FOUND, nothing stored', async () => {
    const { id } = await enrol();
    const before = await checkIns();
    const r = await checkIn(id, 'DOORBELL', w.tokens.deviceA2);
    expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(r.errors?.[0].message).toContain('CareSubject');
    expect(await checkIns()).toBe(before);
  });

  it('lets a device record DOORBELL only, and nothing but check-ins', async () => {
    const { id } = await enrol();
    const before = await checkIns();
    const phone = await checkIn(id, 'PHONE', w.tokens.deviceA1);
    expect(phone.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'channel' });
    const read = await server.gql(SUBJECTS, {}, { token: w.tokens.deviceA1 });
    expect(read.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const enrolByDevice = await server.gql(
      ENROL,
      { input: enrolInput(w, w.elder) },
      { token: w.tokens.deviceA1 },
    );
    expect(enrolByDevice.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const bad = await checkIn('not-an-id', 'DOORBELL', w.tokens.deviceA1);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    expect(await checkIns()).toBe(before);
  });

  it('lets the grid worker record PHONE or VISIT in its grid only', async () => {
    const { id } = await enrol();
    const ok = await checkIn(id, 'PHONE', w.tokens.workerG1);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.careCheckInRecord.checkIn).toMatchObject({
      channel: 'PHONE',
      recordedByRole: 'GRID_WORKER',
    });
    const before = await checkIns();
    expect((await checkIn(id, 'VISIT', w.tokens.workerG2)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await checkIn(id, 'VISIT', w.tokens.streetA)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await checkIn(id, 'VISIT', w.tokens.residentA1)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const doorbell = await checkIn(id, 'DOORBELL', w.tokens.workerG1);
    expect(doorbell.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'channel' });
    expect(await checkIns()).toBe(before);
  });

  it('closes the day’s open alert as SAFE on a staff check-in, but not on a doorbell press', async () => {
    const { id } = await enrol();
    clock.set('2026-12-01T02:05:00Z'); // 10:05: the 10:00 check-in was missed
    await inTenantTransaction(server.db.owner, w.tree.communityA1.id, (tx) => sweepTenant(tx, clock));
    const raised = await server.gql(ALERTS, { status: ['RAISED'] }, { token: w.tokens.workerG1 });
    const alert = raised.data!.careAlerts.edges.find(
      (e: { node: { subject: { id: string } } }) => e.node.subject.id === id,
    ).node;
    expect(alert).toMatchObject({
      day: '2026-12-01',
      status: 'RAISED',
      availableActions: ['ACKNOWLEDGE', 'CLOSE'],
    });
    const bell = await checkIn(id, 'DOORBELL', w.tokens.deviceA1);
    expect(bell.data!.careCheckInRecord.closedAlert).toBeNull();
    const call = await checkIn(id, 'PHONE', w.tokens.workerG1);
    expect(call.errors).toBeUndefined();
    expect(call.data!.careCheckInRecord.closedAlert).toEqual({
      id: alert.id,
      status: 'CLOSED',
      outcome: 'SAFE',
    });
  });

  it('takes the community’s settings for new enrolments, and changes an enrolment', async () => {
    const denied = await server.gql(
      SETTINGS_UPDATE,
      { input: { defaultCheckInBy: '08:30' } },
      { token: w.tokens.workerG1 },
    );
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const s = await server.gql(
      SETTINGS_UPDATE,
      { input: { defaultCheckInBy: '08:30', ackWindowMinutes: 30 } },
      { token: w.tokens.adminA1 },
    );
    expect(s.data!.careSettingsUpdate.settings).toEqual({ defaultCheckInBy: '08:30', ackWindowMinutes: 30 });
    const { r, id } = await enrol();
    expect(r.data!.careSubjectEnrol.subject.checkInBy).toBe('08:30');
    const u = await server.gql(
      UPDATE_SUBJECT,
      { input: { id, checkInBy: '09:15', ackWindowMinutes: 45, activeUntil: '2026-12-31' } },
      { token: w.tokens.workerG1 },
    );
    expect(u.errors).toBeUndefined();
    expect(u.data!.careSubjectUpdate.subject).toEqual({
      id,
      checkInBy: '09:15',
      ackWindowMinutes: 45,
      activeUntil: '2026-12-31',
    });
    const other = await server.gql(
      UPDATE_SUBJECT,
      { input: { id, checkInBy: '09:00' } },
      { token: w.tokens.workerG2 },
    );
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
    await server.gql(
      SETTINGS_UPDATE,
      { input: { defaultCheckInBy: '10:00', ackWindowMinutes: 60 } },
      { token: w.tokens.adminA1 },
    );
  });
});
