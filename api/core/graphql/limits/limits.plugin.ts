import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Config } from '../../../config';
import type { RequestContext } from '../../../app/context';
import { principalKey } from '../../auth/principal';
import { DomainError, ErrorCode } from '../../errors/domain-error';
import { checkOperation } from './measure';
import type { RateLimiter, RateLimitState } from './rate-limiter';

const onlyTypename = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === '__typename');

/** The rate-limit bucket: the principal, or for unauthenticated requests the client's address. */
export function bucketOf(ctx: RequestContext): string {
  return ctx.principal ? principalKey(ctx.principal) : `ip:${ctx.remoteAddress ?? 'unknown'}`;
}

/** Errors raised before execution default to HTTP 500 in Apollo; these are the client's to fix. */
function withHttpStatus(error: unknown, status: number): unknown {
  if (!(error instanceof DomainError) || error.extensions.http) return error;
  const { code, ...extra } = error.extensions;
  return new DomainError(code as ErrorCode, error.message, { ...extra, http: { status } });
}

function rateLimited(cost: number, state: RateLimitState, limiter: RateLimiter): DomainError {
  const retryAfterSeconds = Math.max(1, state.resetInSeconds);
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `Rate limit exceeded: this operation costs ${cost} and ${state.remaining} of your budget of ` +
      `${limiter.budget} per ${limiter.windowSeconds} s is left. Retry in ${retryAfterSeconds} s.`,
    {
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  );
}

/**
 * Costs of operations already measured, by operation and variables. Apollo keeps parsed documents,
 * so a client repeating an operation sends the same operation node; its depth, aliases and cost
 * (page sizes included) depend only on that node and the variables, and measuring them again was
 * about 2 % of the API's CPU on the nested community query. Only costs that passed are kept (a
 * rejected operation is measured again, and rejected again); variables of more than 1 KiB as JSON
 * and more than 32 variable sets per operation are not kept.
 */
class CostMemo {
  private readonly byOperation = new WeakMap<OperationDefinitionNode, Map<string, number>>();

  get(
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
    measure: () => number,
  ) {
    const key = JSON.stringify(variables ?? {});
    if (key.length > 1024) return measure();
    let costs = this.byOperation.get(operation);
    const known = costs?.get(key);
    if (known !== undefined) return known;
    const cost = measure();
    if (!costs) this.byOperation.set(operation, (costs = new Map()));
    if (costs.size >= 32) costs.clear();
    costs.set(key, cost);
    return cost;
  }
}

/**
 * Request limits, before the request transaction begins (so a rejected query never holds a
 * connection): depth, aliases and cost of the operation (see ./measure.ts), then the principal's
 * cost budget for the window. Every response reports `extensions.cost = { requested, limit,
 * remaining, resetInSeconds }` so clients can pace themselves.
 */
export function limitsPlugin(config: Config, limiter: RateLimiter): ApolloServerPlugin<RequestContext> {
  const { limits } = config;
  const costs = new CostMemo();
  return {
    async requestDidStart() {
      let charged: { requested: number; state: RateLimitState } | null = null;
      return {
        async didResolveOperation({ contextValue: ctx, document, operation, schema, request }) {
          if (!operation) return;
          let cost = 0;
          try {
            // `{ __typename }` (health checks, keep-alives) has nothing to measure.
            if (!onlyTypename(operation))
              cost = costs.get(operation, request.variables, () =>
                checkOperation(schema, document, operation, request.variables, limits),
              );
          } catch (error) {
            throw withHttpStatus(error, 400);
          }
          // Every operation costs at least 1, so even the cheapest queries are bounded in number.
          const state = await limiter.consume(bucketOf(ctx), Math.max(1, cost));
          charged = { requested: cost, state };
          ctx.cost = { requested: cost, remaining: state.remaining };
          if (!state.allowed) throw rateLimited(cost, state, limiter);
        },

        async willSendResponse({ contextValue: ctx, response }) {
          if (response.body.kind !== 'single') return;
          // Nothing was charged (parse, validation or limit error): report the budget as it stands.
          const state = charged?.state ?? (await limiter.peek(bucketOf(ctx)).catch(() => null));
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: {
              requested: charged?.requested ?? 0,
              limit: limits.maxCost,
              remaining: state?.remaining ?? limiter.budget,
              resetInSeconds: state?.resetInSeconds ?? limiter.windowSeconds,
            },
          };
        },
      };
    },
  };
}
