import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import type { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { PartnerUnitKind } from '../../api/modules/partners/partners.enums';
import type { Tenant } from '../../api/modules/tenants/tenant.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createPartnership, registerPartner } from '../factories/partners';
import { CREATE, END, gid, ok } from './operations';

describe('partnerships: signed and ended by the platform, the street or the community itself', () => {
  let server: TestServer;
  let tree: TenantTree;
  let bank: PartnerUnit;
  const tokens: Record<string, string> = {};
  const count = async () =>
    (
      await server.db.owner.em
        .fork()
        .getConnection()
        .execute<{ n: number }[]>('select count(*)::int as n from partnership')
    )[0].n;

  /** A fresh unit per test, so each test's agreements are its own. */
  const unit = (kind = PartnerUnitKind.BANK) => registerPartner(server.db, { kind });
  const input = (u: PartnerUnit, tenant: Tenant, over: Record<string, unknown> = {}) => ({
    partnerUnitId: gid('PartnerUnit', u),
    tenantId: gid('Tenant', tenant),
    signedOn: '2024-03-01',
    ...over,
  });

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    bank = await unit();
    tokens.admin = await issueKey(server.db, Role.PLATFORM_ADMIN);
    tokens.streetA = await userSession(server.db, Role.STREET_ADMIN, tree.streetA);
    tokens.adminA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.workerA1 = await userSession(server.db, Role.GRID_WORKER, tree.communityA1);
    tokens.integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
    tokens.partner = await issueKey(server.db, Role.PARTNER, { partnerUnit: bank });
  });
  afterAll(() => server.close());

  it('is UNAUTHENTICATED without credentials and FORBIDDEN for grid workers, integrators and partners', async () => {
    const existing = await createPartnership(server.db, bank, tree.communityA1);
    const before = await count();
    const create = { input: input(bank, tree.communityA2) };
    const end = { input: { id: gid('Partnership', existing) } };
    expect((await server.gql(CREATE, create)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(END, end)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    for (const token of [tokens.workerA1, tokens.integrator, tokens.partner]) {
      expect((await server.gql(CREATE, create, { token })).errors![0].extensions.code).toBe('FORBIDDEN');
      expect((await server.gql(END, end, { token })).errors![0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await count()).toBe(before);
  });

  it('lets a community admin sign for its own community, with period, commitments and contact', async () => {
    const u = await unit();
    const res = ok(
      await server.gql(
        CREATE,
        {
          input: input(u, tree.communityA1, {
            startsOn: '2024-04-01',
            endsOn: '2099-03-31',
            commitments: ['ORGANISATION', 'ACTIVITIES', 'ASSISTANCE'],
            commitmentNote: '每季度一次金融知识讲座',
            contactName: '王建国',
            contactPhone: '0371-66661234',
          }),
        },
        { token: tokens.adminA1 },
      ),
    ).partnershipCreate;
    expect(res.partnership).toMatchObject({
      status: 'ACTIVE',
      signedOn: '2024-03-01',
      startsOn: '2024-04-01',
      endsOn: '2099-03-31',
      commitments: ['ORGANISATION', 'ACTIVITIES', 'ASSISTANCE'],
      commitmentNote: '每季度一次金融知识讲座',
      acceptsPoints: false,
      inForce: true,
      tenant: { name: '甲一社区' },
      partnerUnit: { kind: 'BANK' },
    });
    expect(res.tenant.name).toBe('甲一社区');
    // Read back without @reveal: the contact is personal data, masked even for its own community.
    expect(res.partnership.contactName).toBe('王**');
    expect(res.partnership.contactPhone).toBe('037******1234');
  });

  it('lets a street admin sign for its street and for its communities, starting on the signing date', async () => {
    for (const tenant of [tree.streetA, tree.communityA2]) {
      const res = ok(await server.gql(CREATE, { input: input(bank, tenant) }, { token: tokens.streetA }));
      expect(res.partnershipCreate.partnership).toMatchObject({ startsOn: '2024-03-01', endsOn: null });
      expect(res.partnershipCreate.tenant.name).toBe(tenant.name);
    }
  });

  it.each([
    ['a community admin, for a sibling community', 'adminA1', 'communityA2'],
    ['a community admin, for its street', 'adminA1', 'streetA'],
    ['a street admin, for another street’s community', 'streetA', 'communityB1'],
    ['a street admin, for its district', 'streetA', 'district'],
  ] as const)('answers %s with NOT_FOUND, storing nothing', async (_case, who, where) => {
    const u = await unit();
    const before = await count();
    const res = await server.gql(CREATE, { input: input(u, tree[where]) }, { token: tokens[who] });
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'tenantId' });
    expect(res.data).toBeNull();
    expect(await count()).toBe(before);
  });

  it.each([
    ['an end before the start', { startsOn: '2024-05-01', endsOn: '2024-04-30' }, 'endsOn'],
    ['an end before the signing date when no start is given', { endsOn: '2024-02-29' }, 'endsOn'],
    ['points for a unit that is not a merchant', { acceptsPoints: true }, 'acceptsPoints'],
    ['a repeated commitment', { commitments: ['TEAMS', 'TEAMS'] }, 'commitments'],
    ['a contact phone that is not one', { contactPhone: '12345' }, 'contactPhone'],
  ])('rejects %s as BAD_USER_INPUT naming the field, storing nothing', async (_case, over, field) => {
    const u = await unit();
    const before = await count();
    const res = await server.gql(
      CREATE,
      { input: input(u, tree.communityA1, over) },
      { token: tokens.adminA1 },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count()).toBe(before);
  });

  it('records points acceptance for a merchant (雷锋超市) and answers an unknown unit with NOT_FOUND', async () => {
    const shop = await unit(PartnerUnitKind.MERCHANT);
    const res = ok(
      await server.gql(
        CREATE,
        { input: input(shop, tree.communityA1, { acceptsPoints: true }) },
        { token: tokens.adminA1 },
      ),
    );
    expect(res.partnershipCreate.partnership).toMatchObject({
      acceptsPoints: true,
      partnerUnit: { kind: 'MERCHANT' },
    });
    const missing = await server.gql(
      CREATE,
      {
        input: {
          ...input(shop, tree.communityA1),
          partnerUnitId: toGlobalId('PartnerUnit', '00000000-0000-4000-8000-000000000000'),
        },
      },
      { token: tokens.adminA1 },
    );
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'partnerUnitId' });
  });

  it('answers a second agreement in force for the same pair with CONFLICT, also when sent at once', async () => {
    const u = await unit();
    const before = await count();
    const both = await Promise.all(
      [tokens.adminA1, tokens.streetA].map((token) =>
        server.gql(CREATE, { input: input(u, tree.communityA1) }, { token }),
      ),
    );
    const codes = both.map((r) => r.errors?.[0].extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await count()).toBe(before + 1);
    // One bank partners several communities: another tenant is fine.
    ok(await server.gql(CREATE, { input: input(u, tree.communityA2) }, { token: tokens.streetA }));
  });

  it('replaces an agreement whose period ran out: the old one is ENDED, the new one ACTIVE', async () => {
    const u = await unit();
    const old = await createPartnership(server.db, u, tree.communityA1, { endsOn: '2024-12-31' });
    const res = ok(
      await server.gql(
        CREATE,
        { input: input(u, tree.communityA1, { signedOn: '2025-01-01' }) },
        { token: tokens.adminA1 },
      ),
    );
    expect(res.partnershipCreate.partnership).toMatchObject({ status: 'ACTIVE', inForce: true });
    const rows = await server.db.owner.em
      .fork()
      .getConnection()
      .execute<{ status: string }[]>('select status from partnership where id = ?', [old.id]);
    expect(rows[0].status).toBe('ENDED');
  });

  it('ends an agreement for the community or its street; a second end is INVALID_TRANSITION', async () => {
    const mine = await createPartnership(server.db, await unit(), tree.communityA1, { endsOn: '2099-12-31' });
    const ended = ok(
      await server.gql(END, { input: { id: gid('Partnership', mine) } }, { token: tokens.adminA1 }),
    ).partnershipEnd.partnership;
    expect(ended).toMatchObject({ status: 'ENDED', inForce: false });
    expect(ended.endsOn < '2099-12-31').toBe(true);
    const again = await server.gql(
      END,
      { input: { id: gid('Partnership', mine) } },
      { token: tokens.streetA },
    );
    expect(again.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'ENDED' });

    const streets = await createPartnership(server.db, await unit(), tree.communityA2);
    const byStreet = ok(
      await server.gql(END, { input: { id: gid('Partnership', streets) } }, { token: tokens.streetA }),
    );
    expect(byStreet.partnershipEnd.partnership.status).toBe('ENDED');
  });

  it('answers an end of another tenant’s agreement with NOT_FOUND, changing nothing', async () => {
    const sibling = await createPartnership(server.db, await unit(), tree.communityA2);
    const elsewhere = await createPartnership(server.db, await unit(), tree.communityB1);
    for (const [token, row] of [
      [tokens.adminA1, sibling],
      [tokens.streetA, elsewhere],
    ] as const) {
      const res = await server.gql(END, { input: { id: gid('Partnership', row) } }, { token });
      expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
    const rows = await server.db.owner.em
      .fork()
      .getConnection()
      .execute<{ status: string }[]>('select status from partnership where id in (?, ?)', [
        sibling.id,
        elsewhere.id,
      ]);
    expect(rows.map((r) => r.status)).toEqual(['ACTIVE', 'ACTIVE']);
  });
});
