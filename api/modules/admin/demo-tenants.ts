import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { Tenant } from '../tenants/tenant.entity';
import type { PartnerUnit } from '../partners/partner-unit.entity';
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
import {
  type DemoOwned,
  type DemoPartnerUnit,
  type DemoPersonRef,
  type OwnedRefs,
  upsertPartnerships,
  upsertPartnerUnits,
  upsertPeople,
  upsertProgrammes,
  upsertTeams,
} from './demo-co-building';
import { upsertVenues } from './demo-venues';
import { type DemoWish, upsertWishes } from './demo-wishes';
import { type DemoHousehold, upsertHouseholds } from './demo-households';
import { type DemoAdoption, upsertAdoptions } from './demo-adoptions';
import { type DemoCase, upsertCases } from './demo-cases';
import { type DemoCare, upsertCare, visitOrigins } from './demo-care';
import { type DemoMeeting, upsertMeetings } from './demo-meetings';

/** The shape of tenants/*.json (tenants/tenants.schema.json is its JSON Schema). */
type DemoPerson = DemoPersonRef;
interface DemoGrid {
  code: string;
  name: string;
  assignments: { person: string; role: GridRole }[];
  microGrids: { code: string; name: string; kind: MicroGridKind; leader?: string | null }[];
}
interface DemoCommunity extends DemoOwned, DemoCare {
  cases?: DemoCase[];
  meetings?: DemoMeeting[];
  wishes?: DemoWish[];
  households?: DemoHousehold[];
  adoptions?: DemoAdoption[];
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
  streets: (DemoOwned & {
    code: string;
    name: string;
    people?: DemoPerson[];
    communities: DemoCommunity[];
  })[];
  partnerUnits?: DemoPartnerUnit[];
  principals: {
    integrator: { name: string };
    partners?: { name: string; partner: string }[];
    /** A community's device (smart-doorbell gateway) and mobile-probe keys. */
    devices?: { name: string; role: Role.DEVICE | Role.MOBILE_PROBE; tenant: string }[];
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
  partners: { partnerUnit: string; name: string; apiKey: string }[];
  devices: { community: string; name: string; role: Role; apiKey: string }[];
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
    partners: [],
    devices: [],
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
      const units = await upsertPartnerUnits(em, data.partnerUnits ?? []);
      // device keys first: the check-ins a doorbell recorded name its key
      const devices = new Map<string, ApiKey>();
      for (const k of data.principals.devices ?? []) {
        const tenant = byCode.get(k.tenant);
        if (tenant?.kind !== TenantKind.COMMUNITY)
          throw new Error(`demo key ${k.name}: ${k.tenant} is no community`);
        const issued = await issueKey(em, k.role, k.name, { tenant });
        if (issued.secret) {
          principals.devices.push({
            community: tenant.name,
            name: k.name,
            role: k.role,
            apiKey: issued.secret,
          });
        }
        if (k.role === Role.DEVICE) devices.set(k.tenant, issued.key);
      }
      await upsertCoBuilding(em, data, byCode, communities, units, devices);
      for (const p of data.principals.partners ?? []) {
        const unit = units.get(p.partner)?.unit;
        if (!unit) throw new Error(`demo partner key ${p.name}: unknown partner ${p.partner}`);
        const { secret } = await issueKey(em, Role.PARTNER, p.name, { partnerUnit: unit });
        if (secret) principals.partners.push({ partnerUnit: unit.name, name: p.name, apiKey: secret });
      }
      const integrator = data.principals.integrator.name;
      const { secret } = await issueKey(em, Role.DISTRICT_INTEGRATOR, integrator, { tenant: district });
      if (secret) {
        principals.integrators.push({
          district: district.name,
          name: integrator,
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

/** A key by name, issued (secret returned) only when no live key of that name exists. */
async function issueKey(
  em: EntityManager,
  role: Role,
  name: string,
  owner: { tenant?: Tenant; partnerUnit?: PartnerUnit },
): Promise<{ key: ApiKey; secret: string | null }> {
  const existing = await em.findOne(ApiKey, { name, revokedAt: null });
  if (existing) return { key: existing, secret: null };
  const secret = newSecret('gk');
  const key = em.create(ApiKey, {
    role,
    name,
    prefix: secret.slice(0, 10),
    secretHash: hashSecret(secret),
    ...owner,
  });
  return { key, secret };
}

/**
 * Teams and partnerships of every street and community first (programmes and venues refer to
 * them, and a street programme to its communities' ones), then programmes and venues, then
 * each community's daily work: cases first (visit findings and meeting decisions point at them),
 * then visits and the daily greeting, then meetings.
 */
async function upsertCoBuilding(
  em: EntityManager,
  data: DemoFile,
  byCode: Map<string, Tenant>,
  communities: Map<string, { tenant: Tenant; people: Map<string, Person>; grids: Map<string, Grid> }>,
  units: Awaited<ReturnType<typeof upsertPartnerUnits>>,
  devices: Map<string, ApiKey>,
): Promise<void> {
  const refs = new Map<string, OwnedRefs>();
  const owned = async (code: string, owner: DemoOwned, people: Map<string, Person>) => {
    const tenant = byCode.get(code)!;
    const ref: OwnedRefs = {
      tenant,
      teams: await upsertTeams(em, tenant, owner.teams ?? [], people),
      partnerships: await upsertPartnerships(em, tenant, owner.partnerships ?? [], units),
    };
    refs.set(code, ref);
  };
  for (const s of data.streets) {
    const people = await upsertPeople(em, byCode.get(s.code)!, s.people ?? []);
    await owned(s.code, s, people);
    for (const c of s.communities) await owned(c.code, c, communities.get(c.code)!.people);
  }
  await em.flush();
  for (const s of data.streets) {
    const street = refs.get(s.code)!;
    const inStreet = (code: string) =>
      s.communities.some((c) => c.code === code) ? refs.get(code) : undefined;
    await upsertProgrammes(em, street, s.programmes ?? [], inStreet, null);
    await upsertVenues(em, street, s.venues ?? []);
    for (const c of s.communities) {
      const community = refs.get(c.code)!;
      await upsertProgrammes(em, community, c.programmes ?? [], () => undefined, street);
      await upsertVenues(em, community, c.venues ?? []);
      const { people, grids } = communities.get(c.code)!;
      await upsertWishes(em, community.tenant, c.wishes ?? [], people, (key) => units.get(key)?.unit);
      await upsertHouseholds(em, community.tenant, c.households ?? [], people, grids);
      await em.flush();
      await upsertAdoptions(em, community.tenant, c.adoptions ?? [], people, community.partnerships);
      const usersOf = (role: Role, code: string) =>
        data.principals.users.filter((u) => u.role === role && u.tenant === code);
      const common = {
        tenant: community.tenant,
        people,
        grids,
        units: (key: string) => units.get(key)?.unit,
        admins: new Set(usersOf(Role.COMMUNITY_ADMIN, c.code).flatMap((u) => (u.person ? [u.person] : []))),
      };
      await upsertCases(
        em,
        {
          ...common,
          teams: community.teams,
          streetTeams: street.teams,
          streetAdmin: usersOf(Role.STREET_ADMIN, s.code)[0]?.displayName ?? `${s.name}管理员`,
          originVisit: visitOrigins(community.tenant, c.visits ?? []),
        },
        c.cases ?? [],
      );
      await em.flush();
      await upsertCare(em, { ...common, device: devices.get(c.code) }, c);
      await upsertMeetings(em, common, c.meetings ?? []);
      await em.flush();
    }
  }
  await em.flush();
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
  const people = await upsertPeople(em, tenant, c.people);
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
