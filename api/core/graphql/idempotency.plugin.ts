import { createHash, randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Config } from '../../config';
import type { RequestContext } from '../../app/context';
import { principalKey } from '../auth/principal';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { logger } from '../logger';

const HEADER = 'idempotency-key';
const MAX_KEY_LENGTH = 200;
/**
 * A claim whose request never finished (the process died between claim and response) stops
 * blocking its key after this long; no mutation legitimately runs for minutes.
 */
const ABANDONED_CLAIM_SECONDS = 300;
/** The response header that marks a replayed response. */
export const REPLAYED_HEADER = 'idempotent-replayed';

type ClaimOutcome =
  | { kind: 'claimed'; id: string }
  | { kind: 'replay'; response: FormattedExecutionResult }
  | { kind: 'conflict'; message: string };

interface StoredRow {
  request_hash: string;
  completed_at: string | Date | null;
  response: FormattedExecutionResult | null;
}

/** JSON with sorted object keys, so the same variables in another key order hash alike. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(
  query: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  return createHash('sha256')
    .update(stableJson([query, operationName ?? null, variables ?? {}]))
    .digest('hex');
}

function readKey(ctx: RequestContext): string | null {
  const raw = ctx.headers[HEADER];
  if (raw === undefined) return null;
  return Array.isArray(raw) ? raw.join(', ') : raw;
}

function errorResponse(error: DomainError, status: number): GraphQLResponse {
  return {
    body: { kind: 'single', singleResult: { errors: [error.toJSON()] } },
    http: { status, headers: new HeaderMap() },
  };
}

/**
 * Claims (principal, key) with a row that commits on its own (autocommit on a pooled
 * connection, outside the request transaction), so a concurrent duplicate sees the claim at
 * once. An expired record, or a claim abandoned by a request that never finished, is taken over.
 */
async function claim(
  ctx: RequestContext,
  principal: string,
  key: string,
  hash: string,
  ttlHours: number,
): Promise<ClaimOutcome> {
  const conn = ctx.em.getConnection();
  for (let attempt = 0; attempt < 3; attempt++) {
    const claimed = await conn.execute<{ id: string }[]>(
      `insert into idempotency_record (id, principal_key, key, request_hash) values (?, ?, ?, ?)
       on conflict (principal_key, key) do update
         set request_hash = excluded.request_hash, response = null, completed_at = null,
             created_at = now(), updated_at = now()
         where idempotency_record.created_at < now() - make_interval(hours => ?)
            or (idempotency_record.completed_at is null
                and idempotency_record.updated_at < now() - make_interval(secs => ?))
       returning id`,
      [randomUUID(), principal, key, hash, ttlHours, ABANDONED_CLAIM_SECONDS],
    );
    if (claimed.length > 0) return { kind: 'claimed', id: claimed[0].id };
    const rows = await conn.execute<StoredRow[]>(
      'select request_hash, completed_at, response from idempotency_record where principal_key = ? and key = ?',
      [principal, key],
    );
    const row = rows[0];
    // Released in between (the first attempt failed): claim again.
    if (!row) continue;
    if (row.request_hash !== hash) {
      return {
        kind: 'conflict',
        message:
          'This Idempotency-Key was already used with a different request; use a new key for a new request.',
      };
    }
    if (!row.completed_at || !row.response) {
      return {
        kind: 'conflict',
        message: 'A request with this Idempotency-Key is in progress; retry once it has completed.',
      };
    }
    return { kind: 'replay', response: row.response };
  }
  return { kind: 'conflict', message: 'A request with this Idempotency-Key is in progress; retry shortly.' };
}

/**
 * `Idempotency-Key` on mutations: for the same principal and key, the first completed response
 * is replayed verbatim for IDEMPOTENCY_TTL_HOURS, so a client can retry after a timeout without
 * doing the work twice. The same key with another request (SHA-256 of query, operation name and
 * variables) is CONFLICT, as is a duplicate while the first is still running. A mutation that
 * fails is not stored: its key can be retried. Queries ignore the header.
 *
 * The response is written into the record inside the request transaction (executionDidEnd,
 * before the commit), so it is stored exactly when the mutation's writes are; afterwards an
 * unstored claim is released.
 */
export function idempotencyPlugin(config: Config): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let claimId: string | null = null;
      return {
        async didResolveOperation({ contextValue: ctx, operation }) {
          if (operation?.operation !== 'mutation') return;
          const key = readKey(ctx);
          if (key !== null && (key.length === 0 || key.length > MAX_KEY_LENGTH)) {
            throw new DomainError(
              ErrorCode.BAD_USER_INPUT,
              `The Idempotency-Key header must be 1 to ${MAX_KEY_LENGTH} characters long.`,
              { field: 'Idempotency-Key', http: { status: 400 } },
            );
          }
        },

        async responseForOperation({ contextValue: ctx, operation, request, source }) {
          if (operation?.operation !== 'mutation' || !ctx.principal) return null;
          const key = readKey(ctx);
          if (!key) return null;
          const hash = requestHash(source ?? '', request.operationName, request.variables);
          let outcome: ClaimOutcome;
          try {
            outcome = await claim(ctx, principalKey(ctx.principal), key, hash, config.idempotencyTtlHours);
          } catch (error) {
            logger.error({ requestId: ctx.requestId, err: error }, 'idempotency claim failed');
            return errorResponse(
              new DomainError(
                ErrorCode.SERVICE_UNAVAILABLE,
                'The Idempotency-Key could not be checked (the database is unreachable); try again shortly.',
              ),
              503,
            );
          }
          if (outcome.kind === 'claimed') {
            claimId = outcome.id;
            return null;
          }
          if (outcome.kind === 'conflict') {
            return errorResponse(new DomainError(ErrorCode.CONFLICT, outcome.message), 409);
          }
          return {
            body: { kind: 'single', singleResult: outcome.response },
            http: { headers: new HeaderMap([[REPLAYED_HEADER, 'true']]) },
          };
        },

        async executionDidStart(requestContext) {
          if (!claimId) return;
          const id = claimId;
          const ctx = requestContext.contextValue;
          return {
            // The body is set before this runs, and the request transaction is still open.
            async executionDidEnd(error) {
              const body = requestContext.response.body;
              if (error || body?.kind !== 'single' || body.singleResult.errors?.length) return;
              const { data } = body.singleResult;
              try {
                await ctx.em
                  .getConnection()
                  .execute(
                    'update idempotency_record set response = cast(? as jsonb), completed_at = now(), updated_at = now() where id = ?',
                    [JSON.stringify({ data }), id],
                    'run',
                    ctx.state.transactionOpen ? ctx.em.getTransactionContext() : undefined,
                  );
              } catch (err) {
                logger.error({ requestId: ctx.requestId, err }, 'idempotency response could not be stored');
                // An error in the response makes the request transaction roll back: the mutation's
                // writes must not commit without the record that prevents running it twice.
                body.singleResult = {
                  data: null,
                  errors: [
                    new DomainError(
                      ErrorCode.SERVICE_UNAVAILABLE,
                      'The request could not be completed (its Idempotency-Key record could not be written). Try again.',
                    ).toJSON(),
                  ],
                };
              }
            },
          };
        },

        async willSendResponse({ contextValue: ctx }) {
          if (!claimId) return;
          const id = claimId;
          claimId = null;
          // Blocks on the record's row lock until the request transaction has committed or rolled
          // back: a committed response stays; a failed, rolled-back or never-stored one is released.
          await ctx.em
            .getConnection()
            .execute('delete from idempotency_record where id = ? and completed_at is null', [id], 'run')
            .catch((err: unknown) =>
              logger.error({ requestId: ctx.requestId, err }, 'idempotency claim could not be released'),
            );
        },
      };
    },
  };
}
