// Placeholder replaced by the limits work in this same change (depth, cost, aliases, rate limit).
import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../../config';
import type { RequestContext } from '../../app/context';

export interface RateLimiter {
  close(): Promise<void>;
}
export async function createRateLimiter(_config: Config): Promise<RateLimiter> {
  return { close: async () => undefined };
}
export function limitsPlugin(_config: Config, _limiter: RateLimiter): ApolloServerPlugin<RequestContext> {
  return {};
}
