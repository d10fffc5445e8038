import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { Venue } from '../../api/modules/venues/venue.entity';
import type { Team } from '../../api/modules/teams/team.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createGrid, createMicroGrid } from '../factories/organisation';
import { createOperatorTeam, createVenue } from '../factories/venues';

const CREATE = `mutation($input: VenueCreateInput!) { venueCreate(input: $input) { venue {
  id name kind address amenities closedOn tenant { name } operatorTeam { name } microGrid { code }
  openingHours { days { weekday intervals { opens closes } } notes } openingHoursText } } }`;
const UPDATE = `mutation($input: VenueUpdateInput!) { venueUpdate(input: $input) { venue {
  name amenities operatorTeam { name } openingHoursText } } }`;
const CLOSE = `mutation($input: VenueCloseInput!) { venueClose(input: $input) { venue { closedOn closed } } }`;
const REOPEN = `mutation($input: VenueReopenInput!) { venueReopen(input: $input) { venue { closedOn closed } } }`;
const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);
const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const officeHours = {
  days: weekdays.map((weekday) => ({
    weekday,
    intervals: [
      { opens: '14:30', closes: '17:30' },
      { opens: '08:30', closes: '11:30' },
    ],
  })),
  notes: '节假日另行通知',
};

describe('venue writes: community admin for its community, street admin for the street, validated', () => {
  let server: TestServer;
  let tree: TenantTree;
  let teamA1: Team;
  let teamA2: Team;
  const tokens: Record<string, string> = {};
  const em = () => server.db.owner.em.fork();
  const venueCount = () => em().count(Venue, {});

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    teamA1 = await createOperatorTeam(server.db, tree.communityA1, '巧厨娘');
    teamA2 = await createOperatorTeam(server.db, tree.communityA2, '邻居队');
    const db = server.db;
    tokens.adminA1 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.adminA2 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.streetA = await userSession(db, Role.STREET_ADMIN, tree.streetA);
    tokens.workerA1 = await userSession(db, Role.GRID_WORKER, tree.communityA1);
    tokens.residentA1 = await userSession(db, Role.RESIDENT, tree.communityA1);
    tokens.teamLeaderA1 = await userSession(db, Role.TEAM_LEADER, tree.communityA1);
    tokens.integrator = await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
  });
  afterAll(() => server.close());

  describe('venueCreate', () => {
    it('is UNAUTHENTICATED without credentials and FORBIDDEN for every role that only reads', async () => {
      const input = { name: '越权食堂', kind: 'CANTEEN' };
      const none = await server.gql(CREATE, { input });
      expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      for (const who of ['integrator', 'workerA1', 'residentA1', 'teamLeaderA1']) {
        const res = await server.gql(CREATE, { input }, { token: tokens[who] });
        expect(res.data).toBeNull();
        expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      expect(await venueCount()).toBe(0);
    });

    it('creates the canteen run by 巧厨娘 in the admin’s own community, hours sorted and rendered', async () => {
      const input = {
        name: '绿云长者食堂',
        kind: 'CANTEEN',
        address: '嵩山路1号院',
        amenities: ['SEATING', 'DRINKING_WATER', 'SEATING'],
        operatorTeamId: gid('Team', teamA1),
        openingHours: officeHours,
      };
      const res = await server.gql(CREATE, { input }, { token: tokens.adminA1 });
      expect(res.errors).toBeUndefined();
      const venue = res.data!.venueCreate.venue;
      expect(venue).toMatchObject({
        name: '绿云长者食堂',
        kind: 'CANTEEN',
        amenities: ['SEATING', 'DRINKING_WATER'],
        closedOn: null,
        tenant: { name: '甲一社区' },
        operatorTeam: { name: '巧厨娘' },
        openingHoursText: '周一至周五 08:30-11:30、14:30-17:30（节假日另行通知）',
      });
      expect(venue.openingHours.days[0]).toEqual({
        weekday: 'MONDAY',
        intervals: [
          { opens: '08:30', closes: '11:30' },
          { opens: '14:30', closes: '17:30' },
        ],
      });
      const stored = await em().findOneOrFail(Venue, { name: '绿云长者食堂' });
      expect(stored.tenant.id).toBe(tree.communityA1.id);

      const again = await server.gql(
        CREATE,
        { input: { name: '绿云长者食堂', kind: 'OTHER' } },
        { token: tokens.adminA1 },
      );
      expect(again.errors![0].extensions.code).toBe('CONFLICT');
    });

    it('lets a street admin create a street-owned rest station, owned by the street', async () => {
      const input = { name: '小蜜蜂驿站', kind: 'REST_STATION', amenities: ['HEATER', 'MICROWAVE'] };
      const res = await server.gql(CREATE, { input }, { token: tokens.streetA });
      expect(res.errors).toBeUndefined();
      expect(res.data!.venueCreate.venue.tenant).toEqual({ name: '甲街道' });
    });

    it('links a micro-grid of its own community', async () => {
      const grid = await createGrid(server.db, tree.communityA1, 'V-G01');
      const microGrid = await createMicroGrid(server.db, grid, 'V-M01');
      const input = {
        name: '平安社区工作站',
        kind: 'SAFE_COMMUNITY_STATION',
        microGridId: gid('MicroGrid', microGrid),
      };
      const res = await server.gql(CREATE, { input }, { token: tokens.adminA1 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.venueCreate.venue.microGrid).toEqual({ code: 'V-M01' });
    });

    it.each([
      [
        'closing before opening',
        { days: [{ weekday: 'MONDAY', intervals: [{ opens: '12:00', closes: '08:00' }] }] },
        'openingHours.days.0.intervals.0.closes',
      ],
      [
        'overlapping intervals',
        {
          days: [
            { weekday: 'MONDAY', intervals: [{ opens: '08:00', closes: '12:00' }] },
            {
              weekday: 'TUESDAY',
              intervals: [
                { opens: '08:00', closes: '12:00' },
                { opens: '11:00', closes: '13:00' },
              ],
            },
          ],
        },
        'openingHours.days.1.intervals.1',
      ],
      [
        'a time that is not HH:mm',
        { days: [{ weekday: 'MONDAY', intervals: [{ opens: '8:30', closes: '11:30' }] }] },
        'openingHours.days.0.intervals.0.opens',
      ],
      [
        'a time past midnight',
        { days: [{ weekday: 'MONDAY', intervals: [{ opens: '22:00', closes: '24:30' }] }] },
        'openingHours.days.0.intervals.0.closes',
      ],
      [
        'a weekday listed twice',
        {
          days: [
            { weekday: 'MONDAY', intervals: [{ opens: '08:00', closes: '09:00' }] },
            { weekday: 'MONDAY', intervals: [{ opens: '10:00', closes: '11:00' }] },
          ],
        },
        'openingHours.days.1.weekday',
      ],
      [
        'a day without intervals',
        { days: [{ weekday: 'MONDAY', intervals: [] }] },
        'openingHours.days.0.intervals',
      ],
    ])(
      'rejects hours with %s as BAD_USER_INPUT naming the field, storing nothing',
      async (_, openingHours, field) => {
        const before = await venueCount();
        const res = await server.gql(
          CREATE,
          { input: { name: '坏时间', kind: 'OTHER', openingHours } },
          { token: tokens.adminA1 },
        );
        expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(await venueCount()).toBe(before);
      },
    );

    it('refuses a team of another community: NOT_FOUND out of scope, BAD_USER_INPUT for a street’s community', async () => {
      const before = await venueCount();
      const sibling = await server.gql(
        CREATE,
        { input: { name: '借队食堂', kind: 'CANTEEN', operatorTeamId: gid('Team', teamA2) } },
        { token: tokens.adminA1 },
      );
      expect(sibling.errors![0].extensions.code).toBe('NOT_FOUND');
      // The street sees its communities' teams, but a street venue is run by a street team.
      const street = await server.gql(
        CREATE,
        { input: { name: '街道食堂', kind: 'CANTEEN', operatorTeamId: gid('Team', teamA1) } },
        { token: tokens.streetA },
      );
      expect(street.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'operatorTeamId' });
      expect(await venueCount()).toBe(before);
    });
  });

  describe('venueUpdate, venueClose, venueReopen', () => {
    it('updates hours, amenities and operator of the admin’s own venue; a sibling’s is NOT_FOUND', async () => {
      const own = await createVenue(server.db, tree.communityA1, { name: '驿站甲' });
      const sibling = await createVenue(server.db, tree.communityA2, { name: '驿站乙' });
      const allDay = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map(
        (weekday) => ({
          weekday,
          intervals: [{ opens: '00:00', closes: '24:00' }],
        }),
      );
      const res = await server.gql(
        UPDATE,
        {
          input: {
            id: gid('Venue', own),
            name: '暖心驿站',
            amenities: ['HEATER', 'MICROWAVE', 'PHONE_CHARGER', 'FIRST_AID_KIT', 'DRINKING_WATER'],
            operatorTeamId: gid('Team', teamA1),
            openingHours: { days: allDay },
          },
        },
        { token: tokens.adminA1 },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.venueUpdate.venue).toEqual({
        name: '暖心驿站',
        amenities: ['HEATER', 'MICROWAVE', 'PHONE_CHARGER', 'FIRST_AID_KIT', 'DRINKING_WATER'],
        operatorTeam: { name: '巧厨娘' },
        openingHoursText: '每天 24小时',
      });
      const cleared = await server.gql(
        UPDATE,
        { input: { id: gid('Venue', own), operatorTeamId: null, openingHours: null } },
        { token: tokens.adminA1 },
      );
      expect(cleared.data!.venueUpdate.venue).toMatchObject({ operatorTeam: null, openingHoursText: null });
      expect((await em().findOneOrFail(Venue, own.id)).operatorTeam).toBeNull();

      const other = await server.gql(
        UPDATE,
        { input: { id: gid('Venue', sibling), name: '越权' } },
        { token: tokens.adminA1 },
      );
      expect(other.errors![0].extensions.code).toBe('NOT_FOUND');
      expect((await em().findOneOrFail(Venue, sibling.id)).name).toBe('驿站乙');
    });

    it('lets a street admin read but not write its community’s venue (FORBIDDEN), nor a community admin the street’s', async () => {
      const communityVenue = await createVenue(server.db, tree.communityA1, { name: '法律之家' });
      const streetVenue = await createVenue(server.db, tree.streetA, { name: '街道文化中心' });
      const byStreet = await server.gql(
        UPDATE,
        { input: { id: gid('Venue', communityVenue), name: 'x' } },
        { token: tokens.streetA },
      );
      expect(byStreet.errors![0].extensions.code).toBe('FORBIDDEN');
      const byCommunity = await server.gql(
        UPDATE,
        { input: { id: gid('Venue', streetVenue), name: 'x' } },
        { token: tokens.adminA1 },
      );
      // The street's own rows are outside a community's scope.
      expect(byCommunity.errors![0].extensions.code).toBe('NOT_FOUND');
      const own = await server.gql(
        UPDATE,
        { input: { id: gid('Venue', streetVenue), name: '街道文化馆' } },
        { token: tokens.streetA },
      );
      expect(own.data!.venueUpdate.venue.name).toBe('街道文化馆');
    });

    it('rejects bad hours on update with nothing changed', async () => {
      const venue = await createVenue(server.db, tree.communityA1, {
        name: '食堂乙',
        openingHours: undefined,
      });
      const res = await server.gql(
        UPDATE,
        {
          input: {
            id: gid('Venue', venue),
            name: '改名不应生效',
            openingHours: { days: [{ weekday: 'FRIDAY', intervals: [{ opens: '09:00', closes: '09:00' }] }] },
          },
        },
        { token: tokens.adminA1 },
      );
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'openingHours.days.0.intervals.0.closes',
      });
      const stored = await em().findOneOrFail(Venue, venue.id);
      expect(stored.name).toBe('食堂乙');
      expect(stored.openingHours).toBeNull();
    });

    it('closes a venue keeping it as history, refuses closing twice, and reopens it', async () => {
      const venue = await createVenue(server.db, tree.communityA1, { name: '旧超市' });
      const id = gid('Venue', venue);
      const worker = await server.gql(CLOSE, { input: { id } }, { token: tokens.workerA1 });
      expect(worker.errors![0].extensions.code).toBe('FORBIDDEN');
      const closed = await server.gql(
        CLOSE,
        { input: { id, closedOn: '2025-06-30' } },
        { token: tokens.adminA1 },
      );
      expect(closed.data!.venueClose.venue).toEqual({ closedOn: '2025-06-30', closed: true });
      const twice = await server.gql(CLOSE, { input: { id } }, { token: tokens.adminA1 });
      expect(twice.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'CLOSED' });
      expect(await em().count(Venue, { id: venue.id })).toBe(1);
      const reopened = await server.gql(REOPEN, { input: { id } }, { token: tokens.adminA1 });
      expect(reopened.data!.venueReopen.venue).toEqual({ closedOn: null, closed: false });
      const again = await server.gql(REOPEN, { input: { id } }, { token: tokens.adminA1 });
      expect(again.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'OPEN' });
    });
  });

  it('is walled by the database too: a venue or space cannot point at another tenant’s row, even as owner', async () => {
    const venueA2 = await createVenue(server.db, tree.communityA2, { name: '墙测试' });
    const conn = em().getConnection();
    await expect(
      conn.execute('update venue set operator_team_id = ? where id = ?', [teamA1.id, venueA2.id]),
    ).rejects.toThrow(/venue_same_tenant_operator_team/);
    await expect(
      conn.execute(
        `insert into venue_space (id, tenant_id, venue_id, name, kind) values (gen_random_uuid(), ?, ?, 'x', 'ROOM')`,
        [tree.communityA1.id, venueA2.id],
      ),
    ).rejects.toThrow(/venue_space_same_tenant_venue/);
    await expect(
      conn.execute(
        `insert into venue_space (id, tenant_id, venue_id, name, kind, capacity) values (gen_random_uuid(), ?, ?, 'y', 'ROOM', 0)`,
        [tree.communityA2.id, venueA2.id],
      ),
    ).rejects.toThrow(/venue_space_capacity_check/);
  });
});
