import { drive, failures, fetchOnce, type LoadResult } from './load';
import { checkAnswer } from './operations';
import type { BenchOptions, ScenarioName } from './options';
import type { ScenarioResult } from './report';
import { PAIRS, type Scenario } from './scenarios';
import type { ServerProcess } from './servers';

/** One scenario ready to be timed: its answer checked, its server warmed up. */
interface Prepared {
  scenario: Scenario;
  server: ServerProcess;
  token: string;
  slices: LoadResult[];
  cpuMicros: number;
  rawStatements: number;
  rawRequests: number;
  result: ScenarioResult;
}

/** `in (?, ?, … ?)` with hundreds of placeholders reads as `in (?×521)`. */
const compactSql = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/\?(?:, \?)+/g, (m) => `?×${m.split(',').length}`)
    .slice(0, 1000);

const MiB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The scenarios in run order, each alone or with the partner a target compares it to: a pair runs
 * interleaved when both of its scenarios are selected.
 */
export function runUnits(names: ScenarioName[]): ScenarioName[][] {
  const units: ScenarioName[][] = [];
  const taken = new Set<ScenarioName>();
  for (const name of names) {
    if (taken.has(name)) continue;
    const pair = PAIRS.find(([a, b]) => a === name && names.includes(b));
    const unit = pair ? [...pair] : [name];
    unit.forEach((n) => taken.add(n));
    units.push(unit);
  }
  return units;
}

const sendTokenOf = (p: { scenario: Scenario; token: string }) =>
  p.scenario.server === 'bare' ? null : p.token;

async function prepare(
  server: ServerProcess,
  scenario: Scenario,
  token: string,
  options: BenchOptions,
): Promise<Prepared> {
  const result: ScenarioResult = {
    name: scenario.name,
    server: scenario.server,
    description: scenario.description,
    sqlPerRequest: null,
    peakRssMiB: null,
    failure: null,
  };
  const prepared: Prepared = {
    scenario,
    server,
    token,
    slices: [],
    cpuMicros: 0,
    rawStatements: 0,
    rawRequests: 0,
    result,
  };
  const once = await fetchOnce(server.url, scenario.operation, sendTokenOf(prepared));
  const problem = checkAnswer(scenario.check, once.body, scenario.first);
  if (once.status !== 200 || problem) {
    result.failure = `wrong answer before the run: HTTP ${once.status}${problem ? `, ${problem}` : ''}`;
    return prepared;
  }
  await server.resetPeak();
  if (options.warmup > 0) {
    const warm = await drive(server.url, scenario.operation, sendTokenOf(prepared), {
      connections: options.connections,
      duration: options.warmup,
      timeout: options.timeout,
    });
    if (failures(warm) > 0) result.failure = `${failures(warm)} errors during warm-up`;
  }
  return prepared;
}

/** One timed slice of load, with the server's CPU (and the raw server's statements) over it. */
async function slice(p: Prepared, seconds: number, options: BenchOptions): Promise<void> {
  const raw = p.scenario.server === 'raw' ? await p.server.rawStats() : null;
  const cpuBefore = await p.server.cpuMicros();
  const load = await drive(p.server.url, p.scenario.operation, sendTokenOf(p), {
    connections: options.connections,
    duration: seconds,
    timeout: options.timeout,
  });
  p.cpuMicros += (await p.server.cpuMicros()) - cpuBefore;
  if (raw) {
    const after = await p.server.rawStats();
    p.rawRequests += after.requests - raw.requests;
    p.rawStatements += after.statements - raw.statements;
  }
  p.slices.push(load);
}

/**
 * Slices summed: req/s over the whole timed time, the mean weighted by requests, p50 the median of
 * the slices' p50 and p99 the worst slice's p99 (autocannon reports percentiles, not histograms),
 * and the server's CPU per request answered.
 */
export function combineSlices(slices: LoadResult[], cpuMicros: number): Partial<ScenarioResult> {
  const requests = slices.reduce((n, s) => n + s.requests, 0);
  const seconds = slices.reduce((n, s) => n + s.seconds, 0);
  const sum = (f: (s: LoadResult) => number) => slices.reduce((n, s) => n + f(s), 0);
  return {
    reqPerSec: seconds > 0 ? round(requests / seconds, 1) : 0,
    p50Ms: slices.length ? median(slices.map((s) => s.p50Ms)) : 0,
    p99Ms: slices.length ? Math.max(...slices.map((s) => s.p99Ms)) : 0,
    meanMs: requests ? round(sum((s) => s.meanMs * s.requests) / requests, 2) : 0,
    requests,
    seconds,
    errors: sum((s) => s.errors),
    timeouts: sum((s) => s.timeouts),
    non2xx: sum((s) => s.non2xx),
    graphqlErrors: sum((s) => s.graphqlErrors),
    serverCpuMsPerRequest: requests ? round(cpuMicros / 1000 / requests, 3) : null,
    sliceReqPerSec: slices.map((s) => (s.seconds > 0 ? round(s.requests / s.seconds, 1) : 0)),
  };
}

async function finish(p: Prepared): Promise<ScenarioResult> {
  const { result } = p;
  if (result.failure) return result;
  Object.assign(result, combineSlices(p.slices, p.cpuMicros));
  result.peakRssMiB = MiB((await p.server.peak()).peakRss);
  if (result.requests === 0)
    result.failure = `no request completed in ${result.seconds} s (each took longer); raise --duration`;
  else if (failures(result as LoadResult) > 0)
    result.failure = `${result.errors} connection errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx, ${result.graphqlErrors} answers with GraphQL errors`;
  if (p.scenario.server === 'raw')
    result.sqlPerRequest = p.rawRequests > 0 ? p.rawStatements / p.rawRequests : null;
  else if (p.scenario.server === 'bare') result.sqlPerRequest = 0;
  return result;
}

/**
 * Runs one unit: a scenario alone for the whole duration, or a pair in `rounds` alternating slices
 * (A B, B A, …) after both warm-ups. Every server under test stays up for the whole run.
 */
export async function runUnit(
  unit: Scenario[],
  serverOf: (s: Scenario) => ServerProcess,
  tokenOf: (s: Scenario) => string,
  options: BenchOptions,
): Promise<ScenarioResult[]> {
  const prepared: Prepared[] = [];
  for (const scenario of unit)
    prepared.push(await prepare(serverOf(scenario), scenario, tokenOf(scenario), options));
  const rounds = unit.length > 1 ? options.rounds : 1;
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? prepared : [...prepared].reverse();
    for (const p of order) if (!p.result.failure) await slice(p, options.duration / rounds, options);
  }
  const results: ScenarioResult[] = [];
  for (const p of prepared) results.push(await finish(p));
  return results;
}

/**
 * SQL statements per request, counted in-process on the API server (the second of two executions,
 * so the principal cache is warm). The run calls it after every timed scenario, so nothing but the
 * load runs on the servers between the slices of an interleaved pair.
 */
export async function countStatements(
  result: ScenarioResult,
  scenario: Scenario,
  server: ServerProcess,
  token: string,
): Promise<void> {
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
}
