import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { Tenant } from '../tenants/tenant.entity';
import { TenantKind } from '../tenants/tenant-kind.enum';
import { CommunityProfile } from '../organisation/community-profile.entity';
import { Grid } from '../organisation/grid.entity';
import { MicroGrid, MicroGridKind } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { GridAssignment, GridRole } from '../organisation/grid-assignment.entity';
import { ApiKey } from '../../core/auth/api-key.entity';
import { UserAccount } from '../../core/auth/user-account.entity';
import { RoleAssignment } from '../../core/auth/role-assignment.entity';
import { Role } from '../../core/auth/role.enum';
import { hashPassword, hashSecret, newSecret } from '../../core/auth/secrets';
import { isDivisionCode } from '../../core/validation/identifiers';

/** The shape of tenants/*.json (tenants/tenants.schema.json is its JSON Schema). */
interface DemoPerson {
  key: string;
  name: string;
  phone?: string;
  idNumber?: string;
  address?: string;
  birthDate?: string;
}
interface DemoGrid {
  code: string;
  name: string;
  assignments: { person: string; role: GridRole }[];
  microGrids: { code: string; name: string; kind: MicroGridKind; leader?: string | null }[];
}
interface DemoCommunity {
  code: string;
  name: string;
  profile?: {
    areaKm2?: string | number | null;
    foundedOn?: string | null;
    compounds?: number;
    buildings?: number;
    compoundsWithoutPropertyManager?: number;
    households?: number | null;
    residents?: number | null;
    description?: string | null;
  };
  people: DemoPerson[];
  grids: DemoGrid[];
}
interface DemoFile {
  district: { code: string; name: string; fullName?: string };
  streets: { code: string; name: string; communities: DemoCommunity[] }[];
  principals: {
    integrator: { name: string };
    users: {
      username: string;
      displayName: string;
      role: Role;
      tenant: string;
      person?: string | null;
      grids?: string[];
    }[];
  };
}

export interface DemoPrincipals {
  note: string;
  integrators: { district: string; name: string; apiKey: string }[];
  users: { username: string; password: string; role: Role; tenant: string }[];
}

/** tenants/ at the project root, from api/modules/admin (ts) or dist/api/modules/admin (built). */
const tenantsDir = () =>
  resolve(__dirname, __filename.endsWith('.ts') ? '../../../tenants' : '../../../../tenants');

export function readDemoFiles(dir = tenantsDir()): { file: string; data: DemoFile }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as DemoFile;
      const codes = [
        data.district.code,
        ...data.streets.flatMap((s) => [s.code, ...s.communities.map((c) => c.code)]),
      ];
      const bad = codes.find((c) => !isDivisionCode(c));
      if (bad) throw new Error(`tenants/${file}: "${bad}" is not a valid division code`);
      return { file, data };
    });
}

/**
 * Upserts the demo tenants and their organisation as the owner (the platform-admin path).
 * Idempotent: tenants by code, grids and micro-grids by (community, code), people by
 * (community, name, phone), assignments by (grid, person, role), users by username. Keys and
 * passwords are created only for principals that do not exist yet, and returned (shown once).
 */
export async function loadDemoTenants(
  db: Database,
): Promise<{ tenants: number; principals: DemoPrincipals }> {
  const principals: DemoPrincipals = {
    note: 'Local demo principals. Keys and passwords are shown only here; reissue with `npm run tenants -- …`.',
    integrators: [],
    users: [],
  };
  let tenants = 0;
  for (const { data } of readDemoFiles()) {
    await db.owner.em.fork().transactional(async (em) => {
      const district = await upsertTenant(em, TenantKind.DISTRICT, data.district, null);
      tenants += 1;
      const communities = new Map<
        string,
        { tenant: Tenant; grids: Map<string, Grid>; people: Map<string, Person> }
      >();
      const byCode = new Map<string, Tenant>([[district.code, district]]);
      for (const s of data.streets) {
        const street = await upsertTenant(em, TenantKind.STREET, s, district);
        byCode.set(street.code, street);
        tenants += 1;
        for (const c of s.communities) {
          const community = await upsertTenant(em, TenantKind.COMMUNITY, c, street);
          byCode.set(community.code, community);
          tenants += 1;
          communities.set(c.code, await upsertOrganisation(em, community, c));
        }
      }
      if (!(await em.findOne(ApiKey, { name: data.principals.integrator.name, revokedAt: null }))) {
        const secret = newSecret('gk');
        em.create(ApiKey, {
          role: Role.DISTRICT_INTEGRATOR,
          name: data.principals.integrator.name,
          prefix: secret.slice(0, 10),
          secretHash: hashSecret(secret),
          tenant: district,
        });
        principals.integrators.push({
          district: district.name,
          name: data.principals.integrator.name,
          apiKey: secret,
        });
      }
      for (const u of data.principals.users) {
        if (await em.findOne(UserAccount, { username: u.username })) continue;
        const tenant = byCode.get(u.tenant);
        if (!tenant) throw new Error(`demo user ${u.username}: unknown tenant ${u.tenant}`);
        const org = communities.get(u.tenant);
        const password = randomBytes(9).toString('base64url');
        const user = em.create(UserAccount, {
          username: u.username,
          displayName: u.displayName,
          passwordHash: await hashPassword(password),
          personId: u.person ? org?.people.get(u.person)?.id : undefined,
        });
        em.create(RoleAssignment, {
          user,
          role: u.role,
          tenant,
          gridIds: (u.grids ?? []).map((code) => {
            const grid = org?.grids.get(code);
            if (!grid) throw new Error(`demo user ${u.username}: unknown grid ${code}`);
            return grid.id;
          }),
        });
        principals.users.push({ username: u.username, password, role: u.role, tenant: tenant.name });
      }
      await em.flush();
    });
  }
  return { tenants, principals };
}

async function upsertTenant(
  em: EntityManager,
  kind: TenantKind,
  data: { code: string; name: string; fullName?: string },
  parent: Tenant | null,
): Promise<Tenant> {
  const existing = await em.findOne(Tenant, { code: data.code });
  if (existing) {
    existing.name = data.name;
    existing.fullName = data.fullName ?? existing.fullName;
    return existing;
  }
  const tenant = em.create(Tenant, {
    kind,
    code: data.code,
    name: data.name,
    fullName: data.fullName,
    parent,
    path: '',
  });
  tenant.path = `${parent ? parent.path : '/'}${tenant.id}/`;
  await em.flush();
  return tenant;
}

async function upsertOrganisation(em: EntityManager, tenant: Tenant, c: DemoCommunity) {
  if (c.profile) {
    const profile =
      (await em.findOne(CommunityProfile, { tenant })) ?? em.create(CommunityProfile, { tenant });
    const p = c.profile;
    em.assign(profile, {
      areaKm2: p.areaKm2 === null || p.areaKm2 === undefined ? undefined : Number(p.areaKm2),
      foundedOn: p.foundedOn ?? undefined,
      compounds: p.compounds ?? 0,
      buildings: p.buildings ?? 0,
      compoundsWithoutPropertyManager: p.compoundsWithoutPropertyManager ?? 0,
      households: p.households ?? undefined,
      residents: p.residents ?? undefined,
      description: p.description ?? undefined,
    });
  }
  const people = new Map<string, Person>();
  const existingPeople = await em.find(Person, { tenant });
  for (const p of c.people) {
    const found = existingPeople.find((e) => e.name === p.name && (e.phone ?? null) === (p.phone ?? null));
    people.set(
      p.key,
      found ??
        em.create(Person, {
          tenant,
          name: p.name,
          phone: p.phone,
          idNumber: p.idNumber,
          address: p.address,
          birthDate: p.birthDate,
        }),
    );
  }
  const grids = new Map<string, Grid>();
  const existingGrids = new Map((await em.find(Grid, { tenant })).map((g) => [g.code, g]));
  const existingMicro = new Map((await em.find(MicroGrid, { tenant })).map((m) => [m.code, m]));
  const existingAssignments = await em.find(GridAssignment, { tenant });
  for (const g of c.grids) {
    const grid = existingGrids.get(g.code) ?? em.create(Grid, { tenant, code: g.code, name: g.name });
    grid.name = g.name;
    grids.set(g.code, grid);
    for (const m of g.microGrids) {
      const leader = m.leader ? people.get(m.leader) : undefined;
      const micro =
        existingMicro.get(m.code) ??
        em.create(MicroGrid, { tenant, grid, code: m.code, name: m.name, kind: m.kind });
      em.assign(micro, { name: m.name, kind: m.kind, leader: leader ?? null });
    }
    for (const a of g.assignments) {
      const person = people.get(a.person);
      if (!person) throw new Error(`${c.name} ${g.code}: unknown person ${a.person}`);
      const exists = existingAssignments.some(
        (e) => e.grid.id === grid.id && e.person.id === person.id && e.role === a.role && !e.endedOn,
      );
      if (!exists) em.create(GridAssignment, { tenant, grid, person, role: a.role, startedOn: '2024-01-01' });
    }
  }
  await em.flush();
  return { tenant, grids, people };
}

/** First start: load the demo tenants when the database has no tenants, and write the principals file. */
export async function loadDemoTenantsIfEmpty(
  db: Database,
  config: Config,
): Promise<{ tenants: number; principalsFile: string } | null> {
  const count = await db.owner.em.fork().count(Tenant, {});
  if (count > 0) return null;
  const { tenants, principals } = await loadDemoTenants(db);
  const file = resolve(config.demoPrincipalsFile);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(principals, null, 2)}\n`, { mode: 0o600 });
  return { tenants, principalsFile: file };
}
