import { Role } from '../../api/core/auth/role.enum';
import type { Partnership } from '../../api/modules/partners/partnership.entity';
import { PartnershipStatus } from '../../api/modules/partners/partnership.entity';
import { PartnerUnitKind } from '../../api/modules/partners/partners.enums';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createPartnership, registerPartner } from '../factories/partners';
import { gid, LIST, ok, TENANT } from './operations';

/** Every agreement as "unit@tenant", sorted. */
const pairs = (edges: { node: { partnerUnit: { name: string }; tenant: { name: string } } }[]) =>
  edges.map((e) => `${e.node.partnerUnit.name}@${e.node.tenant.name}`).sort();

describe('who sees which partnerships, and how the contact person is shown', () => {
  let server: TestServer;
  let tree: TenantTree;
  const tokens: Record<string, string> = {};
  const rows: Record<string, Partnership> = {};
  const list = async (token: string, vars: Record<string, unknown> = {}, query = LIST) =>
    ok(await server.gql(query, { first: 100, ...vars }, { token })).partnerships;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    const bank = await registerPartner(server.db, { name: '银行', kind: PartnerUnitKind.BANK });
    const shop = await registerPartner(server.db, { name: '超市商户', kind: PartnerUnitKind.MERCHANT });
    const school = await registerPartner(server.db, { name: '学校', kind: PartnerUnitKind.SCHOOL });
    const clinic = await registerPartner(server.db, { name: '诊所', kind: PartnerUnitKind.HOSPITAL });
    const contact = { contactName: '张伟', contactPhone: '13812341234' };
    rows.bankA1 = await createPartnership(server.db, bank, tree.communityA1, contact);
    rows.bankA2 = await createPartnership(server.db, bank, tree.communityA2, contact);
    rows.bankB1 = await createPartnership(server.db, bank, tree.communityB1, contact);
    rows.shopA1 = await createPartnership(server.db, shop, tree.communityA1, {
      ...contact,
      acceptsPoints: true,
    });
    rows.clinicA1 = await createPartnership(server.db, clinic, tree.communityA1, {
      ...contact,
      status: PartnershipStatus.ENDED,
      endsOn: '2024-06-30',
    });
    rows.schoolStreetA = await createPartnership(server.db, school, tree.streetA, contact);

    tokens.adminA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.adminA2 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.streetA = await userSession(server.db, Role.STREET_ADMIN, tree.streetA);
    tokens.integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
    tokens.bank = await issueKey(server.db, Role.PARTNER, { partnerUnit: bank });
  });
  afterAll(() => server.close());

  it('shows a community only its own agreements and a street its own and its communities’', async () => {
    expect(pairs((await list(tokens.adminA1)).edges)).toEqual([
      '诊所@甲一社区',
      '超市商户@甲一社区',
      '银行@甲一社区',
    ]);
    expect(pairs((await list(tokens.adminA2)).edges)).toEqual(['银行@甲二社区']);
    expect(pairs((await list(tokens.streetA)).edges)).toEqual([
      '学校@甲街道',
      '诊所@甲一社区',
      '超市商户@甲一社区',
      '银行@甲一社区',
      '银行@甲二社区',
    ]);
  });

  it('shows a district integrator its whole subtree with every contact masked, and refuses it @reveal', async () => {
    const all = await list(tokens.integrator);
    expect(all.totalCount).toBe(6);
    for (const { node } of all.edges) {
      expect(node.contactName).toBe('张**');
      expect(node.contactPhone).toBe('138****1234');
    }
    const reveal = await server.gql(
      `query @reveal(purpose: RECORD_MAINTENANCE) { partnerships(first: 1) { edges { node { contactName } } } }`,
      {},
      { token: tokens.integrator },
    );
    expect(reveal.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('reveals the contact to staff of the owning tenant with a purpose, audited against that tenant', async () => {
    const REVEAL = `query($tenantId: ID) @reveal(purpose: RECORD_MAINTENANCE) {
      partnerships(tenantId: $tenantId, first: 100) { edges { node { id contactName contactPhone tenant { name } } } }
    }`;
    const own = ok(
      await server.gql(REVEAL, { tenantId: gid('Tenant', tree.communityA1) }, { token: tokens.adminA1 }),
    );
    expect(own.partnerships.edges).toHaveLength(3);
    for (const { node } of own.partnerships.edges) {
      expect([node.contactName, node.contactPhone]).toEqual(['张伟', '13812341234']);
    }
    const audit = await server.db.owner.em
      .fork()
      .getConnection()
      .execute<{ tenant_id: string; entity_type: string; field: string; purpose: string }[]>(
        "select tenant_id, entity_type, field, purpose from audit_record where entity_type = 'Partnership'",
      );
    expect(audit).toHaveLength(6);
    expect(new Set(audit.map((a) => a.tenant_id))).toEqual(new Set([tree.communityA1.id]));
    expect(new Set(audit.map((a) => a.field))).toEqual(new Set(['contactName', 'contactPhone']));

    // A street admin reveals its street's own agreement, not its communities' (their staff decide).
    const street = ok(await server.gql(REVEAL, {}, { token: tokens.streetA }));
    const byTenant = Object.fromEntries(
      street.partnerships.edges.map((e: any) => [`${e.node.tenant.name}:${e.node.id}`, e.node.contactName]),
    );
    expect(byTenant[`甲街道:${gid('Partnership', rows.schoolStreetA)}`]).toBe('张伟');
    expect(byTenant[`甲一社区:${gid('Partnership', rows.bankA1)}`]).toBe('张**');
  });

  it('shows a partner its own agreements only, not other partners’ with the same community', async () => {
    expect(pairs((await list(tokens.bank)).edges)).toEqual([
      '银行@乙一社区',
      '银行@甲一社区',
      '银行@甲二社区',
    ]);
    const a1 = ok(
      await server.gql(TENANT, { id: gid('Tenant', tree.communityA1) }, { token: tokens.bank }),
    ).tenant;
    expect(a1.partnerships.map((p: any) => p.partnerUnit.name)).toEqual(['银行']);
    const other = await server.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: gid('Partnership', rows.shopA1) },
      {
        token: tokens.bank,
      },
    );
    expect(other.errors![0].extensions.code).toBe('NOT_FOUND');
    const mine = ok(
      await server.gql(
        `query($id: ID!) { node(id: $id) { id } }`,
        { id: gid('Partnership', rows.bankA1) },
        { token: tokens.bank },
      ),
    );
    expect(mine.node.id).toBe(gid('Partnership', rows.bankA1));
  });

  it('filters by tenant, status, kind and points acceptance; another tenant as filter is NOT_FOUND', async () => {
    expect(pairs((await list(tokens.streetA, { status: 'ENDED' })).edges)).toEqual(['诊所@甲一社区']);
    expect(
      pairs(
        (await list(tokens.integrator, { kind: 'BANK', tenantId: gid('Tenant', tree.communityB1) })).edges,
      ),
    ).toEqual(['银行@乙一社区']);
    expect(pairs((await list(tokens.integrator, { acceptsPoints: true })).edges)).toEqual([
      '超市商户@甲一社区',
    ]);
    expect((await list(tokens.integrator, { acceptsPoints: false })).totalCount).toBe(5);
    const sibling = await server.gql(
      LIST,
      { tenantId: gid('Tenant', tree.communityA1) },
      { token: tokens.adminA2 },
    );
    expect(sibling.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'tenantId' });
  });

  it('pages through agreements with a stable order', async () => {
    const first = await list(tokens.integrator, { first: 4 });
    expect(first.edges).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await list(tokens.integrator, { first: 4, after: first.pageInfo.endCursor });
    expect(rest.edges).toHaveLength(2);
    const ids = [...first.edges, ...rest.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(6);
  });

  it('refetches a partnership or a unit by node id only within the caller’s view', async () => {
    const NODE = `query($id: ID!) { node(id: $id) { id ... on PartnerUnit { name } } }`;
    const foreign = await server.gql(
      NODE,
      { id: gid('Partnership', rows.bankA1) },
      { token: tokens.adminA2 },
    );
    expect(foreign.errors![0].extensions.code).toBe('NOT_FOUND');
    const unitId = `query($id: ID!) { partnership(id: $id) { partnerUnit { id } } }`;
    const unit = ok(
      await server.gql(unitId, { id: gid('Partnership', rows.shopA1) }, { token: tokens.adminA1 }),
    ).partnership.partnerUnit.id;
    expect(ok(await server.gql(NODE, { id: unit }, { token: tokens.adminA1 })).node.name).toBe('超市商户');
    // Community A2 has no agreement with the shop: the unit is not in its view.
    expect((await server.gql(NODE, { id: unit }, { token: tokens.adminA2 })).errors![0].extensions.code).toBe(
      'NOT_FOUND',
    );
  });
});
