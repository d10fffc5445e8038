// Request limits: depth, aliases and cost per operation, and a per-principal rate limit by cost.
export { limitsPlugin, bucketOf } from './limits/limits.plugin';
export {
  createRateLimiter,
  type RateLimiter,
  type RateLimitState,
  type RateLimiterOptions,
} from './limits/rate-limiter';
export {
  checkOperation,
  costEstimator,
  measureShape,
  DEFAULT_LIST_SIZE,
  MAX_EXPANDED_SELECTIONS,
  type QueryLimits,
} from './limits/measure';
