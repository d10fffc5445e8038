import { startTestServer, type TestServer } from '../support/server';
import { loadDemoTenants, readDemoFiles, type DemoPrincipals } from '../../api/modules/admin/demo-tenants';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { TenantKind } from '../../api/modules/tenants/tenant-kind.enum';
import { Grid } from '../../api/modules/organisation/grid.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import { MicroGrid } from '../../api/modules/organisation/micro-grid.entity';
import { GridAssignment } from '../../api/modules/organisation/grid-assignment.entity';
import { CommunityProfile } from '../../api/modules/organisation/community-profile.entity';

/** The demo tenants from tenants/*.json: the five seed places, loaded idempotently. */
describe('demo tenants', () => {
  let server: TestServer;
  let principals: DemoPrincipals;

  const counts = async () => {
    const em = server.db.owner.em.fork();
    return {
      tenants: await em.count(Tenant, {}),
      grids: await em.count(Grid, {}),
      microGrids: await em.count(MicroGrid, {}),
      people: await em.count(Person, {}),
      assignments: await em.count(GridAssignment, {}),
      profiles: await em.count(CommunityProfile, {}),
    };
  };

  beforeAll(async () => {
    server = await startTestServer();
    principals = (await loadDemoTenants(server.db)).principals;
  });
  afterAll(() => server.close());

  it('loads the five seed districts with their streets and communities', async () => {
    const em = server.db.owner.em.fork();
    const districts = await em.find(Tenant, { kind: TenantKind.DISTRICT }, { orderBy: { code: 'asc' } });
    expect(districts.map((d) => d.name).sort()).toEqual(
      ['二七区', '天心区', '宝山区', '柘荣县', '永登县'].sort(),
    );
    const shizishan = await em.findOneOrFail(Tenant, { name: '狮子山社区' });
    expect(await em.count(Grid, { tenant: shizishan })).toBe(6);
    const lvyun = await em.findOneOrFail(Tenant, { name: '绿云社区' });
    const profile = await em.findOneOrFail(CommunityProfile, { tenant: lvyun });
    expect([
      profile.areaKm2,
      profile.compounds,
      profile.buildings,
      profile.compoundsWithoutPropertyManager,
    ]).toEqual([0.5, 15, 95, 10]);
    expect(await em.count(Tenant, { kind: TenantKind.COMMUNITY, parent: { name: '跃进街道' } })).toBe(5);
    expect(readDemoFiles()).toHaveLength(5);
  });

  it('is idempotent: loading again adds nothing and issues no new principals', async () => {
    const before = await counts();
    const again = await loadDemoTenants(server.db);
    expect(await counts()).toEqual(before);
    expect(again.principals.integrators).toHaveLength(0);
    expect(again.principals.users).toHaveLength(0);
  });

  it("gives each district's integrator key its own subtree over HTTP, personal data masked", async () => {
    expect(principals.integrators).toHaveLength(5);
    const erqi = principals.integrators.find((i) => i.district === '二七区')!;
    const res = await server.gql(
      `{ communities(first: 50) { totalCount edges { node { name parent { name } } } } }`,
      {},
      {
        token: erqi.apiKey,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.communities.edges.map((e: any) => [e.node.parent.name, e.node.name])).toEqual([
      ['淮河路街道', '绿云社区'],
    ]);
  });
});
