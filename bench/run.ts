import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../api/config';
import { createBenchDatabase } from './database';
import { generateDataset, type Dataset } from './dataset';
import { drive, failures, fetchOnce } from './load';
import {
  CASE_QUEUE,
  CASE_TIMELINE,
  checkAnswer,
  INTEGRATOR_COMMUNITIES,
  NESTED_COMMUNITIES,
  PROGRAMME_TREE,
  PARTNER_PUBLISHED_HOUSEHOLDS,
  PARTNER_ADOPTIONS_SUPPORT,
  TYPENAME,
  type Operation,
} from './operations';
import { parseOptions, SCENARIOS, usage, wantsHelp, type BenchOptions, type ScenarioName } from './options';
import {
  textTable,
  targetLines,
  writeReport,
  type Report,
  type ScenarioResult,
  type TargetCheck,
} from './report';
import { ServerProcess } from './servers';
import { toGlobalId } from '../api/core/graphql/global-id';
import type { ServerMode } from './server-process';

/**
 * `npm run bench`: fresh database → synthetic dataset → each server under test in a child
 * process of its own (so its CPU and RSS are its own) → autocannon from this process →
 * table, targets, bench/results/<time>.json and latest.md. Exits non-zero only on errors.
 */
interface Scenario {
  name: ScenarioName;
  server: ServerMode;
  description: string;
  operation: Operation;
  check:
    | 'typename'
    | 'nested'
    | 'integrator'
    | 'programmes'
    | 'households'
    | 'adoptions'
    | 'case-queue'
    | 'case-timeline';
  /**
   * Who sends it: the district integrator (default), the partner of the first communities, or
   * the first community's admin.
   */
  as?: 'partner' | 'communityAdmin';
  /** The operation's `id` variable is the dataset's case (known only once it is generated). */
  withCaseId?: boolean;
  first: number;
}

const nested = (first: number): Operation => ({ query: NESTED_COMMUNITIES, variables: { first } });

const DEFINITIONS: Record<ScenarioName, Omit<Scenario, 'name'>> = {
  typename: {
    server: 'api',
    description:
      '{ __typename } through the full stack with the integrator key (auth, limits, audit, context)',
    operation: { query: TYPENAME },
    check: 'typename',
    first: 0,
  },
  'typename-bare': {
    server: 'bare',
    description: '{ __typename } on a bare Apollo Server (same versions, trivial schema, no plugins)',
    operation: { query: TYPENAME },
    check: 'typename',
    first: 0,
  },
  'nested-community-10': {
    server: 'api',
    description: 'communities → grids → micro-grids → leader, assignments → person; first=10',
    operation: nested(10),
    check: 'nested',
    first: 10,
  },
  'nested-community-50': {
    server: 'api',
    description: 'the same nested query, first=50',
    operation: nested(50),
    check: 'nested',
    first: 50,
  },
  'raw-nested-community-10': {
    server: 'raw',
    description:
      'the nested query answered by node:http + pg (same transaction, RLS, batched reads); first=10',
    operation: nested(10),
    check: 'nested',
    first: 10,
  },
  'raw-nested-community-50': {
    server: 'raw',
    description: 'the raw baseline, first=50',
    operation: nested(50),
    check: 'nested',
    first: 50,
  },
  'integrator-communities': {
    server: 'api',
    description: "an integrator's page of communities with totalCount, parent and profile; first=50",
    operation: { query: INTEGRATOR_COMMUNITIES, variables: { first: 50 } },
    check: 'integrator',
    first: 50,
  },
  'programme-tree-10': {
    server: 'api',
    description:
      'programmes → projects → sub-projects → lead and supporting teams, indicators with actuals; first=10',
    operation: { query: PROGRAMME_TREE, variables: { first: 10 } },
    check: 'programmes',
    first: 10,
  },
  'programme-tree-50': {
    server: 'api',
    description: 'the same programme tree, first=50 (its SQL count must equal first=10)',
    operation: { query: PROGRAMME_TREE, variables: { first: 50 } },
    check: 'programmes',
    first: 50,
  },
  'partner-published-households': {
    server: 'api',
    description:
      "a partner's published households (masked) across the communities it partners with; first=50",
    operation: { query: PARTNER_PUBLISHED_HOUSEHOLDS, variables: { first: 50 } },
    check: 'households',
    first: 50,
    as: 'partner',
  },
  'partner-pledged-vs-delivered': {
    server: 'api',
    description:
      "a partner's adoptions with pledged against delivered and overdue, per household and per pledge; first=50",
    operation: { query: PARTNER_ADOPTIONS_SUPPORT, variables: { first: 50 } },
    check: 'adoptions',
    first: 50,
    as: 'partner',
  },
  'case-queue-50': {
    server: 'api',
    description:
      "a community admin's case queue (待办) with each case's grid, assignee, masked reporter and timeline; first=50",
    operation: { query: CASE_QUEUE, variables: { first: 50 } },
    check: 'case-queue',
    first: 50,
    as: 'communityAdmin',
  },
  'case-timeline': {
    server: 'api',
    description: "one case's timeline (时间线) with its mediation sessions and their attendees",
    operation: { query: CASE_TIMELINE },
    check: 'case-timeline',
    first: 1,
    as: 'communityAdmin',
    withCaseId: true,
  },
};

/** `in (?, ?, … ?)` with hundreds of placeholders reads as `in (?×521)`. */
const compactSql = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/\?(?:, \?)+/g, (m) => `?×${m.split(',').length}`)
    .slice(0, 1000);

const MiB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const log = (line: string) => process.stdout.write(`${line}\n`);

async function runScenario(
  server: ServerProcess,
  scenario: Scenario,
  token: string,
  options: BenchOptions,
): Promise<ScenarioResult> {
  const result: ScenarioResult = {
    name: scenario.name,
    server: scenario.server,
    description: scenario.description,
    sqlPerRequest: null,
    peakRssMiB: null,
    failure: null,
  };
  const sendToken = scenario.server === 'bare' ? null : token;
  const once = await fetchOnce(server.url, scenario.operation, sendToken);
  const problem = checkAnswer(scenario.check, once.body, scenario.first);
  if (once.status !== 200 || problem) {
    result.failure = `wrong answer before the run: HTTP ${once.status}${problem ? `, ${problem}` : ''}`;
    return result;
  }
  await server.resetPeak();
  const load = { connections: options.connections, duration: options.warmup, timeout: options.timeout };
  if (options.warmup > 0) {
    const warm = await drive(server.url, scenario.operation, sendToken, load);
    if (failures(warm) > 0) {
      result.failure = `${failures(warm)} errors during warm-up`;
      return Object.assign(result, warm);
    }
  }
  const before = scenario.server === 'raw' ? await server.rawStats() : null;
  const timed = await drive(server.url, scenario.operation, sendToken, {
    ...load,
    duration: options.duration,
  });
  Object.assign(result, timed);
  result.peakRssMiB = MiB((await server.peak()).peakRss);
  if (timed.requests === 0)
    result.failure = `no request completed in ${options.duration} s (each took longer); raise --duration`;
  else if (failures(timed) > 0)
    result.failure = `${timed.errors} connection errors (${timed.timeouts} timeouts), ${timed.non2xx} non-2xx, ${timed.graphqlErrors} answers with GraphQL errors`;
  if (scenario.server === 'api') {
    const { query, variables } = scenario.operation;
    try {
      const counted = await server.sqlCount(query, variables, token);
      result.sqlPerRequest = counted.count;
      result.singleRequestMs = counted.elapsedMs;
      result.statements = counted.statements.map(compactSql);
      if (counted.error) result.failure ??= `in-process execution failed: ${counted.error}`;
    } catch (error) {
      result.failure ??= `SQL count failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`;
    }
  } else if (before) {
    const after = await server.rawStats();
    const requests = after.requests - before.requests;
    result.sqlPerRequest = requests > 0 ? (after.statements - before.statements) / requests : null;
  } else {
    result.sqlPerRequest = 0;
  }
  return result;
}

function targets(results: ScenarioResult[]): { ratios: Report['ratios']; checks: TargetCheck[] } {
  const get = (name: ScenarioName) => results.find((r) => r.name === name && !r.failure);
  const ratio = (a: ScenarioName, b: ScenarioName) => {
    const x = get(a)?.reqPerSec;
    const y = get(b)?.reqPerSec;
    return x && y ? Math.round((x / y) * 1000) / 1000 : null;
  };
  const ratios = {
    'typename ÷ typename-bare': ratio('typename', 'typename-bare'),
    'nested-community-10 ÷ raw-nested-community-10': ratio('nested-community-10', 'raw-nested-community-10'),
    'nested-community-50 ÷ raw-nested-community-50': ratio('nested-community-50', 'raw-nested-community-50'),
  };
  // Counted in-process, so valid even when the scenario failed under load.
  const sqlOf = (name: ScenarioName) => results.find((r) => r.name === name)?.sqlPerRequest ?? null;
  const sql10 = sqlOf('nested-community-10');
  const sql50 = sqlOf('nested-community-50');
  const diff = (a: number | null, b: number | null) => (a !== null && b !== null ? b - a : null);
  const atLeast = (name: keyof typeof ratios, min: number): TargetCheck => ({
    name,
    value: ratios[name],
    target: `≥ ${min}`,
    met: ratios[name] === null ? null : ratios[name]! >= min,
  });
  const checks: TargetCheck[] = [
    {
      name: `SQL statements per request, nested first=10 vs first=50 (${sql10 ?? '–'} vs ${sql50 ?? '–'}): difference`,
      value: sql10 !== null && sql50 !== null ? sql50 - sql10 : null,
      target: '= 0 (batched: independent of page size)',
      met: sql10 !== null && sql50 !== null ? sql10 === sql50 : null,
    },
    {
      name: `SQL statements per request, programme tree first=10 vs first=50 (${sqlOf('programme-tree-10') ?? '–'} vs ${sqlOf('programme-tree-50') ?? '–'}): difference`,
      value: diff(sqlOf('programme-tree-10'), sqlOf('programme-tree-50')),
      target: '= 0 (batched: independent of page size)',
      met:
        diff(sqlOf('programme-tree-10'), sqlOf('programme-tree-50')) === null
          ? null
          : diff(sqlOf('programme-tree-10'), sqlOf('programme-tree-50')) === 0,
    },
    atLeast('nested-community-10 ÷ raw-nested-community-10', 0.6),
    atLeast('typename ÷ typename-bare', 0.8),
  ];
  return { ratios, checks };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    log(usage());
    return 0;
  }
  const options = parseOptions(argv);
  const startedAt = new Date().toISOString();
  const config = loadConfig();
  log(`Benchmark ${startedAt}: ${options.connections} connections, ${options.duration} s per scenario`);

  let started = performance.now();
  const database = await createBenchDatabase(
    config,
    { dataDir: options.embeddedDir, port: options.embeddedPort },
    options.keepDb,
  );
  const migrateMs = Math.round(performance.now() - started);
  const results: ScenarioResult[] = [];
  const serverMaxRssMiB: Record<string, number> = {};
  let dataset: Dataset;
  try {
    log(
      `Database ${new URL(database.url).pathname.slice(1)} (${database.server}) migrated in ${migrateMs} ms`,
    );
    started = performance.now();
    dataset = await generateDataset(database.url, options.sizes);
    log(
      `Dataset generated in ${dataset.elapsedMs} ms: ${Object.entries(dataset.rows)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')}`,
    );
    const profileDir = options.cpuProf
      ? join(__dirname, '../../.data/bench-profiles', startedAt.replace(/:/g, '-'))
      : undefined;
    // Every server under test is up for the whole run, each idle while another is driven, so the
    // scenarios run in SCENARIOS order: the compared pairs back to back.
    const servers = new Map<ServerMode, ServerProcess>();
    try {
      for (const mode of ['api', 'bare', 'raw'] as ServerMode[]) {
        if (!options.scenarios.some((name) => DEFINITIONS[name].server === mode)) continue;
        const server = await ServerProcess.start(
          {
            mode,
            ownerUrl: database.url,
            integratorKey: dataset.integratorKey,
            districtId: dataset.districtId,
          },
          profileDir,
        );
        servers.set(mode, server);
        if (mode === 'api') await checkSession(server.url, dataset.communityAdminToken);
      }
      for (const scenario of options.scenarios.map((name) => ({ name, ...DEFINITIONS[name] }))) {
        const mode = scenario.server;
        const server = servers.get(mode)!;
        log(`→ ${scenario.name} (${mode} server): ${options.warmup} s warm-up, ${options.duration} s timed`);
        const token =
          scenario.as === 'partner'
            ? dataset.partnerKey
            : scenario.as === 'communityAdmin'
              ? dataset.communityAdminToken
              : dataset.integratorKey;
        const operation = scenario.withCaseId
          ? { ...scenario.operation, variables: { id: toGlobalId('Case', dataset.caseId) } }
          : scenario.operation;
        const result = await runScenario(server, { ...scenario, operation }, token, options);
        if (result.failure) log(`  ERROR ${result.failure}`);
        else
          log(
            `  ${result.reqPerSec} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.sqlPerRequest} SQL/req` +
              (result.singleRequestMs !== undefined ? `, ${result.singleRequestMs} ms alone in-process` : ''),
          );
        results.push(result);
      }
      for (const [mode, server] of servers) serverMaxRssMiB[mode] = MiB((await server.peak()).maxRss);
    } finally {
      for (const server of servers.values()) await server.stop();
    }
    if (profileDir) log(`CPU profiles: ${profileDir}`);
  } finally {
    await database.drop();
  }

  results.sort(
    (a, b) => SCENARIOS.indexOf(a.name as ScenarioName) - SCENARIOS.indexOf(b.name as ScenarioName),
  );
  const { ratios, checks } = targets(results);
  const report: Report = {
    startedAt,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      postgres: database.serverVersion,
      database: database.server,
    },
    settings: {
      connections: options.connections,
      duration: options.duration,
      warmup: options.warmup,
      timeout: options.timeout,
      poolSize: config.poolSize,
    },
    dataset: { generationMs: dataset.elapsedMs, migrateMs, rows: dataset.rows, sizes: dataset.sizes },
    scenarios: results,
    ratios,
    targets: checks,
    serverMaxRssMiB,
  };
  const file = writeReport(report, join(__dirname, '../../bench/results'));
  log('');
  log(textTable(report));
  log('');
  targetLines(report).forEach((l) => log(l));
  log('');
  log(`Written: ${file} and bench/results/latest.md`);
  const failed = results.filter((r) => r.failure);
  if (failed.length) {
    log(`\nFAILED (errors, not targets): ${failed.map((r) => `${r.name}: ${r.failure}`).join('; ')}`);
    return 1;
  }
  return 0;
}

/** The community admin's session must authenticate too (it is what tests reuse the dataset for). */
async function checkSession(url: string, token: string): Promise<void> {
  const { status, body } = await fetchOnce(url, { query: TYPENAME }, token);
  const error = checkAnswer('typename', body, 0);
  if (status !== 200 || error)
    throw new Error(`The community admin's session was refused: ${error ?? status}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
    );
    process.exit(1);
  },
);
