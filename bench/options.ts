import { availableParallelism } from 'node:os';
import { DEFAULT_SIZES, SMALL_SIZES, type DatasetSizes } from './dataset';

/**
 * Every scenario, in the order they run. The pairs a target compares run interleaved (all servers
 * are up for the whole run; see PAIRS in ./scenarios), so the drift of a shared machine over a
 * run's minutes stays out of their ratio.
 */
export const SCENARIOS = [
  'typename',
  'typename-bare',
  'nested-community-10',
  'raw-nested-community-10',
  'nested-community-50',
  'raw-nested-community-50',
  'integrator-communities',
  'programme-tree-10',
  'programme-tree-50',
  'partner-published-households',
  'partner-pledged-vs-delivered',
  'case-queue-50',
  'case-timeline',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  sizes: DatasetSizes;
  /** Seconds each scenario is timed, after `warmup` seconds of untimed load. */
  duration: number;
  warmup: number;
  /** Compared pairs run interleaved in this many alternating slices of duration ÷ rounds each. */
  rounds: number;
  connections: number;
  /** Seconds after which a request counts as an error (a timeout). */
  timeout: number;
  scenarios: ScenarioName[];
  keepDb: boolean;
  cpuProf: boolean;
  embeddedDir: string;
  embeddedPort: number;
}

/** flag name → env name, and what it means (printed by --help; the README has the same table). */
const FLAGS: Record<string, [env: string, help: string]> = {
  small: [
    'BENCH_SMALL',
    'a tenth of the default dataset (5 streets, 50 communities, 300 grids, 5,000 people)',
  ],
  districts: ['BENCH_DISTRICTS', `districts (default ${DEFAULT_SIZES.districts})`],
  streets: ['BENCH_STREETS', `streets, spread over the districts (default ${DEFAULT_SIZES.streets})`],
  communities: [
    'BENCH_COMMUNITIES',
    `communities, spread over the streets (default ${DEFAULT_SIZES.communities})`,
  ],
  grids: ['BENCH_GRIDS', `grids, spread over the communities (default ${DEFAULT_SIZES.grids})`],
  people: ['BENCH_PEOPLE', `people, spread over the communities (default ${DEFAULT_SIZES.people})`],
  'micro-grids-per-grid': ['BENCH_MICRO_GRIDS_PER_GRID', `(default ${DEFAULT_SIZES.microGridsPerGrid})`],
  'assignments-per-grid': ['BENCH_ASSIGNMENTS_PER_GRID', `(default ${DEFAULT_SIZES.assignmentsPerGrid})`],
  'teams-per-community': ['BENCH_TEAMS_PER_COMMUNITY', `(default ${DEFAULT_SIZES.teamsPerCommunity})`],
  'projects-per-community': [
    'BENCH_PROJECTS_PER_COMMUNITY',
    `projects in each community's programme (default ${DEFAULT_SIZES.projectsPerCommunity})`,
  ],
  'sub-projects-per-project': [
    'BENCH_SUB_PROJECTS_PER_PROJECT',
    `(default ${DEFAULT_SIZES.subProjectsPerProject})`,
  ],
  'households-per-community': [
    'BENCH_HOUSEHOLDS_PER_COMMUNITY',
    `published household files per community (default ${DEFAULT_SIZES.householdsPerCommunity})`,
  ],
  'partnered-communities': [
    'BENCH_PARTNERED_COMMUNITIES',
    `communities the benchmark partner has agreements with (default ${DEFAULT_SIZES.partneredCommunities})`,
  ],
  duration: ['BENCH_DURATION', 'seconds each scenario is timed (default 10)'],
  warmup: ['BENCH_WARMUP', 'seconds of untimed load before each scenario (default 3)'],
  rounds: [
    'BENCH_ROUNDS',
    'compared pairs (typename/bare, nested/raw) run interleaved in this many alternating slices (default 5)',
  ],
  connections: ['BENCH_CONNECTIONS', 'concurrent HTTP connections (default 2 × cores)'],
  timeout: ['BENCH_TIMEOUT', 'seconds after which a request counts as a timeout error (default 10)'],
  scenarios: ['BENCH_SCENARIOS', `comma-separated subset of: ${SCENARIOS.join(', ')}`],
  'keep-db': ['BENCH_KEEP_DB', 'keep the generated database after the run'],
  'cpu-prof': ['BENCH_CPU_PROF', 'write a V8 CPU profile per server process to .data/bench-profiles/<time>/'],
  'embedded-port': ['BENCH_PG_PORT', 'embedded PostgreSQL port when DATABASE_URL is unset (default 54331)'],
  'embedded-dir': ['BENCH_PG_DIR', 'embedded PostgreSQL data folder (default .data/bench-postgres)'],
};

export function usage(): string {
  const lines = Object.entries(FLAGS).map(
    ([flag, [env, help]]) => `  --${flag.padEnd(22)} ${env.padEnd(28)} ${help}`,
  );
  return [
    'npm run bench -- [flags]   (every flag also reads from its environment variable)',
    '  DATABASE_URL set: a fresh database on that server; unset: an embedded PostgreSQL.',
    ...lines,
  ].join('\n');
}

function parseArgs(argv: string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}"\n${usage()}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    if (name === 'help') continue;
    if (!(name in FLAGS)) throw new Error(`Unknown flag --${name}\n${usage()}`);
    const next = argv[i + 1];
    if (inline !== undefined) values.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) values.set(name, argv[++i]);
    else values.set(name, 'true');
  }
  return values;
}

export function parseOptions(argv: string[], env = process.env): BenchOptions {
  const args = parseArgs(argv);
  const raw = (flag: string) => args.get(flag) ?? env[FLAGS[flag][0]] ?? undefined;
  const bool = (flag: string) => ['1', 'true', 'yes'].includes((raw(flag) ?? '').toLowerCase());
  const num = (flag: string, fallback: number) => {
    const value = raw(flag);
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${flag} must be a positive number, got "${value}"`);
    return n;
  };
  const base = bool('small') ? SMALL_SIZES : DEFAULT_SIZES;
  const sizes: DatasetSizes = {
    districts: num('districts', base.districts),
    streets: num('streets', base.streets),
    communities: num('communities', base.communities),
    grids: num('grids', base.grids),
    people: num('people', base.people),
    microGridsPerGrid: num('micro-grids-per-grid', base.microGridsPerGrid),
    assignmentsPerGrid: num('assignments-per-grid', base.assignmentsPerGrid),
    teamsPerCommunity: num('teams-per-community', base.teamsPerCommunity),
    projectsPerCommunity: num('projects-per-community', base.projectsPerCommunity),
    subProjectsPerProject: num('sub-projects-per-project', base.subProjectsPerProject),
    householdsPerCommunity: num('households-per-community', base.householdsPerCommunity),
    partneredCommunities: num('partnered-communities', base.partneredCommunities),
  };
  const wanted = raw('scenarios');
  const scenarios = wanted
    ? wanted.split(',').map((s) => {
        const name = s.trim() as ScenarioName;
        if (!SCENARIOS.includes(name)) throw new Error(`Unknown scenario "${s}"\n${usage()}`);
        return name;
      })
    : [...SCENARIOS];
  return {
    sizes,
    duration: num('duration', 10),
    warmup: raw('warmup') === '0' ? 0 : num('warmup', 3),
    rounds: Math.round(num('rounds', 5)),
    connections: Math.round(num('connections', 2 * availableParallelism())),
    timeout: num('timeout', 10),
    scenarios: SCENARIOS.filter((s) => scenarios.includes(s)),
    keepDb: bool('keep-db'),
    cpuProf: bool('cpu-prof'),
    embeddedDir: raw('embedded-dir') ?? '.data/bench-postgres',
    embeddedPort: num('embedded-port', 54331),
  };
}

export const wantsHelp = (argv: string[]) => argv.includes('--help') || argv.includes('-h');
