import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { Partnership } from '../../api/modules/partners/partnership.entity';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import type { Venue } from '../../api/modules/venues/venue.entity';
import { Amenity, VenueKind, VenueSpaceKind } from '../../api/modules/venues/venue.enums';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import {
  ALWAYS_OPEN,
  OFFICE_HOURS,
  createOperatorTeam,
  createVenue,
  createVenueSpace,
} from '../factories/venues';

const VENUES = `query($tenantId: ID, $kind: VenueKind, $amenity: Amenity, $includeClosed: Boolean) {
  venues(first: 100, tenantId: $tenantId, kind: $kind, amenity: $amenity, includeClosed: $includeClosed) {
    totalCount edges { node { name tenant { name } } } } }`;
const VENUE = `query($id: ID!) { venue(id: $id) { name operatorTeam { name } spaces { name kind } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Venue { name } ... on VenueSpace { name } } }`;
const OPEN_AT = `query($id: ID!, $at: DateTimeISO!) { venue(id: $id) { isOpenAt(at: $at) } }`;
const ROOMS = `query($tenantId: ID, $minCapacity: Int) { bookableRooms(first: 100, tenantId: $tenantId, minCapacity: $minCapacity) {
  totalCount edges { node { name capacity venue { name } } } } }`;

const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);
const names = (res: any, key = 'venues') => res.data[key].edges.map((e: any) => e.node.name).sort();

describe('venue reads: public within the scope, isolated between tenants', () => {
  let server: TestServer;
  let tree: TenantTree;
  let canteen: Venue;
  let station: Venue;
  let siblingVenue: Venue;
  let culture: Venue;
  let closed: Venue;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    const db = server.db;
    const team = await createOperatorTeam(db, tree.communityA1, '巧厨娘');
    canteen = await createVenue(db, tree.communityA1, {
      name: '长者食堂',
      kind: VenueKind.CANTEEN,
      operatorTeam: team,
      openingHours: OFFICE_HOURS,
    });
    station = await createVenue(db, tree.communityA1, {
      name: '暖心驿站',
      kind: VenueKind.REST_STATION,
      amenities: [Amenity.HEATER, Amenity.MICROWAVE, Amenity.FIRST_AID_KIT],
      openingHours: ALWAYS_OPEN,
    });
    culture = await createVenue(db, tree.communityA1, { name: '文化中心', kind: VenueKind.CULTURE_CENTRE });
    closed = await createVenue(db, tree.communityA1, {
      name: '旧驿站',
      kind: VenueKind.REST_STATION,
      amenities: [Amenity.HEATER],
      openingHours: ALWAYS_OPEN,
      closedOn: '2025-01-01',
    });
    siblingVenue = await createVenue(db, tree.communityA2, { name: '乙社区食堂', kind: VenueKind.CANTEEN });
    await createVenue(db, tree.streetA, { name: '街道党群服务中心', kind: VenueKind.PARTY_SERVICE_CENTRE });
    await createVenue(db, tree.communityB1, { name: '乙街道驿站', kind: VenueKind.REST_STATION });
    await createVenueSpace(db, culture, { name: '舞蹈室', capacity: 40, bookable: true });
    await createVenueSpace(db, culture, { name: '书画室', capacity: 12, bookable: true });
    await createVenueSpace(db, culture, { name: '储藏室', capacity: 2 });
    await createVenueSpace(db, culture, { name: '展示区', kind: VenueSpaceKind.ZONE });
    await createVenueSpace(db, closed, { name: '旧会议室', capacity: 50, bookable: true });
    await createVenueSpace(db, siblingVenue, { name: '乙活动室', capacity: 30, bookable: true });

    const em = db.owner.em.fork();
    const unit = em.create(PartnerUnit, { name: '共建银行', creditCode: '91350100M000100Y43' });
    em.create(Partnership, {
      tenant: em.getReference(Tenant, tree.communityA1.id),
      partnerUnit: unit,
      signedOn: '2024-01-01',
    });
    await em.flush();

    tokens.adminA1 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.streetA = await userSession(db, Role.STREET_ADMIN, tree.streetA);
    tokens.workerA1 = await userSession(db, Role.GRID_WORKER, tree.communityA1);
    tokens.residentA1 = await userSession(db, Role.RESIDENT, tree.communityA1);
    tokens.teamLeaderA1 = await userSession(db, Role.TEAM_LEADER, tree.communityA1);
    tokens.integrator = await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
    tokens.partner = await issueKey(db, Role.PARTNER, { partnerUnit: unit });
    tokens.platform = await issueKey(db, Role.PLATFORM_ADMIN);
  });
  afterAll(() => server.close());

  const communityA1 = ['长者食堂', '文化中心', '暖心驿站'];

  it('shows every reader role the venues of its scope, operating ones by default', async () => {
    const expected: Record<string, string[]> = {
      adminA1: communityA1,
      workerA1: communityA1,
      residentA1: communityA1,
      teamLeaderA1: communityA1,
      partner: communityA1,
      streetA: [...communityA1, '乙社区食堂', '街道党群服务中心'].sort(),
      integrator: [...communityA1, '乙社区食堂', '街道党群服务中心', '乙街道驿站'].sort(),
    };
    for (const [who, venues] of Object.entries(expected)) {
      const res = await server.gql(VENUES, {}, { token: tokens[who] });
      expect(res.errors).toBeUndefined();
      expect([who, names(res)]).toEqual([who, [...venues].sort()]);
    }
    const withClosed = await server.gql(VENUES, { includeClosed: true }, { token: tokens.adminA1 });
    expect(names(withClosed)).toEqual([...communityA1, '旧驿站'].sort());
  });

  it('is UNAUTHENTICATED without credentials and FORBIDDEN for the platform admin (admin path only)', async () => {
    expect((await server.gql(VENUES)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(VENUES, {}, { token: tokens.platform })).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('answers NOT_FOUND for another community’s venue, by id, node and tenant filter', async () => {
    for (const [query, id] of [
      [VENUE, gid('Venue', siblingVenue)],
      [NODE, gid('Venue', siblingVenue)],
    ]) {
      const res = await server.gql(query, { id }, { token: tokens.adminA1 });
      expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
    }
    const filter = await server.gql(
      VENUES,
      { tenantId: gid('Tenant', tree.communityA2) },
      { token: tokens.residentA1 },
    );
    expect(filter.errors![0].extensions.code).toBe('NOT_FOUND');
    const street = await server.gql(
      VENUES,
      { tenantId: gid('Tenant', tree.communityA2) },
      { token: tokens.streetA },
    );
    expect(names(street)).toEqual(['乙社区食堂']);
  });

  it('filters by kind and amenity', async () => {
    const canteens = await server.gql(VENUES, { kind: 'CANTEEN' }, { token: tokens.streetA });
    expect(names(canteens)).toEqual(['乙社区食堂', '长者食堂'].sort());
    const microwaves = await server.gql(VENUES, { amenity: 'MICROWAVE' }, { token: tokens.integrator });
    expect(names(microwaves)).toEqual(['暖心驿站']);
    const heaters = await server.gql(
      VENUES,
      { amenity: 'HEATER', includeClosed: true },
      { token: tokens.adminA1 },
    );
    expect(names(heaters)).toEqual(['旧驿站', '暖心驿站'].sort());
  });

  it('reads a venue with its operator team and spaces (zones first), and both types through node()', async () => {
    const res = await server.gql(VENUE, { id: gid('Venue', culture) }, { token: tokens.residentA1 });
    expect(res.data!.venue.spaces).toEqual(
      [
        { name: '展示区', kind: 'ZONE' },
        { name: '书画室', kind: 'ROOM' },
        { name: '储藏室', kind: 'ROOM' },
        { name: '舞蹈室', kind: 'ROOM' },
      ].sort((a, b) => (a.kind === b.kind ? (a.name < b.name ? -1 : 1) : a.kind === 'ZONE' ? -1 : 1)),
    );
    const withTeam = await server.gql(VENUE, { id: gid('Venue', canteen) }, { token: tokens.partner });
    expect(withTeam.data!.venue.operatorTeam).toEqual({ name: '巧厨娘' });
    const node = await server.gql(NODE, { id: gid('Venue', canteen) }, { token: tokens.teamLeaderA1 });
    expect(node.data!.node.name).toBe('长者食堂');
  });

  it.each([
    ['Monday 09:00 China time', '2026-01-05T09:00:00+08:00', true],
    ['Monday 08:45 China time (00:45 UTC)', '2026-01-05T00:45:00Z', true],
    ['Monday at lunch', '2026-01-05T12:00:00+08:00', false],
    ['Monday 11:30, when the morning closes', '2026-01-05T11:30:00+08:00', false],
    ['Friday 17:29', '2026-01-09T17:29:00+08:00', true],
    ['Saturday 00:30 China time (Friday 16:30 UTC)', '2026-01-09T16:30:00Z', false],
    ['Sunday 10:00', '2026-01-11T10:00:00+08:00', false],
  ])('tells whether the canteen is open at %s', async (_, at, open) => {
    const res = await server.gql(OPEN_AT, { id: gid('Venue', canteen), at }, { token: tokens.residentA1 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.venue.isOpenAt).toBe(open);
  });

  it('keeps a 24-hour station open at any hour, a closed one never, and unknown hours null', async () => {
    for (const at of [
      '2026-01-11T03:00:00+08:00',
      '2026-01-07T23:59:00+08:00',
      '2026-01-05T00:00:00+08:00',
    ]) {
      const res = await server.gql(OPEN_AT, { id: gid('Venue', station), at }, { token: tokens.adminA1 });
      expect([at, res.data!.venue.isOpenAt]).toEqual([at, true]);
    }
    const gone = await server.gql(
      OPEN_AT,
      { id: gid('Venue', closed), at: '2026-01-05T09:00:00+08:00' },
      { token: tokens.adminA1 },
    );
    expect(gone.data!.venue.isOpenAt).toBe(false);
    const before = await server.gql(
      OPEN_AT,
      { id: gid('Venue', closed), at: '2024-12-31T09:00:00+08:00' },
      { token: tokens.adminA1 },
    );
    expect(before.data!.venue.isOpenAt).toBe(true);
    const unknown = await server.gql(
      OPEN_AT,
      { id: gid('Venue', culture), at: '2026-01-05T09:00:00+08:00' },
      { token: tokens.adminA1 },
    );
    expect(unknown.data!.venue.isOpenAt).toBeNull();
  });

  it('lists bookable rooms of operating venues in scope, filtered by capacity and tenant', async () => {
    const all = await server.gql(ROOMS, {}, { token: tokens.residentA1 });
    expect(names(all, 'bookableRooms')).toEqual(['书画室', '舞蹈室'].sort());
    expect(all.data!.bookableRooms.edges[0].node.venue).toEqual({ name: '文化中心' });
    const big = await server.gql(ROOMS, { minCapacity: 20 }, { token: tokens.residentA1 });
    expect(names(big, 'bookableRooms')).toEqual(['舞蹈室']);
    const street = await server.gql(ROOMS, {}, { token: tokens.streetA });
    expect(names(street, 'bookableRooms')).toEqual(['乙活动室', '书画室', '舞蹈室'].sort());
    const oneCommunity = await server.gql(
      ROOMS,
      { tenantId: gid('Tenant', tree.communityA2) },
      { token: tokens.streetA },
    );
    expect(names(oneCommunity, 'bookableRooms')).toEqual(['乙活动室']);
    const outside = await server.gql(
      ROOMS,
      { tenantId: gid('Tenant', tree.communityA2) },
      { token: tokens.adminA1 },
    );
    expect(outside.errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await server.gql(ROOMS)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('hides the operating partnership from residents (FORBIDDEN) but shows the team', async () => {
    const query = `query($id: ID!) { venue(id: $id) { operatorTeam { name } operatorPartnership { id } } }`;
    const resident = await server.gql(query, { id: gid('Venue', canteen) }, { token: tokens.residentA1 });
    expect(resident.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(resident.data!.venue).toEqual({ operatorTeam: { name: '巧厨娘' }, operatorPartnership: null });
    const admin = await server.gql(query, { id: gid('Venue', canteen) }, { token: tokens.adminA1 });
    expect(admin.errors).toBeUndefined();
  });
});
