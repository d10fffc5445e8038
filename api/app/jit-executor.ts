import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { installGatewayRequestContext } from './gateway-request-context';

/**
 * Executes operations with graphql-jit instead of graphql-js: each operation document is
 * compiled once into plain JavaScript (Apollo keeps parsed documents, so the same document object
 * comes back for the same query) and run with the schema's own resolvers, so type-graphql's
 * authorisation, the masking of personal fields and the loaders all apply as before. For the
 * nested community query (2,000 fields) it cut execution CPU by about a quarter against
 * graphql-js (7.6 against 10.2 ms per operation with the database answered from memory).
 *
 * Plugged in through Apollo's gateway interface, its one documented place for another executor;
 * every plugin (limits, idempotency, the request transaction) runs around it as around
 * graphql-js. Subscriptions are served by graphql-ws on graphql-js and do not come here.
 */
/**
 * graphql-jit's errors inherit from GraphQLError but are built by its own constructor, which
 * leaves `extensions` undefined where the resolver's error had none; Apollo's formatting reads
 * `extensions.code` and would answer a bare INTERNAL_SERVER_ERROR instead of, say, the CONFLICT
 * of a unique violation. Rebuilt as graphql-js errors, they format as under graphql-js.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.constructor === GraphQLError) return error;
  const { message, path, originalError, extensions, locations } = error as {
    message: string;
    path?: readonly (string | number)[];
    originalError?: Error;
    extensions?: Record<string, unknown>;
    locations?: readonly SourceLocation[];
  };
  const converted = new GraphQLError(message, { path, originalError, extensions });
  if (locations) Object.assign(converted, { locations });
  return converted;
}

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // Apollo's own gateway request context had every request promoted to the old generation.
  installGatewayRequestContext();
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

  function compiledFor(document: DocumentNode, operationName: string | undefined) {
    let byOperation = compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName);
      byOperation.set(key, query);
    }
    return query;
  }

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operationName, operation, request, context } = requestContext;
    const variables = request.variables ?? {};
    if (operation.operation === 'subscription') {
      // Not served over HTTP; graphql-js answers exactly as Apollo would without this executor.
      return (await execute({
        schema,
        document,
        operationName,
        variableValues: variables,
        contextValue: context,
      })) as ExecutionResult;
    }
    const query = compiledFor(document, operationName ?? undefined);
    const result = isCompiledQuery(query)
      ? ((await query.query(undefined, context, variables)) as ExecutionResult)
      : query; // the document could not be compiled: its errors, as graphql-js would report them
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}
