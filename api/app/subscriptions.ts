import type { Server } from 'node:http';
import { getOperationAST, GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../config';
import type { Authenticator } from '../core/auth/authenticator';
import type { Principal } from '../core/auth/principal';
import type { EventBus } from '../core/events';
import { makeFormatError } from '../core/errors/format-error';
import { checkOperation } from '../core/graphql/limits/measure';
import { logger } from '../core/logger';
import type { SubscriptionContext } from './context';

/** Who opened the socket, resolved once in connection_init. */
interface SocketExtra extends Record<PropertyKey, unknown> {
  principal: Principal | null;
}

/** The codes Apollo gives the same failures over HTTP. */
const coded = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { code },
  });

/** The token of connection_init's payload (`{ authorization: "Bearer …" }`) or of the upgrade request. */
function tokenOf(
  params: Record<string, unknown> | undefined,
  header: string | undefined,
): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : header;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) on the API's HTTP server, at
 * /graphql. The principal is authenticated once per socket from connection_init (a bad or revoked
 * credential closes it with 4403); every subscribe is parsed, validated and held to the same
 * depth, alias and cost limits as HTTP operations; resolvers authorise with @Authorized and filter
 * each event by the subscriber's scope. Returns the disposer Apollo's drain calls on stop.
 */
export function serveSubscriptions(
  httpServer: Server,
  schema: GraphQLSchema,
  authenticator: Authenticator,
  config: Config,
  events: EventBus,
): { dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const formatError = makeFormatError(config.exposeErrorDetails);
  const asGraphQLErrors = (error: unknown): GraphQLError[] => [
    error instanceof GraphQLError ? error : new GraphQLError('The subscription could not be started.'),
  ];

  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          ctx.extra.principal = await authenticator.authenticate(
            tokenOf(ctx.connectionParams, ctx.extra.request.headers.authorization),
          );
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        try {
          let document;
          try {
            document = parse(payload.query, { maxTokens: config.limits.maxTokens });
          } catch (error) {
            return [coded(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
          }
          const errors = validate(schema, document);
          if (errors.length > 0) return errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
          const operation = getOperationAST(document, payload.operationName);
          if (!operation) return [new GraphQLError('The document names no operation to run.')];
          checkOperation(schema, document, operation, payload.variables ?? undefined, config.limits);
          const contextValue: SubscriptionContext = {
            principal: ctx.extra.principal ?? null,
            config,
            events,
          };
          return {
            schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue,
          };
        } catch (error) {
          return asGraphQLErrors(error);
        }
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wsServer,
  );
  wsServer.on('error', (err) => logger.error({ err }, 'subscription server error'));
  return {
    dispose: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
