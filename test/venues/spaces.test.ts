import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { VenueSpace } from '../../api/modules/venues/venue-space.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createVenue, createVenueSpace } from '../factories/venues';

const SPACE_ADD = `mutation($input: VenueSpaceAddInput!) { venueSpaceAdd(input: $input) { venueSpace {
  id name kind capacity bookable amenities venue { name } } } }`;
const SPACE_UPDATE = `mutation($input: VenueSpaceUpdateInput!) { venueSpaceUpdate(input: $input) { venueSpace {
  name capacity bookable } } }`;

const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

describe('venue zones and rooms: managed with their venue, validated, bookable only as rooms', () => {
  let server: TestServer;
  let tree: TenantTree;
  const tokens: Record<string, string> = {};
  const em = () => server.db.owner.em.fork();
  const spaceCount = () => em().count(VenueSpace, {});

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    const db = server.db;
    tokens.adminA1 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.adminA2 = await userSession(db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.streetA = await userSession(db, Role.STREET_ADMIN, tree.streetA);
    tokens.residentA1 = await userSession(db, Role.RESIDENT, tree.communityA1);
    tokens.integrator = await issueKey(db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
  });
  afterAll(() => server.close());

  describe('venueSpaceAdd, venueSpaceUpdate', () => {
    it('adds the four zones of a safe-community station and a bookable room, names unique per venue', async () => {
      const station = await createVenue(server.db, tree.communityA1, { name: '平安站', kind: undefined });
      const venueId = gid('Venue', station);
      for (const name of ['接待区', '调解区', '警务区', '心理咨询区']) {
        const res = await server.gql(
          SPACE_ADD,
          { input: { venueId, name, kind: 'ZONE' } },
          { token: tokens.adminA1 },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.venueSpaceAdd.venueSpace).toMatchObject({
          name,
          kind: 'ZONE',
          bookable: false,
          venue: { name: '平安站' },
        });
      }
      const room = await server.gql(
        SPACE_ADD,
        {
          input: {
            venueId,
            name: '会议室',
            kind: 'ROOM',
            capacity: 20,
            bookable: true,
            amenities: ['PROJECTOR'],
          },
        },
        { token: tokens.adminA1 },
      );
      expect(room.data!.venueSpaceAdd.venueSpace).toMatchObject({
        capacity: 20,
        bookable: true,
        amenities: ['PROJECTOR'],
      });
      const dup = await server.gql(
        SPACE_ADD,
        { input: { venueId, name: '调解区', kind: 'ZONE' } },
        { token: tokens.adminA1 },
      );
      expect(dup.errors![0].extensions.code).toBe('CONFLICT');
      expect(await em().count(VenueSpace, { venue: station.id })).toBe(5);
    });

    it.each([
      ['capacity 0', { kind: 'ROOM', capacity: 0 }, 'capacity'],
      ['negative capacity', { kind: 'ROOM', capacity: -3 }, 'capacity'],
      ['a bookable zone', { kind: 'ZONE', capacity: 10, bookable: true }, 'bookable'],
      ['a bookable room without capacity', { kind: 'ROOM', bookable: true }, 'capacity'],
    ])('rejects %s as BAD_USER_INPUT, storing nothing', async (_, values, field) => {
      const venue = await createVenue(server.db, tree.communityA1);
      const before = await spaceCount();
      const res = await server.gql(
        SPACE_ADD,
        { input: { venueId: gid('Venue', venue), name: '坏空间', ...values } },
        { token: tokens.adminA1 },
      );
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await spaceCount()).toBe(before);
    });

    it('enforces roles and scope on spaces: FORBIDDEN for readers and the street, NOT_FOUND for a sibling', async () => {
      const venue = await createVenue(server.db, tree.communityA1);
      const sibling = await createVenue(server.db, tree.communityA2);
      const input = { venueId: gid('Venue', venue), name: '活动室', kind: 'ROOM' };
      expect((await server.gql(SPACE_ADD, { input })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
      for (const who of ['residentA1', 'streetA', 'integrator']) {
        const res = await server.gql(SPACE_ADD, { input }, { token: tokens[who] });
        expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const other = await server.gql(
        SPACE_ADD,
        { input: { ...input, venueId: gid('Venue', sibling) } },
        { token: tokens.adminA1 },
      );
      expect(other.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(await em().count(VenueSpace, { venue: { $in: [venue.id, sibling.id] } })).toBe(0);
    });

    it('updates a room to bookable with a capacity, and refuses capacity ≤ 0 with nothing changed', async () => {
      const venue = await createVenue(server.db, tree.communityA1, { name: '文化中心' });
      const room = await createVenueSpace(server.db, venue, { name: '书画室' });
      const id = gid('VenueSpace', room);
      const ok = await server.gql(
        SPACE_UPDATE,
        { input: { id, capacity: 30, bookable: true } },
        { token: tokens.adminA1 },
      );
      expect(ok.data!.venueSpaceUpdate.venueSpace).toEqual({ name: '书画室', capacity: 30, bookable: true });
      const bad = await server.gql(
        SPACE_UPDATE,
        { input: { id, name: '改名', capacity: 0 } },
        { token: tokens.adminA1 },
      );
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
      const clearing = await server.gql(
        SPACE_UPDATE,
        { input: { id, capacity: null } },
        { token: tokens.adminA1 },
      );
      expect(clearing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
      const stored = await em().findOneOrFail(VenueSpace, room.id);
      expect([stored.name, stored.capacity]).toEqual(['书画室', 30]);
      const sibling = await server.gql(SPACE_UPDATE, { input: { id, name: 'x' } }, { token: tokens.adminA2 });
      expect(sibling.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('refuses a new space in a venue closed for good (INVALID_TRANSITION)', async () => {
      const venue = await createVenue(server.db, tree.communityA1, { closedOn: '2025-01-01' });
      const res = await server.gql(
        SPACE_ADD,
        { input: { venueId: gid('Venue', venue), name: '新室', kind: 'ROOM' } },
        { token: tokens.adminA1 },
      );
      expect(res.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'CLOSED' });
      expect(await em().count(VenueSpace, { venue: venue.id })).toBe(0);
    });
  });
});
