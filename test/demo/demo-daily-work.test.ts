import { startTestServer, type TestServer } from '../support/server';
import { loadDemoTenants, type DemoPrincipals } from '../../api/modules/admin/demo-tenants';
import { Case } from '../../api/modules/cases/case.entity';
import { CaseEvent } from '../../api/modules/cases/case-event.entity';
import { CaseMediationAttendee, CaseMediationSession } from '../../api/modules/cases/case-mediation.entity';
import { HouseholdVisit, VisitFinding } from '../../api/modules/care/household-visit.entity';
import { CareSubject } from '../../api/modules/care/care-subject.entity';
import { CareAlert, CareAlertEvent, CareCheckIn } from '../../api/modules/care/care-alert.entity';
import { Meeting } from '../../api/modules/meetings/meeting.entity';
import { MeetingAttendee } from '../../api/modules/meetings/meeting-attendee.entity';
import { MeetingDecision } from '../../api/modules/meetings/meeting-decision.entity';
import { MeetingDecisionLink } from '../../api/modules/meetings/meeting-decision-link.entity';
import { MeetingEvent } from '../../api/modules/meetings/meeting-event.entity';

/**
 * The issue-6 demo data (cases, care rounds, meetings of the seeds) as the demo principals read it
 * over HTTP: the articles' figures, the wall's six sessions, the petition reopened and then
 * accepted, 新城区's council decision acting on the hospitalised resident's case.
 */
interface CaseNode {
  id: string;
  description: string;
  status: string;
  level: string;
  levelEntry: number;
  mediationCount: number;
  petitionerAccepted: boolean | null;
  satisfaction: number | null;
  timeline: {
    kind: string;
    fromStatus: string | null;
    toStatus: string;
    fromLevel: string | null;
    toLevel: string;
    occurredAt: string;
    actorName: string;
    actorRole: string;
  }[];
  mediationSessions: { sequence: number; outcome: string; partnerUnits: { name: string }[] }[];
}

describe('demo data: cases, care rounds and meetings', () => {
  let server: TestServer;
  let principals: DemoPrincipals;
  const integrator = (district: string) =>
    principals.integrators.find((i) => i.district === district)!.apiKey;
  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await server.gql(query, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const communityId = async (name: string, token: string): Promise<string> => {
    const data = await ok(`{ communities(first: 50) { edges { node { id name } } } }`, {}, token);
    return data.communities.edges.find((e: { node: { name: string } }) => e.node.name === name).node.id;
  };
  const login = async (username: string) => {
    const user = principals.users.find((u) => u.username === username)!;
    const data = await ok(
      `mutation($i: SessionCreateInput!) { sessionCreate(input: $i) { token } }`,
      { i: { username, password: user.password } },
      '',
    );
    return data.sessionCreate.token as string;
  };
  type Row = { tenant: { name: string }; category: string; status: string; level: string; count: number };
  const stats = async (token: string, tenantId?: string) =>
    (
      await ok(
        `query($t: ID) { caseStats(tenantId: $t) { total overdue rows { tenant { name } category status level count } } }`,
        { t: tenantId },
        token,
      )
    ).caseStats as { total: number; overdue: number; rows: Row[] };
  const CASE = `id category status level levelEntry mediationCount petitionerAccepted satisfaction
    timeline { kind fromStatus toStatus fromLevel toLevel occurredAt actorName actorRole }
    mediationSessions { sequence outcome partnerUnits { name } }`;
  const casesOf = async (token: string, vars: Record<string, unknown>) => {
    const data = await ok(
      `query($c: ID, $k: CaseCategory, $s: CaseStatus) {
        cases(first: 100, communityId: $c, category: $k, status: $s) { totalCount edges { node { ${CASE} description } } } }`,
      vars,
      token,
    );
    return data.cases as { totalCount: number; edges: { node: CaseNode }[] };
  };

  beforeAll(async () => {
    server = await startTestServer();
    principals = (await loadDemoTenants(server.db)).principals;
  }, 120_000);
  afterAll(() => server.close());

  it('is idempotent for every new table, and issues the doorbell and probe keys once', async () => {
    const tables = [
      Case,
      CaseEvent,
      CaseMediationSession,
      CaseMediationAttendee,
      HouseholdVisit,
      VisitFinding,
      CareSubject,
      CareCheckIn,
      CareAlert,
      CareAlertEvent,
      Meeting,
      MeetingAttendee,
      MeetingDecision,
      MeetingDecisionLink,
      MeetingEvent,
    ];
    const counts = () => {
      const em = server.db.owner.em.fork();
      return Promise.all(tables.map((t) => em.count(t as never, {})));
    };
    const before = await counts();
    expect(before.every((n) => n > 0)).toBe(true);
    expect(principals.devices.map((d) => [d.community, d.name, d.role]).sort()).toEqual([
      ['新城区社区', '小蜜蜂驿站随手拍', 'MOBILE_PROBE'],
      ['狮子山社区', '幸福门铃网关', 'DEVICE'],
    ]);
    const again = await loadDemoTenants(server.db);
    expect(await counts()).toEqual(before);
    expect(again.principals.devices).toHaveLength(0);
  }, 120_000);

  it('caseStats: 35 settled in 绿云, 42 disputes and 28 requests in 狮子山, 30+ in 跃进, all closed', async () => {
    const erqi = await stats(integrator('二七区'));
    expect(erqi).toMatchObject({ total: 35, overdue: 0 });
    expect(erqi.rows.every((r) => r.status === 'CLOSED' && r.tenant.name === '绿云社区')).toBe(true);

    const tianxin = await stats(integrator('天心区'));
    const szs = tianxin.rows.filter((r) => r.tenant.name === '狮子山社区');
    const sum = (rows: Row[]) => rows.reduce((n, r) => n + r.count, 0);
    expect(sum(szs.filter((r) => r.category === 'RESIDENT_REQUEST'))).toBe(28);
    expect(sum(szs.filter((r) => !['RESIDENT_REQUEST', 'PETITION'].includes(r.category)))).toBe(42);
    expect(szs.filter((r) => r.status !== 'CLOSED')).toEqual([]);
    // the petition was settled at the street, the wall at the community
    expect(szs.find((r) => r.category === 'PETITION')).toMatchObject({ level: 'STREET', count: 1 });
    expect(szs.find((r) => r.category === 'ILLEGAL_CONSTRUCTION')).toMatchObject({ level: 'COMMUNITY' });

    const baoshan = await stats(integrator('宝山区'));
    expect(baoshan.total).toBeGreaterThanOrEqual(30);
    expect(new Set(baoshan.rows.map((r) => r.tenant.name)).size).toBe(5);
    // the street's subtree alone gives the same figure
    const token = await login('yuejin.admin');
    const street = await ok(
      `{ tenants: communities(first: 10) { edges { node { parent { id } } } } }`,
      {},
      token,
    );
    const streetId = street.tenants.edges[0].node.parent.id;
    expect((await stats(integrator('宝山区'), streetId)).total).toBe(baoshan.total);
  });

  it('the boundary wall: escalated GRID → COMMUNITY, six sessions with the partners, closed with 5', async () => {
    const token = integrator('天心区');
    const szs = await communityId('狮子山社区', token);
    const list = await casesOf(token, { c: szs, k: 'ILLEGAL_CONSTRUCTION' });
    expect(list.totalCount).toBe(1);
    const wall = list.edges[0].node;
    expect(wall).toMatchObject({ status: 'CLOSED', level: 'COMMUNITY', mediationCount: 6, satisfaction: 5 });
    expect(wall.mediationSessions.map((s) => s.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(wall.mediationSessions[5].outcome).toBe('AGREEMENT');
    expect(wall.mediationSessions[0].partnerUnits.length).toBeGreaterThan(0);
    expect(wall.timeline.map((e) => e.kind)).toEqual([
      'REPORTED',
      'ACCEPTED',
      'ESCALATED',
      'ASSIGNED',
      ...Array(6).fill('MEDIATION_SESSION'),
      'RESOLVED',
      'CLOSED',
    ]);
    expect(wall.timeline[2]).toMatchObject({ fromLevel: 'GRID', toLevel: 'COMMUNITY' });
  });

  it('the petition: escalated to the street, REOPENED in July, CLOSED with the petitioner accepting in October', async () => {
    const token = await login('jinpenling.admin');
    const list = await casesOf(token, { k: 'PETITION' });
    expect(list.totalCount).toBe(1);
    const p = list.edges[0].node;
    expect(p).toMatchObject({ status: 'CLOSED', level: 'STREET', petitionerAccepted: true, satisfaction: 5 });
    const reopened = p.timeline.find((e) => e.kind === 'REOPENED')!;
    const closed = p.timeline.filter((e) => e.kind === 'CLOSED');
    expect(reopened).toMatchObject({
      toStatus: 'IN_PROGRESS',
      actorRole: 'STREET_ADMIN',
      actorName: '欧阳明轩',
    });
    expect(reopened.occurredAt.slice(0, 7)).toBe('2024-07');
    expect(closed).toHaveLength(1);
    expect(closed[0].occurredAt.slice(0, 7)).toBe('2024-10');
    expect(p.levelEntry).toBe(4); // grid, community, street, and the street again after reopening
  });

  it('狮子山: 480 visits, findings that opened cases read both ways; 18 enrolled; 4 alerts closed with outcomes', async () => {
    const token = integrator('天心区');
    const szs = await communityId('狮子山社区', token);
    const visits = await ok(
      `query($c: ID) { householdVisits(first: 1, communityId: $c) { totalCount } }`,
      { c: szs },
      token,
    );
    expect(visits.householdVisits.totalCount).toBe(480);
    const requests = await casesOf(token, { c: szs, k: 'PROPERTY_MANAGEMENT_DISPUTE' });
    const opened = await ok(
      `query($id: ID!) { case(id: $id) { originType visitFindings { kind visit { purpose } case { id } } } }`,
      { id: requests.edges[0].node.id },
      token,
    );
    expect(opened.case.originType).toBe('HouseholdVisit');
    expect(opened.case.visitFindings[0].case.id).toBe(requests.edges[0].node.id);

    const subjects = await ok(
      `query($c: ID) { careSubjects(first: 1, communityId: $c) { totalCount } }`,
      { c: szs },
      token,
    );
    expect(subjects.careSubjects.totalCount).toBe(18);
    const alerts = await ok(
      `query($c: ID) { careAlerts(first: 20, communityId: $c, status: [CLOSED]) { totalCount edges { node {
        day status outcome findings escalatedAt events { action toStatus actorRole } } } } }`,
      { c: szs },
      token,
    );
    expect(alerts.careAlerts.totalCount).toBe(4);
    const nodes = alerts.careAlerts.edges.map((e: { node: unknown }) => e.node);
    for (const a of nodes) {
      expect(a.events[0]).toMatchObject({ action: 'RAISE', actorRole: 'SYSTEM' });
      expect(a.events.at(-1)).toMatchObject({ action: 'CLOSE', toStatus: 'CLOSED' });
      expect(a.outcome).toBeTruthy();
    }
    expect(
      nodes.some((a: { events: { action: string }[] }) => a.events.some((e) => e.action === 'ESCALATE')),
    ).toBe(true);
  });

  it('狮子山 meetings: 4 joint meetings and 25 consultations, held', async () => {
    const token = integrator('天心区');
    const data = await ok(`{ meetingStats { byKind { kind total held } } }`, {}, token);
    const byKind = Object.fromEntries(
      data.meetingStats.byKind.map((k: { kind: string; total: number; held: number }) => [k.kind, k]),
    );
    expect(byKind.PARTY_JOINT_MEETING).toMatchObject({ total: 4, held: 4 });
    expect(byKind.CONSULTATION).toMatchObject({ total: 25, held: 25 });
  });

  it('新城区: the 11 November council’s decision acts on the temporary-aid case opened from a visit', async () => {
    const token = integrator('永登县');
    const data = await ok(
      `{ meetings(first: 50, kind: GRID_COUNCIL) { totalCount edges { node { heldAt minutes
         decisions { text status links { case { category source status originType } } } } } } }`,
      {},
      token,
    );
    expect(data.meetings.totalCount).toBe(11);
    const council = data.meetings.edges
      .map((e: { node: { heldAt: string } }) => e.node)
      .find((m: { heldAt: string }) => m.heldAt.startsWith('2024-11-11'));
    const linked = council.decisions.flatMap((d: { links: { case: unknown }[] }) =>
      d.links.map((l) => l.case),
    );
    expect(linked).toEqual([
      { category: 'RESIDENT_REQUEST', source: 'VISIT', status: 'CLOSED', originType: 'HouseholdVisit' },
    ]);
    const checkIns = await ok(
      `{ careSubjects(first: 5) { totalCount edges { node { lastCheckIn { channel recordedByRole } } } } }`,
      {},
      token,
    );
    expect(checkIns.careSubjects.totalCount).toBe(1);
    expect(checkIns.careSubjects.edges[0].node.lastCheckIn).toMatchObject({
      channel: 'VISIT',
      recordedByRole: 'GRID_WORKER',
    });
  });
});
