import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { hashSecret, newSecret } from '../api/core/auth/secrets';
import { insertCases } from './dataset-cases';

/** How big the synthetic tree is. Children are spread round-robin over their parents. */
export interface DatasetSizes {
  districts: number;
  streets: number;
  communities: number;
  grids: number;
  people: number;
  microGridsPerGrid: number;
  assignmentsPerGrid: number;
  /** Teams of each community; each community also runs one programme. */
  teamsPerCommunity: number;
  /** Projects in each community's programme. */
  projectsPerCommunity: number;
  /** Sub-projects per project, each with a lead and a supporting team, an indicator, two measurements. */
  subProjectsPerProject: number;
  /** Published household files per community (head and one more member each). */
  householdsPerCommunity: number;
  /** Communities (the first ones) a benchmark partner unit has active partnerships with. */
  partneredCommunities: number;
}

export const DEFAULT_SIZES: DatasetSizes = {
  districts: 1,
  streets: 20,
  communities: 500,
  grids: 3_000,
  people: 50_000,
  microGridsPerGrid: 3,
  assignmentsPerGrid: 5,
  teamsPerCommunity: 4,
  projectsPerCommunity: 7,
  subProjectsPerProject: 3,
  householdsPerCommunity: 30,
  partneredCommunities: 20,
};

/** A tenth of the default: enough to see the shape of the figures in seconds. */
export const SMALL_SIZES: DatasetSizes = {
  districts: 1,
  streets: 5,
  communities: 50,
  grids: 300,
  people: 5_000,
  microGridsPerGrid: 3,
  assignmentsPerGrid: 5,
  teamsPerCommunity: 4,
  projectsPerCommunity: 7,
  subProjectsPerProject: 3,
  householdsPerCommunity: 30,
  partneredCommunities: 20,
};

export interface Dataset {
  sizes: DatasetSizes;
  /** Bearer secret of a DISTRICT_INTEGRATOR API key on the first district. */
  integratorKey: string;
  /** Bearer secret of a COMMUNITY_ADMIN session on the first community. */
  communityAdminToken: string;
  /** Bearer secret of a PARTNER API key whose unit partners with the first `partneredCommunities`. */
  partnerKey: string;
  districtId: string;
  /** A COMMUNITY-level case of the first community, with its timeline (the timeline scenario's). */
  caseId: string;
  /** The first community (the community admin's), and a few more for spot checks. */
  communityId: string;
  communityIds: string[];
  rows: Record<string, number>;
  /** Wall time of the whole generation, ms. */
  elapsedMs: number;
}

/** 12-digit division codes have 2 digits for the county and 3 each for town and village. */
function checkSizes(s: DatasetSizes): void {
  const perParent = (children: number, parents: number) => Math.ceil(children / parents);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(s)) {
    if (!Number.isInteger(value) || value < 1) problems.push(`${name} must be a positive integer`);
  }
  if (s.districts > 99) problems.push('at most 99 districts (2-digit county code)');
  if (perParent(s.streets, s.districts) > 999) problems.push('at most 999 streets per district');
  if (perParent(s.communities, s.streets) > 999) problems.push('at most 999 communities per street');
  if (s.streets < s.districts || s.communities < s.streets)
    problems.push('every district needs a street and every street a community');
  if (s.people < s.communities) problems.push('people must be at least communities (leaders)');
  if (perParent(s.grids, s.communities) > 999) problems.push('at most 999 grids per community');
  if (s.microGridsPerGrid > 99) problems.push('at most 99 micro-grids per grid');
  if (s.people < s.communities * s.teamsPerCommunity) problems.push('people must cover a leader per team');
  if (s.grids < s.communities) problems.push('every community needs a grid (households live in its first)');
  if (s.people < s.communities * 3)
    problems.push('people must cover a household head, member and grid worker');
  if (problems.length) throw new Error(`Invalid dataset sizes: ${problems.join('; ')}`);
}

/**
 * Every id is derived from (run seed, kind, index), shaped as a version-4 uuid (the API's
 * global ids accept only that shape), so children compute their parents' ids arithmetically
 * and each table is one INSERT … SELECT over generate_series: no round trip per row.
 */
const uuidFunction = (seed: string) => `
create function pg_temp.bench_uuid(kind text, n bigint) returns uuid language sql immutable as $$
  select overlay(overlay(md5('${seed}:' || kind || ':' || n) placing '4' from 13) placing '8' from 17)::uuid
$$;`;

/** Deterministic spread of created_at so keyset pages follow the generation order. */
const createdAt = (index: string) =>
  `timestamptz '2025-01-01 00:00:00+00' + ${index} * interval '1 millisecond'`;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志红梅丹';

const sqlArray = (chars: string) => `array[${Array.from(chars, (c) => `'${c}'`).join(',')}]`;

/**
 * The statements, in foreign-key order. Sizes are inlined (checked integers): in the SQL, $1 is
 * districts, $2 streets, $3 communities, $4 grids, $5 people, $6 micro-grids and $7 assignments
 * per grid, $8 teams and $9 projects per community, $0 sub-projects per project, and the households
 * per community inlined as `HOUSEHOLDS`, replaced before sending (PostgreSQL cannot type a parameter a
 * statement leaves unused).
 */
function insertStatements(s: DatasetSizes): string[] {
  const u = 'pg_temp.bench_uuid';
  const values = [
    s.districts,
    s.streets,
    s.communities,
    s.grids,
    s.people,
    s.microGridsPerGrid,
    s.assignmentsPerGrid,
    s.teamsPerCommunity,
    s.projectsPerCommunity,
    s.subProjectsPerProject,
  ];
  const inline = (sql: string) =>
    sql
      .replace(/\$(\d)(::int)?/g, (_m, n: string) => `(${values[n === '0' ? 9 : Number(n) - 1]})`)
      .replace(/HOUSEHOLDS/g, `(${s.householdsPerCommunity})`);
  const districtCode = (d: string) => `'4190' || lpad((${d} + 1)::text, 2, '0')`;
  return [
    `insert into tenant (id, created_at, updated_at, kind, code, name, full_name, parent_id, path)
     select ${u}('d', d), ${createdAt('d')}, ${createdAt('d')}, 'DISTRICT', ${districtCode('d')} || '000000',
            '基准' || (d + 1) || '区', '河南省基准市基准' || (d + 1) || '区', null, '/' || ${u}('d', d) || '/'
     from generate_series(0, $1::int - 1) d`,
    `insert into tenant (id, created_at, updated_at, kind, code, name, full_name, parent_id, path)
     select ${u}('s', s), ${createdAt('s')}, ${createdAt('s')}, 'STREET',
            ${districtCode('s % $1')} || lpad((s / $1 + 1)::text, 3, '0') || '000',
            '第' || (s + 1) || '街道', null, ${u}('d', s % $1),
            '/' || ${u}('d', s % $1) || '/' || ${u}('s', s) || '/'
     from generate_series(0, $2::int - 1) s`,
    `insert into tenant (id, created_at, updated_at, kind, code, name, full_name, parent_id, path)
     select ${u}('c', c), ${createdAt('c')}, ${createdAt('c')}, 'COMMUNITY',
            ${districtCode('(c % $2) % $1')} || lpad(((c % $2) / $1 + 1)::text, 3, '0') || lpad((c / $2 + 1)::text, 3, '0'),
            '绿云' || (c + 1) || '社区', null, ${u}('s', c % $2),
            '/' || ${u}('d', (c % $2) % $1) || '/' || ${u}('s', c % $2) || '/' || ${u}('c', c) || '/'
     from generate_series(0, $3::int - 1) c`,
    `insert into person (id, created_at, updated_at, tenant_id, name, phone, id_number, address, birth_date)
     select ${u}('p', p), ${createdAt('p')}, ${createdAt('p')}, ${u}('c', p % $3),
            (${sqlArray(SURNAMES)})[1 + p % ${Array.from(SURNAMES).length}]
              || (${sqlArray(GIVEN)})[1 + (p / 7) % ${Array.from(GIVEN).length}]
              || case when p % 3 = 0 then '' else (${sqlArray(GIVEN)})[1 + (p / 11) % ${Array.from(GIVEN).length}] end,
            '13' || (p % 10) || lpad(((p::bigint * 7919) % 100000000)::text, 8, '0'),
            null,
            '嵩山路' || (1 + p % 200) || '号院' || (1 + p % 12) || '号楼' || (1 + p % 4) || '单元' || (101 + p % 20) || '室',
            date '1940-01-01' + (p::bigint * 37 % 29000)::int
     from generate_series(0, $5::int - 1) p`,
    `insert into grid (id, created_at, updated_at, tenant_id, code, name, description)
     select ${u}('g', g), ${createdAt('g')}, ${createdAt('g')}, ${u}('c', g % $3),
            'G' || lpad((g / $3 + 1)::text, 3, '0'), '第' || (g / $3 + 1) || '网格', null
     from generate_series(0, $4::int - 1) g`,
    // Micro-grid m belongs to grid m % grids; its leader is a person of the grid's community.
    `insert into micro_grid (id, created_at, updated_at, tenant_id, grid_id, code, name, kind, leader_id)
     select ${u}('m', m), ${createdAt('m')}, ${createdAt('m')}, ${u}('c', (m % $4) % $3), ${u}('g', m % $4),
            'G' || lpad(((m % $4) / $3 + 1)::text, 3, '0') || '-M' || lpad((m / $4 + 1)::text, 2, '0'),
            '嵩山路' || (m + 1) || '号', (case when m % 2 = 0 then 'COMPOUND' else 'BUILDING' end)::micro_grid_kind,
            ${u}('p', (m % $4) % $3 + $3 * ((m / $3) % ($5 / $3)))
     from generate_series(0, $4::int * $6::int - 1) m`,
    `insert into grid_assignment (id, created_at, updated_at, tenant_id, grid_id, person_id, role, started_on, ended_on)
     select ${u}('a', a), ${createdAt('a')}, ${createdAt('a')}, ${u}('c', (a % $4) % $3), ${u}('g', a % $4),
            ${u}('p', (a % $4) % $3 + $3 * ((a / $3 + 1) % ($5 / $3))),
            (array['GRID_LEADER','GRID_WORKER','GRID_STEWARD','MICRO_GRID_LEADER','PARTY_CADRE','VOLUNTEER'])[1 + (a / $4) % 6]::grid_role,
            date '2024-01-01' + (a % 365), null
     from generate_series(0, $4::int * $7::int - 1) a`,
    `insert into community_profile (id, created_at, updated_at, tenant_id, area_km2, founded_on, compounds, buildings,
                                    compounds_without_property_manager, households, residents, description)
     select ${u}('cp', c), ${createdAt('c')}, ${createdAt('c')}, ${u}('c', c), 0.5 + (c % 30) / 10.0,
            date '1990-01-01' + (c * 97 % 10000), 3 + c % 10, 10 + c % 40, c % 3, 800 + c % 2000, 2000 + c % 5000, null
     from generate_series(0, $3::int - 1) c`,
    // Team t belongs to community t % communities; its leader is a person of that community.
    `insert into team (id, created_at, updated_at, tenant_id, name, kind, founded_on, leader_id)
     select ${u}('t', t), ${createdAt('t')}, ${createdAt('t')}, ${u}('c', t % $3), '第' || (t / $3 + 1) || '志愿服务队',
            (array['VOLUNTEER','WOMEN','PARTY_MEMBER','YOUTH','MEDIATION'])[1 + (t / $3) % 5]::team_kind,
            date '2018-01-01' + (t % 2000), ${u}('p', t % $3 + $3 * ((t / $3) % ($5 / $3)))
     from generate_series(0, $3::int * $8::int - 1) t`,
    `insert into programme (id, created_at, updated_at, tenant_id, name, description)
     select ${u}('pg', c), ${createdAt('c')}, ${createdAt('c')}, ${u}('c', c), '点点爱' || (c + 1) || '号治理项目', null
     from generate_series(0, $3::int - 1) c`,
    `insert into project (id, created_at, updated_at, tenant_id, programme_id, name)
     select ${u}('pj', j), ${createdAt('j')}, ${createdAt('j')}, ${u}('c', j % $3), ${u}('pg', j % $3), '项目' || (j / $3 + 1)
     from generate_series(0, $3::int * $9::int - 1) j`,
    // Sub-project k belongs to project k % projects; its lead team is a team of the same community.
    `insert into sub_project (id, created_at, updated_at, tenant_id, project_id, name, status, starts_on, lead_team_id)
     select ${u}('sp', k), ${createdAt('k')}, ${createdAt('k')}, ${u}('c', (k % ($3 * $9)) % $3), ${u}('pj', k % ($3 * $9)),
            '子项目' || (k / ($3 * $9) + 1), (array['PLANNED','ACTIVE','ACTIVE','COMPLETED'])[1 + k % 4]::project_status,
            date '2024-01-01' + (k % 300), ${u}('t', (k % ($3 * $9)) % $3 + $3 * (k % $8))
     from generate_series(0, $3::int * $9::int * $0::int - 1) k`,
    `insert into sub_project_team (id, created_at, updated_at, tenant_id, sub_project_id, team_id)
     select ${u}('spt', k), ${createdAt('k')}, ${createdAt('k')}, ${u}('c', (k % ($3 * $9)) % $3), ${u}('sp', k),
            ${u}('t', (k % ($3 * $9)) % $3 + $3 * ((k + 1) % $8))
     from generate_series(0, $3::int * $9::int * $0::int - 1) k where $8 > 1`,
    `insert into outcome_indicator (id, created_at, updated_at, tenant_id, sub_project_id, name, unit, target)
     select ${u}('oi', k), ${createdAt('k')}, ${createdAt('k')}, ${u}('c', (k % ($3 * $9)) % $3), ${u}('sp', k),
            '服务人次', '人次', 100 + k % 400
     from generate_series(0, $3::int * $9::int * $0::int - 1) k`,
    `insert into indicator_measurement (id, created_at, updated_at, tenant_id, indicator_id, value, measured_on,
                                        recorded_by_id, recorded_by_name)
     select ${u}('im', m), ${createdAt('m')}, ${createdAt('m')}, ${u}('c', ((m % ($3 * $9 * $0)) % ($3 * $9)) % $3),
            ${u}('oi', m % ($3 * $9 * $0)), (m / ($3 * $9 * $0) + 1) * 40, date '2024-06-30' + 90 * (m / ($3 * $9 * $0)),
            ${u}('bench', 0), '基准数据'
     from generate_series(0, $3::int * $9::int * $0::int * 2 - 1) m`,
    // Household h lives in community h % communities, in its first grid and that grid's first
    // micro-grid; head, grid worker and a second member are people of the same community.
    `insert into household_file (id, created_at, updated_at, tenant_id, code, grid_id, micro_grid_id, grid_worker_id,
                                 head_id, categories, needs, reason_for_support, status)
     select ${u}('hf', h), ${createdAt('h')}, ${createdAt('h')}, ${u}('c', h % $3), 'HF-' || (h / $3 + 1),
            ${u}('g', h % $3), ${u}('m', h % $3), ${u}('p', h % $3 + $3 * ((h / $3 + 1) % ($5 / $3))),
            ${u}('p', h % $3 + $3 * ((2 * (h / $3) + 2) % ($5 / $3))),
            case when h % 3 = 0 then '{ELDERLY_LIVING_ALONE}'::text[] else '{LOW_INCOME,SERIOUS_ILLNESS}'::text[] end,
            '助餐、上门照护、慰问物资', '困难家庭，需要帮扶', 'PUBLISHED'
     from generate_series(0, $3::int * HOUSEHOLDS - 1) h`,
    `insert into household_member (id, created_at, updated_at, tenant_id, household_id, person_id, relation)
     select ${u}('hm', x), ${createdAt('x')}, ${createdAt('x')}, ${u}('c', (x / 2) % $3), ${u}('hf', x / 2),
            ${u}('p', (x / 2) % $3 + $3 * ((2 * ((x / 2) / $3) + 2 + x % 2) % ($5 / $3))),
            (case when x % 2 = 0 then 'HEAD' else 'GRANDCHILD' end)::household_relation
     from generate_series(0, $3::int * HOUSEHOLDS * 2 - 1) x`,
  ].map(inline);
}

async function inTransaction<T>(client: Client, fn: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    const result = await fn();
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

/**
 * FORCE ROW LEVEL SECURITY walls the table owner too (unless it is a superuser): once the tree
 * exists, the transaction's scope is widened to every tenant so the owner may write their rows.
 */
async function admitAllTenants(client: Client): Promise<void> {
  await client.query(
    "select set_config('app.tenant_ids', (select coalesce(string_agg(id::text, ','), '') from tenant), true)",
  );
}

/** Households the benchmark partner adopted in each community it partners with. */
const ADOPTED_PER_COMMUNITY = 5;

/** A partner unit with active partnerships with the first `count` communities, and its API key. */
async function insertPartner(client: Client, count: number, communities: number): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`select pg_temp.bench_uuid('pu', 0)::text as id`);
  const unitId = rows[0].id;
  await client.query(
    `insert into partner_unit (id, name, kind, credit_code) values ($1, '基准共建企业有限公司', 'ENTERPRISE', '91419000MA00000018')`,
    [unitId],
  );
  await client.query(
    `insert into partnership (id, tenant_id, partner_unit_id, status, signed_on, starts_on, commitments)
     select pg_temp.bench_uuid('ps', c), pg_temp.bench_uuid('c', c), $1, 'ACTIVE', date '2024-01-01', date '2024-01-01', '{ASSISTANCE}'
     from generate_series(0, $2::int - 1) c`,
    [unitId, count],
  );
  // The partner adopted the first ADOPTED_PER_COMMUNITY households of each partnered community: a
  // yearly ¥1,200 pledge for 2021–2024 with four deliveries, the last one not yet confirmed.
  const adopted = `from generate_series(0, ${count} - 1) c, generate_series(0, ${ADOPTED_PER_COMMUNITY} - 1) k`;
  const hf = `pg_temp.bench_uuid('hf', c + ${communities} * k)`;
  const key = `(c * ${ADOPTED_PER_COMMUNITY} + k)`;
  await client.query(
    `update household_file set status = 'SUPPORT_UNDER_WAY' where id in (select ${hf} ${adopted})`,
  );
  await client.query(
    `insert into adoption (id, tenant_id, household_id, partner_unit_id, partnership_id, adopted_at, adopted_by_name)
     select pg_temp.bench_uuid('ad', ${key}), pg_temp.bench_uuid('c', c), ${hf}, $1, pg_temp.bench_uuid('ps', c),
            timestamptz '2020-12-10 10:00+08', '基准共建企业有限公司' ${adopted}`,
    [unitId],
  );
  await client.query(
    `insert into pledge (id, tenant_id, adoption_id, kind, description, amount_fen, frequency, starts_on, ends_on)
     select pg_temp.bench_uuid('pl', ${key}), pg_temp.bench_uuid('c', c), pg_temp.bench_uuid('ad', ${key}),
            'RECURRING_MONEY', '年节慰问金', 120000, 'YEARLY', date '2021-01-15', date '2024-12-31' ${adopted}`,
  );
  await client.query(
    `insert into support_record (id, tenant_id, pledge_id, delivered_on, amount_fen, evidence_note, recorded_by_kind,
                                 recorded_by_id, recorded_by_name, recorded_by_role, confirmation, confirmed_at)
     select pg_temp.bench_uuid('sr', ${key} * 4 + y), pg_temp.bench_uuid('c', c), pg_temp.bench_uuid('pl', ${key}),
            make_date(2021 + y, 1, 20), 120000, '上门慰问', 'API_KEY', $1, '基准共建企业有限公司', 'PARTNER',
            case when y < 3 then 'RECEIVED'::support_confirmation end, case when y < 3 then now() end
     ${adopted}, generate_series(0, 3) y`,
    [unitId],
  );
  const partnerKey = newSecret('gk');
  await client.query(
    `insert into api_key (id, role, name, prefix, secret_hash, partner_unit_id) values ($1, 'PARTNER', $2, $3, $4, $5)`,
    [randomUUID(), 'Benchmark partner', partnerKey.slice(0, 10), hashSecret(partnerKey), unitId],
  );
  return partnerKey;
}

async function insertPrincipals(client: Client, districtId: string, communityId: string) {
  const integratorKey = newSecret('gk');
  await client.query(
    `insert into api_key (id, role, name, prefix, secret_hash, tenant_id) values ($1, 'DISTRICT_INTEGRATOR', $2, $3, $4, $5)`,
    [
      randomUUID(),
      'Benchmark district integrator',
      integratorKey.slice(0, 10),
      hashSecret(integratorKey),
      districtId,
    ],
  );
  const userId = randomUUID();
  await client.query(
    `insert into user_account (id, username, display_name, password_hash) values ($1, $2, $3, $4)`,
    // A hash no password matches: the benchmark logs in with the session token only.
    [userId, `bench_admin_${userId.slice(0, 8)}`, '基准社区管理员', 'scrypt$1$1$1$AA==$AA=='],
  );
  await client.query(
    `insert into role_assignment (id, user_id, role, tenant_id) values ($1, $2, 'COMMUNITY_ADMIN', $3)`,
    [randomUUID(), userId, communityId],
  );
  const communityAdminToken = newSecret('gs');
  await client.query(
    `insert into user_session (id, user_id, token_hash, expires_at) values ($1, $2, $3, now() + interval '30 days')`,
    [randomUUID(), userId, hashSecret(communityAdminToken)],
  );
  return { integratorKey, communityAdminToken };
}

/**
 * Fills a migrated, empty database (connect as its owner) with a synthetic district tree and
 * two principals. Fast: one INSERT … SELECT per table, then ANALYZE so plans match real data.
 * Division codes start with 4190 (a city code the test factories do not use).
 */
export async function generateDataset(ownerUrl: string, sizes: Partial<DatasetSizes> = {}): Promise<Dataset> {
  const s: DatasetSizes = { ...DEFAULT_SIZES, ...sizes };
  checkSizes(s);
  const started = performance.now();
  const seed = randomBytes(6).toString('hex');
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(uuidFunction(seed));
    const statements = insertStatements(s);
    const ids = await inTransaction(client, async () => {
      for (const sql of statements.slice(0, 3)) await client.query(sql);
      await admitAllTenants(client);
      for (const sql of statements.slice(3)) await client.query(sql);
      const caseId = await insertCases(client, s);
      const { rows } = await client.query<{ district: string; communities: string[] }>(
        `select pg_temp.bench_uuid('d', 0)::text as district,
                array(select pg_temp.bench_uuid('c', c)::text from generate_series(0, least($1::int, 5) - 1) c) as communities`,
        [s.communities],
      );
      return { ...rows[0], caseId };
    });
    const principals = await inTransaction(client, async () => {
      await admitAllTenants(client);
      const partnerKey = await insertPartner(
        client,
        Math.min(s.partneredCommunities, s.communities),
        s.communities,
      );
      return { ...(await insertPrincipals(client, ids.district, ids.communities[0])), partnerKey };
    });
    await client.query('analyze');
    const rows = await countRows(client);
    return {
      sizes: s,
      ...principals,
      districtId: ids.district,
      caseId: ids.caseId,
      communityId: ids.communities[0],
      communityIds: ids.communities,
      rows,
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    await client.end();
  }
}

async function countRows(client: Client): Promise<Record<string, number>> {
  const tables = [
    'tenant',
    'person',
    'grid',
    'micro_grid',
    'grid_assignment',
    'community_profile',
    'team',
    'programme',
    'project',
    'sub_project',
    'sub_project_team',
    'outcome_indicator',
    'indicator_measurement',
    'household_file',
    'household_member',
    'partnership',
    'adoption',
    'pledge',
    'support_record',
    'governance_case',
    'case_event',
    'case_mediation_session',
  ];
  const { rows } = await client.query<Record<string, number>>(
    `select ${tables.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`,
  );
  return rows[0];
}
