import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Config } from '../../../config';
import { logger } from '../../logger';

/** A principal's budget after a request: what is left in the window and when the window resets. */
export interface RateLimitState {
  allowed: boolean;
  /** Cost units left in the current window (never negative). */
  remaining: number;
  resetInSeconds: number;
}

/**
 * Cost budgets per principal and window (RATE_LIMIT_BUDGET per RATE_LIMIT_WINDOW_SECONDS).
 * In memory by default; in Redis when REDIS_URL is set, so that several API instances share
 * one budget per principal.
 */
export interface RateLimiter {
  readonly budget: number;
  readonly windowSeconds: number;
  /** Charges `points` to `key`; `allowed` is false once the window's budget is spent. */
  consume(key: string, points: number): Promise<RateLimitState>;
  /** The budget left for `key`, without charging it (for responses that ran no operation). */
  peek(key: string): Promise<RateLimitState>;
  close(): Promise<void>;
}

export interface RateLimiterOptions {
  /** Namespace of the keys (in Redis: shared by every instance of one deployment). */
  keyPrefix?: string;
}

const WARN_EVERY_MS = 30_000;
const CONNECT_WAIT_MS = 2_000;

class FlexibleRateLimiter implements RateLimiter {
  private lastWarning = 0;

  constructor(
    readonly budget: number,
    readonly windowSeconds: number,
    private readonly primary: RateLimiterAbstract,
    /** The per-instance fallback while Redis is unreachable (null without Redis). */
    private readonly fallback: RateLimiterMemory | null,
    private readonly redis: Redis | null,
  ) {}

  async consume(key: string, points: number): Promise<RateLimitState> {
    try {
      return this.state(await this.primary.consume(key, points), true);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return this.state(rejection, false);
      return this.degraded(rejection, (limiter) => limiter.consume(key, points));
    }
  }

  async peek(key: string): Promise<RateLimitState> {
    try {
      const res = await this.primary.get(key);
      return res ? this.state(res, res.remainingPoints > 0) : this.fresh();
    } catch (error) {
      return this.degraded(
        error,
        async (limiter) =>
          (await limiter.get(key)) ?? new RateLimiterRes(this.budget, this.windowSeconds * 1000),
      );
    }
  }

  async close(): Promise<void> {
    if (!this.redis) return;
    // quit() waits for a reply that never comes from a server that is gone; disconnect() does not.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis?.disconnect());
    else this.redis.disconnect();
  }

  /**
   * Redis unreachable: fail open to this instance's in-memory budget, with a logged warning.
   * Availability over strict limits: refusing every request because the limiter's store is down
   * would turn a Redis outage into an API outage, while the per-instance budget still bounds
   * what one principal can do (at most one budget per instance) until Redis is back.
   */
  private async degraded(
    error: unknown,
    run: (limiter: RateLimiterMemory) => Promise<RateLimiterRes>,
  ): Promise<RateLimitState> {
    if (!this.fallback) throw error;
    if (Date.now() - this.lastWarning > WARN_EVERY_MS) {
      this.lastWarning = Date.now();
      logger.warn(
        { err: error instanceof Error ? error : new Error(String(error)) },
        'rate limiter: Redis unreachable, using the per-instance in-memory budget',
      );
    }
    try {
      const res = await run(this.fallback);
      return this.state(res, true);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return this.state(rejection, false);
      throw rejection;
    }
  }

  private state(res: RateLimiterRes, allowed: boolean): RateLimitState {
    return {
      allowed,
      remaining: Math.max(0, res.remainingPoints),
      resetInSeconds: Math.max(0, Math.ceil(res.msBeforeNext / 1000)),
    };
  }

  private fresh(): RateLimitState {
    return { allowed: true, remaining: this.budget, resetInSeconds: this.windowSeconds };
  }
}

/** Waits until the client is ready or has failed once, so startup does not race the first request. */
function whenConnected(redis: Redis): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, CONNECT_WAIT_MS);
    redis.once('ready', done);
    redis.once('error', done);
  });
}

/** RateLimiterMemory by default; RateLimiterRedis (ioredis) when `config.redisUrl` is set. */
export async function createRateLimiter(
  config: Config,
  options: RateLimiterOptions = {},
): Promise<RateLimiter> {
  const budget = config.limits.rateBudget;
  const duration = config.limits.rateWindowSeconds;
  const keyPrefix = options.keyPrefix ?? 'grid-rate';
  const memory = () => new RateLimiterMemory({ points: budget, duration, keyPrefix });
  if (!config.redisUrl) return new FlexibleRateLimiter(budget, duration, memory(), null, null);

  // Without the offline queue a command fails at once while disconnected instead of waiting.
  const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let lastError = 0;
  redis.on('error', (err: Error) => {
    if (Date.now() - lastError < WARN_EVERY_MS) return;
    lastError = Date.now();
    logger.warn({ err }, 'rate limiter: Redis connection error');
  });
  await whenConnected(redis);
  const primary = new RateLimiterRedis({
    storeClient: redis,
    points: budget,
    duration,
    keyPrefix,
    rejectIfRedisNotReady: true,
  });
  return new FlexibleRateLimiter(budget, duration, primary, memory(), redis);
}
