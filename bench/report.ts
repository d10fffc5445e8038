import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult } from './load';

export interface ScenarioResult extends Partial<LoadResult> {
  name: string;
  server: 'api' | 'bare' | 'raw';
  description: string;
  /** SQL statements one request sends (counted on the server). */
  sqlPerRequest: number | null;
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
    return `${verdict.padEnd(12)} ${t.name}: ${t.value === null ? '–' : fmt(t.value, 2)} (target ${t.target})`;
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
      `${report.settings.warmup} s warm-up.`,
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
    '`alone ms`: one request executed in-process with no concurrent load (the SQL-count run).',
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
