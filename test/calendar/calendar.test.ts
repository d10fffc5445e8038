import { Role } from '../../api/core/auth/role.enum';
import { startTestServer, type TestServer } from '../support/server';
import { issueKey, userSession } from '../factories/principals';
import { createTenantTree } from '../factories/tenants';

const READ = `query ($year: Int!) {
  holidayCalendar(year: $year) { year published daysOff workingDays source }
}`;
const SET = `mutation ($input: HolidayCalendarSetInput!) {
  holidayCalendarSet(input: $input) { holidayCalendar { year published daysOff workingDays source } }
}`;

describe('the holiday calendar (节假日安排)', () => {
  let server: TestServer;
  let admin: string;
  let communityAdmin: string;

  beforeAll(async () => {
    server = await startTestServer();
    const tree = await createTenantTree(server.db);
    admin = await issueKey(server.db, Role.PLATFORM_ADMIN);
    communityAdmin = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
  });
  afterAll(() => server.close());

  it('serves the official years loaded by the migration to any signed-in principal', async () => {
    const res = await server.gql(READ, { year: 2025 }, { token: communityAdmin });
    expect(res.errors).toBeUndefined();
    const cal = res.data!.holidayCalendar;
    expect(cal.published).toBe(true);
    expect(cal.daysOff).toEqual(expect.arrayContaining(['2025-01-28', '2025-02-04', '2025-10-08']));
    expect(cal.workingDays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(cal.source).toMatch(/国务院办公厅/);
  });

  it('says when a year has no calendar (Monday–Friday apply)', async () => {
    const res = await server.gql(READ, { year: 2031 }, { token: communityAdmin });
    expect(res.data!.holidayCalendar).toEqual({
      year: 2031,
      published: false,
      daysOff: [],
      workingDays: [],
      source: null,
    });
  });

  it("lets the platform admin publish next year's calendar, and nobody else", async () => {
    const input = {
      year: 2027,
      daysOff: ['2027-01-01', '2027-02-06', '2027-02-07'],
      workingDays: ['2027-01-30'],
      source: '国务院办公厅关于2027年部分节假日安排的通知',
    };
    const denied = await server.gql(SET, { input }, { token: communityAdmin });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const res = await server.gql(SET, { input }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(res.data!.holidayCalendarSet.holidayCalendar).toMatchObject({ year: 2027, published: true });
    const read = await server.gql(READ, { year: 2027 }, { token: communityAdmin });
    expect(read.data!.holidayCalendar.workingDays).toEqual(['2027-01-30']);
  });

  it('refuses a bad calendar with the field at fault and stores nothing', async () => {
    const weekday = await server.gql(
      SET,
      { input: { year: 2028, daysOff: ['2028-01-01'], workingDays: ['2028-01-05'] } },
      { token: admin },
    );
    expect(weekday.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workingDays.0' });
    const otherYear = await server.gql(
      SET,
      { input: { year: 2028, daysOff: ['2029-01-01'], workingDays: [] } },
      { token: admin },
    );
    expect(otherYear.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'daysOff.0' });
    const read = await server.gql(READ, { year: 2028 }, { token: admin });
    expect(read.data!.holidayCalendar.published).toBe(false);
  });
});
