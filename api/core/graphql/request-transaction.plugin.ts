import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { getDirectiveValues, Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../../app/context';
import { DomainError, ErrorCode, forbidden } from '../errors/domain-error';
import { Role, STAFF_ROLES } from '../auth/role.enum';
import type { RevealPurpose } from '../privacy/reveal-purpose.enum';
import { logger } from '../logger';
import { TENANT_FILTER } from '../../db/tenant-owned.entity';
import { tenantFilterParams } from '../../db/tenant-scope-sql';
import { queryInTransaction } from '../../db/driver-query';

/** The scope of a request without a principal: one array, so its filter parameters are built once. */
const NO_TENANTS: readonly string[] = [];

const META_FIELDS = new Set(['__typename', '__schema', '__type']);

/** Operations that select only meta fields never touch the database, so they skip the transaction. */
function needsDatabase(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (s) => s.kind !== Kind.FIELD || !META_FIELDS.has(s.name.value),
  );
}

/**
 * One request, one transaction: it begins once the operation passed its limits, sets the
 * principal's scope for row-level security (`set_config(…, true)`: local to this transaction,
 * so it cannot leak to the next request on the pooled connection), and ends after the audit
 * buffer is written. A mutation that reports any error is rolled back whole.
 */
async function rollbackAdmin(ctx: RequestContext): Promise<void> {
  if (!ctx.state.adminTransactionOpen) return;
  ctx.state.adminTransactionOpen = false;
  await ctx
    .adminEntityManager()
    .rollback()
    .catch(() => undefined);
}

export function requestTransactionPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, operation, schema, request }) {
          if (ctx.state.authError) throw ctx.state.authError;
          const directive = schema.getDirective('reveal');
          if (directive && operation) {
            const values = getDirectiveValues(directive, operation, request.variables ?? {});
            if (values) {
              if (!ctx.principal || !ctx.principal.roles.some((r) => STAFF_ROLES.includes(r))) {
                throw forbidden('Only staff of the owning tenant may reveal personal data (@reveal).');
              }
              ctx.revealPurpose = values.purpose as RevealPurpose;
            }
          }
        },

        // Begins here rather than in executionDidStart: this hook may answer with an error
        // response, so an unreachable database is SERVICE_UNAVAILABLE instead of an escaped
        // exception (which Apollo masks as a bare 500). Not reached for a replayed response.
        async responseForOperation({ contextValue: ctx, operation }) {
          if (!operation || !needsDatabase(operation)) return null;
          try {
            await ctx.em.begin();
            ctx.state.transactionOpen = true;
            const scope = tenantFilterParams(ctx.principal?.tenantIds ?? NO_TENANTS);
            // A parameter, not MikroORM's inlined literal: escaping a district's 521 ids character
            // by character was the largest allocation of a request. The ids, comma-separated.
            await queryInTransaction(ctx.em, ctx.em.getTransactionContext()!, {
              sql: "select set_config('app.tenant_ids', $1, true)",
              params: [scope.scopeLiteral.slice(1, -1)],
            });
            // The same scope for the ORM's tenant filter, as ids the planner can count.
            ctx.em.setFilterParams(TENANT_FILTER, scope);
            if (operation.operation === 'mutation' && ctx.principal?.roles.includes(Role.PLATFORM_ADMIN)) {
              // Admin fields each run in a savepoint of this one owner transaction, so a mutation with
              // several admin fields is stored whole or not at all, like any other mutation.
              await ctx.adminEntityManager().begin();
              ctx.state.adminTransactionOpen = true;
            }
            return null;
          } catch (error) {
            logger.error({ requestId: ctx.requestId, err: error }, 'request transaction could not begin');
            if (ctx.state.transactionOpen) {
              ctx.state.transactionOpen = false;
              await ctx.em.rollback().catch(() => undefined);
            }
            await rollbackAdmin(ctx);
            const unavailable = new DomainError(
              ErrorCode.SERVICE_UNAVAILABLE,
              'The database is unreachable at the moment; try again shortly.',
            );
            return {
              body: { kind: 'single', singleResult: { errors: [unavailable.toJSON()] } },
              http: { status: 503, headers: new HeaderMap() },
            };
          }
        },

        async willSendResponse(requestContext: GraphQLRequestContext<RequestContext>) {
          try {
            if (requestContext.contextValue.state.transactionOpen) await endTransaction(requestContext);
          } finally {
            // Nothing resolves after this; the response is built (see LoaderRegistry.clear). Through
            // the state: the context's getter would make loaders for a request that had none.
            requestContext.contextValue.state.loaders?.clear();
          }
        },
      };
    },
  };
}

/** Commits the request's transaction (after writing its audit records), or rolls a failed mutation back. */
async function endTransaction(requestContext: GraphQLRequestContext<RequestContext>): Promise<void> {
  const { contextValue: ctx, response, operation } = requestContext;
  if (!ctx.state.transactionOpen) return;
  ctx.state.transactionOpen = false;
  const body = response.body?.kind === 'single' ? response.body.singleResult : null;
  const failedMutation = operation?.operation === 'mutation' && !!body?.errors?.length;
  if (failedMutation) {
    await ctx.em.rollback();
    await rollbackAdmin(ctx);
    // Rolled back whole: results of sibling mutation fields would describe writes that did not happen.
    if (body) body.data = null;
    return;
  }
  try {
    if (ctx.principal) await ctx.audit.flush(ctx.em, ctx.principal, ctx.requestId);
    // A query changed nothing through the unit of work (audit rows are inserted directly):
    // clearing first spares commit's flush from diffing every entity the response loaded.
    if (operation?.operation !== 'mutation') ctx.em.clear();
    await ctx.em.commit();
    if (ctx.state.adminTransactionOpen) {
      ctx.state.adminTransactionOpen = false;
      await ctx.adminEntityManager().commit();
    }
    ctx.state.afterCommit.splice(0).forEach((hook) => hook());
  } catch (error) {
    logger.error({ requestId: ctx.requestId, err: error }, 'audit flush or commit failed');
    await ctx.em.rollback().catch(() => undefined);
    await rollbackAdmin(ctx);
    if (body) {
      // Fail closed: revealed data whose reading cannot be recorded is not sent.
      body.data = null;
      body.errors = [
        new DomainError(
          ErrorCode.SERVICE_UNAVAILABLE,
          'The request could not be completed (its audit record could not be written). Try again.',
        ).toJSON(),
      ];
    }
  }
}
