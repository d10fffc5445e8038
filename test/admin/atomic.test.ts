import { Role } from '../../api/core/auth/role.enum';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { startTestServer, type TestServer } from '../support/server';
import { issueKey } from '../factories/principals';

/** A mutation with several admin fields is stored whole or not at all, like every mutation. */
describe('admin path: one transaction per mutation request', () => {
  let server: TestServer;
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await issueKey(server.db, Role.PLATFORM_ADMIN);
  });
  afterAll(() => server.close());

  const TWO = `mutation Two($a: TenantCreateInput!, $b: TenantCreateInput!) {
    a: tenantCreate(input: $a) { tenant { id code } }
    b: tenantCreate(input: $b) { tenant { id code } }
  }`;

  it('stores nothing when the second field fails', async () => {
    const res = await server.gql(
      TWO,
      {
        a: { kind: 'DISTRICT', code: '430111000000', name: '甲区' },
        b: { kind: 'DISTRICT', code: '430111000000', name: '重复代码' },
      },
      { token: admin },
    );
    expect(res.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(res.data).toBeNull();
    expect(await server.db.owner.em.fork().count(Tenant, { code: '430111000000' })).toBe(0);
  });

  it('stores both when both succeed', async () => {
    const res = await server.gql(
      TWO,
      {
        a: { kind: 'DISTRICT', code: '430112000000', name: '乙区' },
        b: { kind: 'DISTRICT', code: '430121000000', name: '丙县' },
      },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(
      await server.db.owner.em.fork().count(Tenant, { code: { $in: ['430112000000', '430121000000'] } }),
    ).toBe(2);
  });
});
