import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from './context';
import type { RequestLike } from './server';

export interface GatewayResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * GraphQL run in-process for the REST adapters (Open311): the operation goes through Apollo's
 * whole request pipeline (authentication, limits and rate budget, one transaction, audit flush,
 * error formatting), so a REST route cannot skip a rule that the GraphQL endpoint applies.
 */
export interface GraphQLGateway {
  execute(
    apiKey: string | undefined,
    query: string,
    variables: Record<string, unknown>,
    request?: { remoteAddress?: string; requestId?: string },
  ): Promise<GatewayResult>;
}

export function createGateway(
  server: ApolloServer<RequestContext>,
  createContext: (req: RequestLike) => Promise<RequestContext>,
): GraphQLGateway {
  return {
    async execute(apiKey, query, variables, request = {}) {
      const headers: RequestLike['headers'] = {};
      if (apiKey) headers.authorization = `Bearer ${apiKey}`;
      if (request.requestId) headers['x-request-id'] = request.requestId;
      const contextValue = await createContext({
        headers,
        socket: { remoteAddress: request.remoteAddress },
      });
      const response = await server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('The gateway runs single-result operations only.');
      const { data, errors } = response.body.singleResult;
      return {
        data: data ?? null,
        errors: errors?.map((e) => ({
          message: e.message,
          extensions: e.extensions as Record<string, unknown>,
        })),
      };
    },
  };
}
