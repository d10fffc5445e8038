import { combineSlices, runUnits } from '../../bench/scenario-runner';
import { parseOptions } from '../../bench/options';
import type { LoadResult } from '../../bench/load';

const slice = (
  requests: number,
  seconds: number,
  p50Ms: number,
  p99Ms: number,
  meanMs: number,
): LoadResult => ({
  reqPerSec: requests / seconds,
  p50Ms,
  p99Ms,
  meanMs,
  requests,
  seconds,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  graphqlErrors: 0,
});

describe('benchmark: compared pairs run interleaved', () => {
  it('pairs a target’s two scenarios into one unit only when both are selected', () => {
    expect(
      runUnits([
        'typename',
        'typename-bare',
        'nested-community-10',
        'raw-nested-community-10',
        'case-timeline',
      ]),
    ).toEqual([
      ['typename', 'typename-bare'],
      ['nested-community-10', 'raw-nested-community-10'],
      ['case-timeline'],
    ]);
    // Without its partner, a scenario runs alone for the whole duration.
    expect(runUnits(['nested-community-10', 'nested-community-50'])).toEqual([
      ['nested-community-10'],
      ['nested-community-50'],
    ]);
  });

  it('sums slices: req/s over all timed seconds, mean weighted by requests, worst p99, CPU per request', () => {
    const combined = combineSlices([slice(100, 2, 20, 40, 20), slice(300, 2, 10, 90, 10)], 4_000_000);
    expect(combined.reqPerSec).toBe(100); // 400 requests in 4 s
    expect(combined.sliceReqPerSec).toEqual([50, 150]);
    expect(combined.meanMs).toBe(12.5); // (100 × 20 + 300 × 10) / 400
    expect(combined.p99Ms).toBe(90);
    expect(combined.p50Ms).toBe(15);
    expect(combined.serverCpuMsPerRequest).toBe(10); // 4,000 ms of CPU over 400 requests
    // Unequal slice lengths: the total, not the mean of the slices' rates.
    expect(combineSlices([slice(100, 1, 1, 1, 1), slice(100, 3, 1, 1, 1)], 0).reqPerSec).toBe(50);
  });

  it('reads the number of rounds from --rounds or BENCH_ROUNDS (default 5)', () => {
    expect(parseOptions([], {}).rounds).toBe(5);
    expect(parseOptions(['--rounds', '3'], {}).rounds).toBe(3);
    expect(parseOptions([], { BENCH_ROUNDS: '8' }).rounds).toBe(8);
    expect(() => parseOptions(['--rounds', '0'], {})).toThrow(/--rounds must be a positive number/);
  });
});
