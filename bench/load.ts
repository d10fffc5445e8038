import autocannon from 'autocannon';
import { hasNoErrors, type Operation } from './operations';

export interface LoadResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  requests: number;
  /** Seconds the load ran (autocannon's own measure). */
  seconds: number;
  /** Connection errors and timeouts, non-2xx answers, and 2xx answers carrying GraphQL errors. */
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
}

export interface LoadOptions {
  connections: number;
  duration: number;
  /** Seconds. */
  timeout: number;
}

/** Drives `url` with one operation, as the integrator would: POST JSON with a bearer token. */
export async function drive(
  url: string,
  operation: Operation,
  token: string | null,
  options: LoadOptions,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(operation),
    connections: options.connections,
    duration: options.duration,
    timeout: options.timeout,
    verifyBody: hasNoErrors,
  });
  return {
    reqPerSec: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: Math.round(result.latency.average * 100) / 100,
    requests: result.requests.total,
    seconds: result.duration,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
  };
}

export const failures = (r: LoadResult) => r.errors + r.non2xx + r.graphqlErrors;

/** One request outside the load run, to check the answer's content before timing it. */
export async function fetchOnce(url: string, operation: Operation, token: string | null) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(operation),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  } catch {
    return { status: response.status, body: { errors: [{ message: text.slice(0, 300) }] } };
  }
}
