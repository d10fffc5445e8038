import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  divisionLevel,
  divisionPrefix,
  isDivisionCode,
  isMainlandMobile,
  isResidentIdNumber,
  residentIdBirthDate,
} from '../../api/core/validation/identifiers';

/**
 * The demo tenant files (tenants/*.json): shape against tenants/tenants.schema.json, then every
 * rule the schema cannot express (codes, prefixes, check characters, cross-references), then the
 * facts taken from the seed articles.
 */

const TENANTS_DIR = path.resolve(__dirname, '../../tenants');
const SCHEMA_FILE = 'tenants.schema.json';
const SEEDS_DIR = process.env.SEEDS_DIR ?? path.resolve(__dirname, '../../../shared/seeds');

// ------------------------------------------------------------------------------ file types

interface Person {
  key: string;
  name: string;
  phone: string;
  idNumber: string;
  address: string;
  birthDate: string;
  skills: string[];
}
interface MicroGrid {
  code: string;
  name: string;
  kind: 'COMPOUND' | 'BUILDING';
  leader: string;
}
interface Grid {
  code: string;
  name: string;
  assignments: { person: string; role: string }[];
  microGrids: MicroGrid[];
}
interface Community {
  code: string;
  name: string;
  profile: {
    areaKm2: string | null;
    foundedOn: string | null;
    compounds: number | null;
    buildings: number | null;
    compoundsWithoutPropertyManager: number | null;
    households: number | null;
    residents: number | null;
    description: string;
  };
  people: Person[];
  grids: Grid[];
}
interface Street {
  code: string;
  name: string;
  communities: Community[];
}
interface User {
  username: string;
  displayName: string;
  role: string;
  tenant: string;
  person: string | null;
  grids: string[];
}
interface TenantFile {
  district: { code: string; name: string; fullName: string };
  streets: Street[];
  principals: { integrator: { name: string }; users: User[] };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(TENANTS_DIR, file), 'utf8'));
const fileNames = readdirSync(TENANTS_DIR)
  .filter((f) => f.endsWith('.json') && f !== SCHEMA_FILE)
  .sort();
const raw: [string, unknown][] = fileNames.map((f) => [f, readJson(f)]);
const files = raw as [string, TenantFile][];
const schema = readJson(SCHEMA_FILE) as JsonSchema;

const communities = (f: TenantFile) => f.streets.flatMap((s) => s.communities);
const allCommunities = files.flatMap(([, f]) => communities(f));
const allPeople = allCommunities.flatMap((c) => c.people);
const communityNamed = (name: string): Community => {
  const found = allCommunities.filter((c) => c.name === name);
  expect(found).toHaveLength(1);
  return found[0];
};
const STAFF_GRID_ROLES = ['GRID_LEADER', 'GRID_WORKER', 'GRID_STEWARD'];

// ------------------------------------------------------------------------------ schema check

/**
 * A validator for the subset of JSON Schema draft-07 that tenants.schema.json uses. It refuses
 * keywords it does not implement, so the schema cannot silently outgrow it.
 */
type JsonSchema = { [keyword: string]: unknown };
const SUPPORTED = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'definitions',
  '$ref',
  'anyOf',
  'type',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'pattern',
  'minLength',
  'minimum',
]);

function typeMatches(type: string, v: unknown): boolean {
  switch (type) {
    case 'null':
      return v === null;
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    default:
      throw new Error(`unsupported type ${type}`);
  }
}

function schemaErrors(s: JsonSchema, v: unknown, at: string, root: JsonSchema): string[] {
  for (const k of Object.keys(s))
    if (!SUPPORTED.has(k)) throw new Error(`unsupported keyword ${k} in schema`);
  if (typeof s.$ref === 'string') {
    // draft-07: keywords next to $ref are ignored
    const m = /^#\/definitions\/(.+)$/.exec(s.$ref);
    if (!m) throw new Error(`unsupported $ref ${s.$ref}`);
    const target = (root.definitions as Record<string, JsonSchema>)[m[1]];
    if (!target) throw new Error(`dangling $ref ${s.$ref}`);
    return schemaErrors(target, v, at, root);
  }
  const errors: string[] = [];
  if (
    Array.isArray(s.anyOf) &&
    !s.anyOf.some((alt: JsonSchema) => schemaErrors(alt, v, at, root).length === 0)
  ) {
    errors.push(`${at}: matches none of anyOf`);
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => typeMatches(t, v))) return [...errors, `${at}: expected ${types.join('|')}`];
  }
  if (Array.isArray(s.enum) && !s.enum.includes(v)) errors.push(`${at}: ${JSON.stringify(v)} not in enum`);
  if (typeof v === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v))
      errors.push(`${at}: "${v}" !~ ${s.pattern}`);
    if (typeof s.minLength === 'number' && Array.from(v).length < s.minLength)
      errors.push(`${at}: too short`);
  }
  if (typeof v === 'number' && typeof s.minimum === 'number' && v < s.minimum)
    errors.push(`${at}: below ${s.minimum}`);
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems)
      errors.push(`${at}: fewer than ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && v.length > s.maxItems)
      errors.push(`${at}: more than ${s.maxItems} items`);
    if (s.items)
      v.forEach((item, i) => errors.push(...schemaErrors(s.items as JsonSchema, item, `${at}[${i}]`, root)));
  }
  if (typeMatches('object', v)) {
    const obj = v as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, JsonSchema>;
    for (const r of (s.required ?? []) as string[]) if (!(r in obj)) errors.push(`${at}: missing ${r}`);
    for (const [k, val] of Object.entries(obj)) {
      if (props[k]) errors.push(...schemaErrors(props[k], val, `${at}.${k}`, root));
      else if (s.additionalProperties === false) errors.push(`${at}: unexpected key ${k}`);
    }
  }
  return errors;
}

// ajv is not a dependency of the project; when some other package has installed it, the schema
// is also checked with a full draft-07 implementation.
function loadAjv(): (new (options: object) => AjvInstance) | null {
  try {
    const mod = createRequire(__filename)('ajv') as { default?: unknown };
    return (mod.default ?? mod) as new (options: object) => AjvInstance;
  } catch {
    return null;
  }
}
interface AjvInstance {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
}
const Ajv = loadAjv();

describe('tenant files', () => {
  it('are the five seed places', () => {
    expect(fileNames).toEqual(['baoshan.json', 'erqi.json', 'tianxin.json', 'yongdeng.json', 'zherong.json']);
  });

  describe('schema', () => {
    it('is a draft-07 schema', () => expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#'));

    it.each(raw)('%s matches tenants.schema.json', (_file, data) => {
      expect(schemaErrors(schema, data, '$', schema)).toEqual([]);
    });

    it('rejects files that break it', () => {
      const good = JSON.parse(JSON.stringify(files[0][1])) as TenantFile;
      const broken = (mutate: (f: TenantFile & Record<string, unknown>) => void) => {
        const copy = JSON.parse(JSON.stringify(good)) as TenantFile & Record<string, unknown>;
        mutate(copy);
        return schemaErrors(schema, copy, '$', schema);
      };
      expect(broken(() => undefined)).toEqual([]);
      expect(broken((f) => (f.extra = 1))).not.toEqual([]);
      expect(broken((f) => (f.district.code = '4101030000'))).not.toEqual([]);
      expect(broken((f) => (f.streets[0].communities[0].people[0].phone = '12345'))).not.toEqual([]);
      expect(broken((f) => (f.streets[0].communities[0].grids[0].assignments[0].role = 'BOSS'))).not.toEqual(
        [],
      );
      expect(broken((f) => (f.streets[0].communities[0].profile.areaKm2 = '0,5'))).not.toEqual([]);
      expect(broken((f) => (f.principals.users[0].role = 'PLATFORM_ADMIN'))).not.toEqual([]);
      expect(
        broken((f) => delete (f.principals as Partial<TenantFile['principals']>).integrator),
      ).not.toEqual([]);
    });

    (Ajv ? it.each(raw) : it.skip.each(raw))('%s also validates with ajv (when installed)', (_file, data) => {
      const validate = new Ajv!({ allErrors: true, strict: false }).compile(schema);
      const ok = validate(data);
      expect(ok ? [] : validate.errors).toEqual([]);
    });
  });

  describe('division codes', () => {
    const codes = files.flatMap(([, f]) => [
      f.district.code,
      ...f.streets.map((s) => s.code),
      ...communities(f).map((c) => c.code),
    ]);

    it('are valid 12-digit codes, unique across all files', () => {
      for (const code of codes) expect(isDivisionCode(code)).toBe(true);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it.each(files)('%s: district → street → community levels and prefixes are consistent', (_file, f) => {
      expect(divisionLevel(f.district.code)).toBe('COUNTY');
      expect(f.district.fullName.endsWith(f.district.name)).toBe(true);
      for (const street of f.streets) {
        expect(divisionLevel(street.code)).toBe('TOWN');
        expect(street.code.startsWith(divisionPrefix(f.district.code))).toBe(true);
        for (const community of street.communities) {
          expect(divisionLevel(community.code)).toBe('VILLAGE');
          expect(community.code.startsWith(divisionPrefix(street.code))).toBe(true);
        }
      }
    });
  });

  describe('people', () => {
    it.each(files)('%s: every community has 8–120 people with unique keys', (_file, f) => {
      for (const c of communities(f)) {
        expect(c.people.length).toBeGreaterThanOrEqual(8);
        expect(c.people.length).toBeLessThanOrEqual(120);
        expect(new Set(c.people.map((p) => p.key)).size).toBe(c.people.length);
      }
    });

    it.each(files)('%s: ID numbers pass GB 11643 and match birth date and county', (_file, f) => {
      const county = f.district.code.slice(0, 6);
      for (const p of communities(f).flatMap((c) => c.people)) {
        expect({ key: p.key, valid: isResidentIdNumber(p.idNumber) }).toEqual({ key: p.key, valid: true });
        expect(residentIdBirthDate(p.idNumber)).toBe(p.birthDate);
        expect(p.idNumber.slice(0, 6)).toBe(county);
      }
    });

    it('have mainland mobile numbers, and phones and ID numbers are unique across all files', () => {
      for (const p of allPeople) expect(isMainlandMobile(p.phone)).toBe(true);
      expect(new Set(allPeople.map((p) => p.phone)).size).toBe(allPeople.length);
      expect(new Set(allPeople.map((p) => p.idNumber)).size).toBe(allPeople.length);
    });

    it('have Chinese names of 2–4 characters and an address in their community', () => {
      for (const c of allCommunities) {
        for (const p of c.people) {
          expect(p.name).toMatch(/^\p{Script=Han}{2,4}$/u);
          expect(p.address.startsWith(c.name)).toBe(true);
        }
      }
    });
  });

  describe('grids', () => {
    it.each(files)('%s: grid and micro-grid codes are unique; every person key resolves', (_file, f) => {
      for (const c of communities(f)) {
        const keys = new Set(c.people.map((p) => p.key));
        expect(new Set(c.grids.map((g) => g.code)).size).toBe(c.grids.length);
        const micro = c.grids.flatMap((g) => g.microGrids);
        expect(new Set(micro.map((m) => m.code)).size).toBe(micro.length);
        expect(new Set(micro.map((m) => m.name)).size).toBe(micro.length);
        for (const g of c.grids) {
          for (const a of g.assignments) expect(keys.has(a.person)).toBe(true);
          const pairs = g.assignments.map((a) => `${a.person}/${a.role}`);
          expect(new Set(pairs).size).toBe(pairs.length);
          for (const m of g.microGrids) {
            expect(m.code.startsWith(`${g.code}-`)).toBe(true);
            expect(keys.has(m.leader)).toBe(true);
            // a micro-grid leader serves the grid as 微网格长
            expect(pairs).toContain(`${m.leader}/MICRO_GRID_LEADER`);
          }
          expect(g.assignments.some((a) => a.role === 'GRID_LEADER')).toBe(true);
        }
      }
    });
  });

  describe('principals', () => {
    it('usernames are unique across all files', () => {
      const usernames = files.flatMap(([, f]) => f.principals.users.map((u) => u.username));
      expect(new Set(usernames).size).toBe(usernames.length);
    });

    it.each(files)(
      '%s: one integrator, one street admin per street, one community admin per community',
      (_file, f) => {
        const users = f.principals.users;
        expect(f.principals.integrator.name).not.toBe('');
        for (const s of f.streets) {
          expect(users.filter((u) => u.role === 'STREET_ADMIN' && u.tenant === s.code)).toHaveLength(1);
          for (const c of s.communities) {
            expect(users.filter((u) => u.role === 'COMMUNITY_ADMIN' && u.tenant === c.code)).toHaveLength(1);
          }
        }
      },
    );

    it.each(files)('%s: users point at tenants, people and grids of the same file', (_file, f) => {
      const streetCodes = new Set(f.streets.map((s) => s.code));
      const byCode = new Map(communities(f).map((c) => [c.code, c]));
      for (const u of f.principals.users) {
        if (u.role === 'STREET_ADMIN') {
          expect(streetCodes.has(u.tenant)).toBe(true);
          expect(u.person).toBeNull();
        } else {
          expect(byCode.has(u.tenant)).toBe(true);
        }
        const community = byCode.get(u.tenant);
        if (u.person !== null) {
          expect(community).toBeDefined();
          const person = community!.people.find((p) => p.key === u.person);
          expect(person).toBeDefined();
          expect(u.displayName).toBe(person!.name);
        }
        if (u.role === 'GRID_WORKER') {
          expect(u.grids.length).toBeGreaterThan(0);
          expect(u.person).not.toBeNull();
          for (const code of u.grids) {
            const grid = community!.grids.find((g) => g.code === code);
            expect(grid).toBeDefined();
            // the user's person is staff of each grid the account covers
            expect(
              grid!.assignments.some((a) => a.person === u.person && STAFF_GRID_ROLES.includes(a.role)),
            ).toBe(true);
          }
        } else {
          expect(u.grids).toEqual([]);
        }
      }
    });
  });

  describe('facts from the seeds', () => {
    it('绿云: profile of the seed, 15 compound micro-grids, a grid worker account', () => {
      const lvyun = communityNamed('绿云社区');
      expect(lvyun.profile).toMatchObject({
        areaKm2: '0.5',
        foundedOn: '2003-10-01',
        compounds: 15,
        buildings: 95,
        compoundsWithoutPropertyManager: 10,
      });
      const micro = lvyun.grids.flatMap((g) => g.microGrids);
      expect(micro).toHaveLength(15);
      expect(micro.every((m) => m.kind === 'COMPOUND')).toBe(true);
      expect(micro.map((m) => m.name)).toContain('嵩山路1号');
      const erqi = files.find(([, f]) => communities(f).includes(lvyun))![1];
      expect(erqi.principals.users.some((u) => u.role === 'GRID_WORKER' && u.tenant === lvyun.code)).toBe(
        true,
      );
    });

    it('狮子山: exactly 6 grids, each fully staffed, with 嵩山路1号 and its micro-grid leader', () => {
      const szs = communityNamed('狮子山社区');
      expect(szs.grids).toHaveLength(6);
      for (const g of szs.grids) {
        const count = (role: string) => g.assignments.filter((a) => a.role === role).length;
        expect(count('GRID_LEADER')).toBeGreaterThanOrEqual(1);
        expect(count('GRID_WORKER')).toBeGreaterThanOrEqual(1);
        expect(count('GRID_STEWARD')).toBeGreaterThanOrEqual(1);
        expect(count('PARTY_CADRE')).toBeGreaterThanOrEqual(2);
        expect(count('VOLUNTEER')).toBeGreaterThanOrEqual(2);
        expect(g.microGrids.length).toBeGreaterThanOrEqual(2);
      }
      const songshan = szs.grids.flatMap((g) => g.microGrids).filter((m) => m.name === '嵩山路1号');
      expect(songshan).toHaveLength(1);
      expect(szs.people.map((p) => p.key)).toContain(songshan[0].leader);
      // the seed's per-grid figures are in the description, not modelled as people
      expect(szs.profile.description).toMatch(/30名党员干部、120名志愿者、10名社区工作者/);
      const tianxin = files.find(([, f]) => communities(f).includes(szs))![1];
      expect(tianxin.principals.users.some((u) => u.role === 'GRID_WORKER' && u.tenant === szs.code)).toBe(
        true,
      );
    });

    it('城南: 锦绣小区 and its 6 buildings are micro-grids of one grid; a resident account', () => {
      const chengnan = communityNamed('城南社区');
      const grid = chengnan.grids.find((g) => g.microGrids.some((m) => m.name === '锦绣小区'))!;
      expect(grid.microGrids.find((m) => m.name === '锦绣小区')!.kind).toBe('COMPOUND');
      const buildings = grid.microGrids.filter((m) => m.kind === 'BUILDING' && m.name.startsWith('锦绣小区'));
      expect(buildings).toHaveLength(6);
      const zherong = files.find(([, f]) => communities(f).includes(chengnan))![1];
      expect(zherong.principals.users.some((u) => u.role === 'RESIDENT' && u.tenant === chengnan.code)).toBe(
        true,
      );
    });

    it('新城区: a few grids with micro-grids', () => {
      const xcq = communityNamed('新城区社区');
      expect(xcq.grids.length).toBeGreaterThanOrEqual(2);
      for (const g of xcq.grids) expect(g.microGrids.length).toBeGreaterThanOrEqual(1);
    });

    it('跃进街道: five communities with one or two grids each', () => {
      const yuejin = files.flatMap(([, f]) => f.streets).find((s) => s.name === '跃进街道')!;
      expect(yuejin.communities).toHaveLength(5);
      for (const c of yuejin.communities) {
        expect(c.grids.length).toBeGreaterThanOrEqual(1);
        expect(c.grids.length).toBeLessThanOrEqual(2);
      }
    });
  });

  describe('invented names', () => {
    // People named in the seed articles (real people), in simplified characters: articles 001
    // and 002 are in traditional characters, so a plain text search would miss e.g. 黄秀琴 (黃秀琴).
    const SEED_PEOPLE = [
      ...['王玲娟', '郭源鸣', '刘伟平', '景静', '朱翔宇'], // 000
      ...['陈小妹', '叶陈芬', '林颖', '袁长', '黄秀琴', '汪雪琴', '王彩民', '黄松', '郑力炜'], // 001
      ...['董桂芳', '杨福丽', '任思蕊', '葛强', '王旭伟'], // 002
      ...['徐苏斌', '徐小平', '徐宇伟', '陈秋云', '肖俊宇', '洪也凡', '梅娭毑', '马旭奇', '唐甬梅'], // 003
    ];
    const inventedNames = [
      ...allPeople.map((p) => p.name),
      ...files.flatMap(([, f]) => f.principals.users.map((u) => u.displayName)),
    ];

    it('no person name contains, or is contained in, a name from the seeds', () => {
      for (const name of inventedNames) {
        for (const real of SEED_PEOPLE) {
          expect({ name, real, clash: name.includes(real) || real.includes(name) }).toEqual({
            name,
            real,
            clash: false,
          });
        }
      }
    });

    const seedsPresent = existsSync(SEEDS_DIR);
    (seedsPresent ? it : it.skip)('no person name appears in any seed text', () => {
      const texts = readdirSync(SEEDS_DIR)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(path.join(SEEDS_DIR, f), 'utf8'));
      expect(texts.length).toBeGreaterThan(0);
      for (const name of inventedNames) {
        expect({ name, inSeed: texts.some((t) => t.includes(name)) }).toEqual({ name, inSeed: false });
      }
    });
  });
});
