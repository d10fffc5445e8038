import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../api/config';
import { createBenchDatabase } from './database';
import { generateDataset, type Dataset } from './dataset';
import { fetchOnce } from './load';
import { checkAnswer, TYPENAME } from './operations';
import { parseOptions, SCENARIOS, usage, wantsHelp, type ScenarioName } from './options';
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
import { DEFINITIONS, type Scenario } from './scenarios';
import { countStatements, runUnit, runUnits } from './scenario-runner';

/**
 * `npm run bench`: fresh database → synthetic dataset → each server under test in a child
 * process of its own (so its CPU and RSS are its own) → autocannon from this process →
 * table, targets, bench/results/<time>.json and latest.md. Exits non-zero only on errors.
 */
const MiB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const log = (line: string) => process.stdout.write(`${line}\n`);

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
  /** Ratios of adjacent slices (slice i of each ran next to the other's slice i). */
  const sliceRange = (a: ScenarioName, b: ScenarioName): [number, number] | undefined => {
    const x = get(a)?.sliceReqPerSec;
    const y = get(b)?.sliceReqPerSec;
    if (!x || !y || x.length < 2 || x.length !== y.length) return undefined;
    const each = x.map((v, i) => Math.round((v / y[i]) * 1000) / 1000);
    return [Math.min(...each), Math.max(...each)];
  };
  const atLeast = (name: keyof typeof ratios, min: number): TargetCheck => {
    const [a, b] = name.split(' ÷ ') as [ScenarioName, ScenarioName];
    return {
      name,
      value: ratios[name],
      target: `≥ ${min}`,
      met: ratios[name] === null ? null : ratios[name]! >= min,
      sliceRange: sliceRange(a, b),
    };
  };
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
    // compared pairs can run interleaved (see PAIRS).
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
      const tokenOf = (scenario: Scenario) =>
        scenario.as === 'partner'
          ? dataset.partnerKey
          : scenario.as === 'communityAdmin'
            ? dataset.communityAdminToken
            : dataset.integratorKey;
      const scenarioOf = (name: ScenarioName): Scenario => {
        const scenario = { name, ...DEFINITIONS[name] };
        return scenario.withCaseId
          ? {
              ...scenario,
              operation: { ...scenario.operation, variables: { id: toGlobalId('Case', dataset.caseId) } },
            }
          : scenario;
      };
      const serverOf = (scenario: Scenario) => servers.get(scenario.server)!;
      for (const unit of runUnits(options.scenarios).map((names) => names.map(scenarioOf))) {
        const how =
          unit.length > 1
            ? `interleaved in ${options.rounds} rounds of ${options.duration / options.rounds} s each`
            : `${options.duration} s timed`;
        log(
          `→ ${unit.map((s) => `${s.name} (${s.server} server)`).join(' with ')}: ${options.warmup} s warm-up, ${how}`,
        );
        for (const result of await runUnit(unit, serverOf, tokenOf, options)) {
          const cpu = result.serverCpuMsPerRequest ?? '–';
          log(
            result.failure
              ? `  ${result.name}: ERROR ${result.failure}`
              : `  ${result.name}: ${result.reqPerSec} req/s (slices ${result.sliceReqPerSec?.join(', ')}), ` +
                  `p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, server CPU ${cpu} ms/req`,
          );
          results.push(result);
        }
      }
      // After every timed scenario, so nothing but load runs between the slices of a pair.
      for (const result of results) {
        const scenario = scenarioOf(result.name as ScenarioName);
        if (scenario.server !== 'api') continue;
        await countStatements(result, scenario, serverOf(scenario), tokenOf(scenario));
        log(
          `  ${result.name}: ${result.sqlPerRequest} SQL/req, ${result.singleRequestMs} ms alone in-process`,
        );
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
      rounds: options.rounds,
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
