import { startTestServer, type TestServer } from '../support/server';
import { loadDemoTenants, type DemoPrincipals } from '../../api/modules/admin/demo-tenants';
import { Team } from '../../api/modules/teams/team.entity';
import { TeamMember } from '../../api/modules/teams/team-member.entity';
import { TeamEvent } from '../../api/modules/teams/team-event.entity';
import { PersonSkill } from '../../api/modules/teams/person-skill.entity';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { Partnership } from '../../api/modules/partners/partnership.entity';
import { Programme } from '../../api/modules/projects/programme.entity';
import { SubProject } from '../../api/modules/projects/sub-project.entity';
import { IndicatorMeasurement } from '../../api/modules/projects/indicator.entity';
import { Venue } from '../../api/modules/venues/venue.entity';
import { VenueSpace } from '../../api/modules/venues/venue-space.entity';
import { MicroWish } from '../../api/modules/wishes/micro-wish.entity';
import { WishEvent } from '../../api/modules/wishes/wish-event.entity';
import { HouseholdFile } from '../../api/modules/households/household-file.entity';
import { HouseholdEvent } from '../../api/modules/households/household-event.entity';

/**
 * The issue-4 demo data (teams, programmes, partners, venues of the seeds) as the demo
 * principals see it over HTTP: the figures the articles quote come back from the API.
 */
describe('demo data: teams, programmes, partners and venues', () => {
  let server: TestServer;
  let principals: DemoPrincipals;
  const integrator = (district: string) =>
    principals.integrators.find((i) => i.district === district)!.apiKey;
  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await server.gql(query, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const tenantId = async (name: string, token: string): Promise<string> => {
    const data = await ok(`{ communities(first: 50) { edges { node { id name } } } }`, {}, token);
    return data.communities.edges.find((e: { node: { name: string } }) => e.node.name === name).node.id;
  };

  beforeAll(async () => {
    server = await startTestServer();
    principals = (await loadDemoTenants(server.db)).principals;
  });
  afterAll(() => server.close());

  it('is idempotent for every new table, and issues the partner keys once', async () => {
    const tables = [
      Team,
      TeamMember,
      TeamEvent,
      PersonSkill,
      PartnerUnit,
      Partnership,
      Programme,
      SubProject,
    ];
    const counts = async () => {
      const em = server.db.owner.em.fork();
      const all = [
        ...tables,
        IndicatorMeasurement,
        Venue,
        VenueSpace,
        MicroWish,
        WishEvent,
        HouseholdFile,
        HouseholdEvent,
      ];
      return Promise.all(all.map((t) => em.count(t as never, {})));
    };
    const before = await counts();
    expect(before.every((n) => n > 0)).toBe(true);
    expect(principals.partners.length).toBeGreaterThanOrEqual(3);
    const again = await loadDemoTenants(server.db);
    expect(await counts()).toEqual(before);
    expect(again.principals.partners).toHaveLength(0);
  });

  it('绿云: 16 teams plus self-organisations; 巧厨娘 grew from 8 to 60 and its conversion is on record', async () => {
    const token = integrator('二七区');
    const lvyun = await tenantId('绿云社区', token);
    const data = await ok(
      `query($t: ID) { teams(tenantId: $t, first: 50) { totalCount edges { node {
         name kind founded: memberCount(on: "2020-02-10") now: memberCount(on: "2024-12-01")
         events { kind fromValue toValue occurredOn } leader { name } } } } }`,
      { t: lvyun },
      token,
    );
    const teams = data.teams.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(teams.filter((t: { kind: string }) => t.kind !== 'MASS_SELF_ORGANISATION')).toHaveLength(16);
    const cooks = teams.find((t: { name: string }) => t.name === '巧厨娘志愿服务队');
    expect(cooks).toMatchObject({ kind: 'SOCIAL_ENTERPRISE', founded: 8, now: 60 });
    expect(cooks.events.map((e: { kind: string }) => e.kind)).toEqual(['FOUNDED', 'KIND_CHANGED']);
    expect(cooks.events[1]).toMatchObject({ fromValue: 'VOLUNTEER', toValue: 'SOCIAL_ENTERPRISE' });
    expect(cooks.leader.name).toContain('*');
  });

  it('绿云: 点点爱 holds 7 projects and 23 sub-projects; 24 merchants accept points, contacts masked', async () => {
    const token = integrator('二七区');
    const lvyun = await tenantId('绿云社区', token);
    const data = await ok(
      `query($t: ID) {
         programmes(tenantId: $t, first: 5) { edges { node { name projectCount subProjectCount
           projects { name subProjects { name leadTeam { name } } } } } }
         partnerships(tenantId: $t, acceptsPoints: true, first: 50) { totalCount edges { node { contactPhone partnerUnit { kind } } } }
       }`,
      { t: lvyun },
      token,
    );
    const [programme] = data.programmes.edges.map((e: { node: unknown }) => e.node);
    expect(programme).toMatchObject({ name: '点点爱网格治理项目', projectCount: 7, subProjectCount: 23 });
    const subs = programme.projects.flatMap((p: { subProjects: unknown[] }) => p.subProjects);
    expect(subs.find((s: { name: string }) => s.name === '巧厨娘便民食堂').leadTeam.name).toBe(
      '巧厨娘志愿服务队',
    );
    expect(data.partnerships.totalCount).toBe(24);
    for (const { node } of data.partnerships.edges) {
      expect(node.partnerUnit.kind).toBe('MERCHANT');
      expect(node.contactPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
  });

  it('跃进: 移动之家 rotates its five fields weekly; 旧物集市 and 暖心驿站 report 157 items and 12 sessions', async () => {
    const token = integrator('宝山区');
    const data = await ok(
      `{ subProjects(first: 20) { edges { node { name leadTeam { name theme }
           serviceDates(from: "2024-03-04", to: "2024-04-07") { date field }
           indicators { name actual target } } } } }`,
      {},
      token,
    );
    const subs = data.subProjects.edges.map((e: { node: Record<string, never> }) => e.node);
    expect(subs.map((s: { name: string }) => s.name).sort()).toEqual(
      ['旧物集市', '暖心驿站', '爱心课堂', '移动之家'].sort(),
    );
    const mobile = subs.find((s: { name: string }) => s.name === '移动之家');
    expect(mobile.serviceDates).toEqual([
      { date: '2024-03-04', field: '理发' },
      { date: '2024-03-11', field: '理疗' },
      { date: '2024-03-18', field: '家政' },
      { date: '2024-03-25', field: '诊所医疗' },
      { date: '2024-04-01', field: '心理咨询' },
    ]);
    const actual = (sp: string, name: string) =>
      subs
        .find((s: { name: string }) => s.name === sp)
        .indicators.find((i: { name: string }) => i.name === name).actual;
    expect(actual('旧物集市', '交换物品')).toBe(157);
    expect(actual('暖心驿站', '流动课堂')).toBe(12);
    const themes = subs.map((s: { leadTeam: { theme: string | null } }) => s.leadTeam.theme).filter(Boolean);
    expect(themes).toEqual(expect.arrayContaining(['WARM_ORANGE', 'ECO_GREEN', 'GUARDIAN_BLUE']));
  });

  it("狮子山: 幸福来敲门 sits in 金盆岭's programme; a partner key sees exactly the community it partners with", async () => {
    const token = integrator('天心区');
    const data = await ok(
      `{ programmes(first: 5) { edges { node { name owner { name } projects { name owner { name } subProjectCount } } } } }`,
      {},
      token,
    );
    const programme = data.programmes.edges[0].node;
    expect(programme).toMatchObject({ name: '爱心天心 金福工程', owner: { name: '金盆岭街道' } });
    expect(programme.projects).toEqual([
      { name: '幸福来敲门', owner: { name: '狮子山社区' }, subProjectCount: 4 },
    ]);

    const partner = principals.partners.find((p) => p.partnerUnit === '湖南省第二工程有限公司')!;
    const mine = await ok(`{ myPartnerTenants(first: 10) { edges { node { name } } } }`, {}, partner.apiKey);
    expect(mine.myPartnerTenants.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      '狮子山社区',
    ]);
  });

  it('城南 and 新城区: the safe-community station has four zones, the 小蜜蜂 station never closes, rooms can be booked', async () => {
    const zherong = await ok(
      `{ venues(kind: SAFE_COMMUNITY_STATION, first: 5) { edges { node { name spaces { kind } } } } }`,
      {},
      integrator('柘荣县'),
    );
    expect(
      zherong.venues.edges[0].node.spaces.filter((s: { kind: string }) => s.kind === 'ZONE'),
    ).toHaveLength(4);
    const yongdeng = await ok(
      `{ venues(kind: REST_STATION, first: 5) { edges { node { name amenities
           night: isOpenAt(at: "2024-12-01T18:30:00Z") } } }
         bookableRooms(first: 20) { totalCount } }`,
      {},
      integrator('永登县'),
    );
    const station = yongdeng.venues.edges[0].node;
    expect(station.name).toContain('小蜜蜂');
    expect(station.night).toBe(true);
    expect(station.amenities).toEqual(expect.arrayContaining(['HEATER', 'MICROWAVE', 'PHONE_CHARGER']));
    expect(yongdeng.bookableRooms.totalCount).toBeGreaterThanOrEqual(4);
  });

  it("城南's wish wall: the named book and the doll claimed by partners and delivered on 3-10; old open ones expired", async () => {
    const wall = `{ microWishWall(first: 50) { totalCount edges { node { title status posterName
      claimantPartnerUnit { name } deliveredAt events { action } } } } }`;
    const data = await ok(wall, {}, integrator('柘荣县'));
    const wishes = data.microWishWall.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(data.microWishWall.totalCount).toBe(12);
    const book = wishes.find((w: { title: string }) => w.title === '《优雅走过下雨天》');
    expect(book).toMatchObject({
      status: 'CLOSED',
      claimantPartnerUnit: { name: '柘荣县农村信用合作联社城南分社' },
    });
    expect(book.events.map((e: { action: string }) => e.action)).toEqual([
      'POST',
      'CLAIM',
      'DELIVER',
      'CLOSE',
    ]);
    expect(book.deliveredAt.startsWith('2024-03-10')).toBe(true);
    expect(book.posterName).toContain('*');
    expect(wishes.filter((w: { status: string }) => w.status === 'EXPIRED')).toHaveLength(1);
    expect(wishes.filter((w: { status: string }) => w.status === 'OPEN')).toHaveLength(2);
    // the supermarket partner reads the same wall of the community it partners with
    const partner = principals.partners.find((p) => p.partnerUnit === '城南好又多超市')!;
    const seen = await ok(`{ microWishWall(first: 50) { totalCount } }`, {}, partner.apiKey);
    expect(seen.microWishWall.totalCount).toBe(12);
  });

  it("狮子山's 31 household files: counts for the district, a partner sees the published ones masked", async () => {
    const stats = await ok(
      `{ householdStats { community { name } total byCategory { category count } byStatus { status count } } }`,
      {},
      integrator('天心区'),
    );
    const [szs] = stats.householdStats;
    expect(szs).toMatchObject({ community: { name: '狮子山社区' }, total: 31 });
    const count = (list: { count: number }[], key: string, value: string) =>
      (list as Record<string, unknown>[]).find((x) => x[key] === value)?.count;
    expect(count(szs.byCategory, 'category', 'ELDERLY_LIVING_ALONE')).toBe(18);
    // nine of them adopted by the partner enterprises, support under way
    expect(count(szs.byStatus, 'status', 'PUBLISHED')).toBe(21);
    expect(count(szs.byStatus, 'status', 'SUPPORT_UNDER_WAY')).toBe(9);

    const partner = principals.partners.find((p) => p.partnerUnit === '湖南省第二工程有限公司')!;
    const published = await ok(
      `{ publishedHouseholds(first: 50) { totalCount edges { node { maskedName categories disabilityGrade needs
           members { relation initial age isMinor } } } } }`,
      {},
      partner.apiKey,
    );
    expect(published.publishedHouseholds.totalCount).toBe(21);
    const nodes = published.publishedHouseholds.edges.map((e: { node: Record<string, never> }) => e.node);
    for (const n of nodes) expect(n.maskedName).toMatch(/\*/);
    expect(nodes.some((n: { needs: string }) => n.needs.includes('课业辅导'))).toBe(true);
    const grandson = nodes
      .flatMap(
        (n: { members: { relation: string; initial: string; age: number; isMinor: boolean }[] }) => n.members,
      )
      .find((m: { relation: string; isMinor: boolean }) => m.relation === 'GRANDCHILD' && m.isMinor);
    expect(grandson.initial).toMatch(/^\p{Script=Han}\*?$/u);
    expect(grandson.age).toBeLessThan(18);
  });

  it("狮子山's partners: the wheelchair and the education fund on record, and support that adds up to more than ¥30,000", async () => {
    const { supportSummary } = await ok(
      `{ supportSummary { community { name } summary { pledgedToDateFen deliveredFen overdueCount } } }`,
      {},
      integrator('天心区'),
    );
    const szs = supportSummary.find(
      (s: { community: { name: string } }) => s.community.name === '狮子山社区',
    );
    expect(szs.summary.deliveredFen).toBeGreaterThan(30_000_00);
    const partner = principals.partners.find((p) => p.partnerUnit === '湖南省第二工程有限公司')!;
    const mine = await ok(
      `{ adoptions(first: 10) { edges { node { status pledges { kind description dueDates }
           household { situation members { relation name age isMinor } } } } } }`,
      {},
      partner.apiKey,
    );
    const [adoption] = mine.adoptions.edges.map((e: { node: Record<string, never> }) => e.node);
    expect(adoption.status).toBe('ACTIVE');
    // pledged together (the same instant): compare as a set
    expect(adoption.pledges.map((p: { kind: string }) => p.kind).sort()).toEqual([
      'ONE_OFF_IN_KIND',
      'RECURRING_MONEY',
    ]);
    const inKind = adoption.pledges.find((p: { kind: string }) => p.kind === 'ONE_OFF_IN_KIND');
    expect(inKind.description).toContain('轮椅');
    // without a stated purpose even the adopting partner reads no situation
    expect(adoption.household.situation).toBeNull();
  });

  it("the 巧厨娘 team leader logs in and manages its own team's members", async () => {
    const leader = principals.users.find((u) => u.username === 'lvyun.qiaochuniang')!;
    const session = await ok(
      `mutation($i: SessionCreateInput!) { sessionCreate(input: $i) { token } }`,
      { i: { username: leader.username, password: leader.password } },
      '',
    );
    const token = session.sessionCreate.token as string;
    const teams = await ok(
      `{ teams(first: 50) { edges { node { id name members(first: 1) { person { id } } } } } }`,
      {},
      token,
    );
    const other = teams.teams.edges.find(
      (e: { node: { name: string } }) => e.node.name === '调解千千结志愿服务队',
    ).node;
    const cooks = teams.teams.edges.find(
      (e: { node: { name: string } }) => e.node.name === '巧厨娘志愿服务队',
    ).node;
    const add = `mutation($i: TeamMemberAddInput!) { teamMemberAdd(input: $i) { teamMember { role } } }`;
    const person = other.members[0].person.id;
    const denied = await server.gql(add, { i: { teamId: other.id, personId: person } }, { token });
    expect(denied.errors![0].extensions.code).toBe('FORBIDDEN');
    const added = await ok(add, { i: { teamId: cooks.id, personId: person } }, token);
    expect(added.teamMemberAdd.teamMember.role).toBe('MEMBER');
  });
});
