import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The ceiling for `{ __typename }`: the same Apollo Server and graphql versions as the API, a
 * one-field schema, no context, no plugins but the two that switch built-in work off (as the
 * API does). Whatever the full stack loses against it is the cost of auth, limits, audit and
 * the request context.
 */
export async function startBareApollo(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'world' } },
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginUsageReportingDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
