import { MeetingKind, MeetingStatus } from '../../api/modules/meetings/meeting.enums';
import { Meeting } from '../../api/modules/meetings/meeting.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createMeeting } from '../factories/meetings';
import { codeOf, gid, MEETING_QUERY, MEETINGS, NODE, ok, STATS } from './operations';
import { buildMeetingWorld, type MeetingWorld } from './world';

/**
 * Who reads which meetings (isolation between sibling communities, the street and the district
 * above, partners only where their unit attended), the list's filters and pages, node(id:), and
 * meetingStats over a tenant's subtree.
 */
describe('reading meetings', () => {
  let server: TestServer;
  let w: MeetingWorld;
  const as = (who: keyof MeetingWorld['tokens']) => ({ token: w.tokens[who] });
  const day = (d: number) => new Date(Date.UTC(2026, 0, d, 2));
  const titles = (res: any) => res.meetings.edges.map((e: any) => e.node.title).sort();

  beforeAll(async () => {
    server = await startTestServer();
    w = await buildMeetingWorld(server);
    const { a1, g1, g2, tree } = w;
    await createMeeting(server.db, {
      tenant: a1,
      grid: g1,
      title: 'A1-G1周议事会',
      heldAt: day(5),
      status: MeetingStatus.HELD,
      people: [w.secretary],
    });
    await createMeeting(server.db, {
      tenant: a1,
      grid: g2,
      title: 'A1-G2周议事会',
      heldAt: day(12),
      status: MeetingStatus.CANCELLED,
    });
    await createMeeting(server.db, {
      tenant: a1,
      kind: MeetingKind.PARTY_JOINT_MEETING,
      title: 'A1联席会',
      heldAt: day(15),
      status: MeetingStatus.HELD,
      units: [w.bank],
      people: [w.secretary],
      decisions: [{ text: '银行捐助轮椅', responsible: w.secretary }],
    });
    await createMeeting(server.db, {
      tenant: a1,
      title: 'A1协商1',
      heldAt: day(20),
      status: MeetingStatus.HELD,
    });
    await createMeeting(server.db, { tenant: a1, title: 'A1协商2', heldAt: day(25) });
    await createMeeting(server.db, {
      tenant: tree.communityA2,
      title: 'A2协商',
      heldAt: day(6),
      status: MeetingStatus.HELD,
    });
    await createMeeting(server.db, {
      tenant: tree.communityB1,
      title: 'B1协商',
      heldAt: day(7),
      status: MeetingStatus.HELD,
    });
    await createMeeting(server.db, {
      tenant: tree.streetA,
      kind: MeetingKind.PARTY_JOINT_MEETING,
      title: '街道联席会',
      heldAt: day(8),
    });
  });
  afterAll(() => server.close());

  it('keeps sibling communities apart and shows the street and district their subtree', async () => {
    expect(titles(ok(await server.gql(MEETINGS, {}, as('adminA1'))))).toEqual(
      ['A1-G1周议事会', 'A1-G2周议事会', 'A1协商1', 'A1协商2', 'A1联席会'].sort(),
    );
    expect(titles(ok(await server.gql(MEETINGS, {}, as('adminA2'))))).toEqual(['A2协商']);
    expect(titles(ok(await server.gql(MEETINGS, {}, as('street'))))).toHaveLength(7);
    const all = ok(await server.gql(MEETINGS, {}, as('integrator')));
    expect(all.meetings.totalCount).toBe(8);
    const [a1Meeting] = await server.db.owner.em.fork().find(Meeting, { title: 'A1协商1' });
    expect(codeOf(await server.gql(MEETING_QUERY, { id: gid('Meeting', a1Meeting) }, as('adminA2')))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await server.gql(MEETINGS, {}, as('resident')))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(MEETINGS, {}))).toBe('UNAUTHENTICATED');
  });

  it('filters by kind, status, grid, tenant and period, and pages in a stable order', async () => {
    const q = (vars: Record<string, unknown>) => server.gql(MEETINGS, vars, as('adminA1'));
    expect(titles(ok(await q({ kind: 'GRID_COUNCIL' })))).toEqual(['A1-G1周议事会', 'A1-G2周议事会']);
    expect(titles(ok(await q({ status: 'HELD', kind: 'CONSULTATION' })))).toEqual(['A1协商1']);
    expect(titles(ok(await q({ gridId: gid('Grid', w.g2) })))).toEqual(['A1-G2周议事会']);
    expect(titles(ok(await q({ from: day(12).toISOString(), to: day(21).toISOString() })))).toEqual(
      ['A1-G2周议事会', 'A1协商1', 'A1联席会'].sort(),
    );
    expect(codeOf(await q({ gridId: gid('Grid', w.gridA2) }))).toBe('NOT_FOUND');
    expect(codeOf(await q({ tenantId: gid('Tenant', w.tree.communityA2) }))).toBe('NOT_FOUND');
    expect(codeOf(await q({ from: day(20).toISOString(), to: day(10).toISOString() }))).toBe(
      'BAD_USER_INPUT',
    );
    const street = (vars: Record<string, unknown>) => server.gql(MEETINGS, vars, as('street'));
    expect(titles(ok(await street({ tenantId: gid('Tenant', w.tree.streetA) })))).toEqual(['街道联席会']);
    const first = ok(await q({ first: 2 }));
    expect(first.meetings).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const rest = ok(await q({ first: 10, after: first.meetings.pageInfo.endCursor }));
    const seen = [...first.meetings.edges, ...rest.meetings.edges].map((e: any) => e.node.id);
    expect(new Set(seen).size).toBe(5);
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect(ok(await q({ updatedSince: future })).meetings.totalCount).toBe(0);
  });

  it('shows a partner only the meetings its unit attended, without the people', async () => {
    const bank = ok(await server.gql(MEETINGS, {}, as('bank')));
    expect(titles(bank)).toEqual(['A1联席会']);
    const id = bank.meetings.edges[0].node.id;
    const meeting = ok(await server.gql(MEETING_QUERY, { id }, as('bank'))).meeting;
    expect(meeting.attendees.map((a: any) => [a.role, a.person, a.partnerUnit?.name ?? null])).toEqual([
      ['CHAIR', null, null],
      ['PARTNER_REPRESENTATIVE', null, '城关银行'],
    ]);
    expect(meeting.decisions).toEqual([expect.objectContaining({ text: '银行捐助轮椅', responsible: null })]);
    expect(ok(await server.gql(MEETINGS, {}, as('lonely'))).meetings.totalCount).toBe(0);
    const [other] = await server.db.owner.em.fork().find(Meeting, { title: 'A1协商1' });
    expect(codeOf(await server.gql(MEETING_QUERY, { id: gid('Meeting', other) }, as('bank')))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await server.gql(STATS, {}, as('bank')))).toBe('FORBIDDEN');
  });

  it('masks people for the street and the district, and refetches by node(id:)', async () => {
    const list = ok(await server.gql(MEETINGS, { kind: 'PARTY_JOINT_MEETING' }, as('integrator')));
    const joint = list.meetings.edges.find((e: any) => e.node.title === 'A1联席会').node;
    const meeting = ok(await server.gql(MEETING_QUERY, { id: joint.id }, as('integrator'))).meeting;
    expect(meeting.attendees[0].person.name).toBe('马**');
    expect(meeting.attendees[1].representativeName).toBe('李**');
    expect(ok(await server.gql(NODE, { id: joint.id }, as('street'))).node).toEqual({
      id: joint.id,
      __typename: 'Meeting',
    });
    expect(codeOf(await server.gql(NODE, { id: joint.id }, as('adminA2')))).toBe('NOT_FOUND');
  });

  it('counts meetings per kind and tenant for a tenant’s subtree and a period', async () => {
    const a1 = ok(await server.gql(STATS, { tenantId: gid('Tenant', w.a1) }, as('integrator'))).meetingStats;
    expect(a1.byKind).toEqual([
      { kind: 'GRID_COUNCIL', total: 2, held: 1, scheduled: 0, cancelled: 1 },
      { kind: 'PARTY_JOINT_MEETING', total: 1, held: 1, scheduled: 0, cancelled: 0 },
      { kind: 'CONSULTATION', total: 2, held: 1, scheduled: 1, cancelled: 0 },
    ]);
    const street = ok(
      await server.gql(STATS, { tenantId: gid('Tenant', w.tree.streetA) }, as('integrator')),
    ).meetingStats;
    expect(street.byTenant.map((t: any) => t.tenant.name).sort()).toEqual(
      ['甲一社区', '甲二社区', '甲街道'].sort(),
    );
    expect(street.byKind.find((k: any) => k.kind === 'CONSULTATION')).toMatchObject({ total: 3, held: 2 });
    const district = ok(await server.gql(STATS, {}, as('integrator'))).meetingStats;
    expect(district.byTenant).toHaveLength(4);
    const period = ok(
      await server.gql(STATS, { from: day(1).toISOString(), to: day(10).toISOString() }, as('integrator')),
    ).meetingStats;
    expect(period.byKind.reduce((n: number, k: any) => n + k.total, 0)).toBe(4);
    expect(
      codeOf(await server.gql(STATS, { tenantId: gid('Tenant', w.tree.communityA2) }, as('adminA1'))),
    ).toBe('NOT_FOUND');
    const own = ok(await server.gql(STATS, {}, as('adminA1'))).meetingStats;
    expect(own.byTenant.map((t: any) => t.tenant.name)).toEqual(['甲一社区']);
  });
});
