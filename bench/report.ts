import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult } from './load';

export interface ScenarioResult extends Partial<LoadResult> {
  name: string;
  server: 'api' | 'bare' | 'raw';
  description: string;
  /** SQL statements one request sends (counted on the server). */
  sqlPerRequest: number | null;
  /** CPU time (user + system) of the server process per request answered, ms. */
  serverCpuMsPerRequest?: number | null;
  /** req/s of each timed slice (several when the scenario ran interleaved with its pair). */
  sliceReqPerSec?: number[];
  /** One execution in-process with no concurrent load (api only), ms. */
  singleRequestMs?: number;
  /** Peak RSS of the server process during this scenario (sampled every 50 ms), MiB. */
  peakRssMiB: number | null;
  /** Why the scenario failed (wrong answer, errors under load), or null. */
  failure: string | null;
  statements?: string[];
}

export interface TargetCheck {
  name: string;
  value: number | null;
  /** For a ratio of an interleaved pair: the lowest and highest ratio of adjacent slices. */
  sliceRange?: [number, number];
  target: string;
  met: boolean | null;
}

export interface Report {
  startedAt: string;
  machine: Record<string, string | number>;
  settings: Record<string, unknown>;
  dataset: { generationMs: number; migrateMs: number; rows: Record<string, number>; sizes: object };
  scenarios: ScenarioResult[];
  ratios: Record<string, number | null>;
  targets: TargetCheck[];
  /** Lifetime high-water RSS of each server process (kernel maxRSS), MiB. */
  serverMaxRssMiB: Record<string, number>;
}

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits);

function rows(report: Report): string[][] {
  return report.scenarios.map((s) => [
    s.name,
    s.server,
    fmt(s.reqPerSec, 1),
    fmt(s.p50Ms, 1),
    fmt(s.p99Ms, 1),
    fmt(s.meanMs, 2),
    fmt(s.serverCpuMsPerRequest, 3),
    s.failure ? `FAIL ${fmt((s.errors ?? 0) + (s.non2xx ?? 0) + (s.graphqlErrors ?? 0))}` : '0',
    fmt(s.sqlPerRequest, 1),
    fmt(s.peakRssMiB, 0),
    fmt(s.singleRequestMs, 1),
  ]);
}

const HEADER = [
  'scenario',
  'server',
  'req/s',
  'p50 ms',
  'p99 ms',
  'mean ms',
  'CPU ms/req',
  'errors',
  'SQL/req',
  'peak RSS MiB',
  'alone ms',
];

export function textTable(report: Report): string {
  const all = [HEADER, ...rows(report)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows(report).map(line)].join('\n');
}

export function targetLines(report: Report): string[] {
  return report.targets.map((t) => {
    const verdict = t.met === null ? 'NOT MEASURED' : t.met ? 'met' : 'MISSED';
    const range = t.sliceRange ? `; slices ${fmt(t.sliceRange[0], 2)}–${fmt(t.sliceRange[1], 2)}` : '';
    return `${verdict.padEnd(12)} ${t.name}: ${t.value === null ? '–' : fmt(t.value, 2)} (target ${t.target}${range})`;
  });
}

function markdown(report: Report): string {
  const row = (r: string[]) => `| ${r.join(' | ')} |`;
  const d = report.dataset;
  return [
    `# Benchmark ${report.startedAt}`,
    '',
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}, ` +
      `PostgreSQL ${report.machine.postgres} (${report.machine.database}). ` +
      `${report.settings.connections} connections, ${report.settings.duration} s per scenario after ` +
      `${report.settings.warmup} s warm-up; compared pairs interleaved in ${report.settings.rounds} rounds.`,
    '',
    `Dataset: ${Object.entries(d.rows)
      .map(([t, n]) => `${n} ${t}`)
      .join(
        ', ',
      )}; generated in ${(d.generationMs / 1000).toFixed(1)} s (migrations ${(d.migrateMs / 1000).toFixed(1)} s).`,
    '',
    row(HEADER),
    row(HEADER.map(() => '---')),
    ...rows(report).map(row),
    '',
    '## Targets',
    '',
    ...targetLines(report).map((l) => `- ${l.replace(/ +/, ' ')}`),
    '',
    '`CPU ms/req`: user + system CPU of the server process over its timed slices ÷ requests answered. ' +
      '`alone ms`: one request executed in-process with no concurrent load (the SQL-count run). ' +
      "A ratio's `slices` range: the lowest and highest ratio of adjacent slices of an interleaved pair.",
    '',
    `Server processes' lifetime peak RSS (MiB): ${Object.entries(report.serverMaxRssMiB)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ')}.`,
    '',
  ].join('\n');
}

/** Writes bench/results/<timestamp>.json and bench/results/latest.md; returns the JSON path. */
export function writeReport(report: Report, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${report.startedAt.replace(/:/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown(report));
  return file;
}
