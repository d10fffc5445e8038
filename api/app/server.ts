import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { TENANT_FILTER } from '../db/tenant-owned.entity';
import { Authenticator } from '../core/auth/authenticator';
import { forbidden } from '../core/errors/domain-error';
import { makeFormatError } from '../core/errors/format-error';
import { LoaderRegistry } from '../core/graphql/loader-registry';
import { requestTransactionPlugin } from '../core/graphql/request-transaction.plugin';
import { limitsPlugin, createRateLimiter, type RateLimiter } from '../core/graphql/limits';
import { idempotencyPlugin } from '../core/graphql/idempotency.plugin';
import { AuditBuffer } from '../core/privacy/audit-buffer';
import { Role } from '../core/auth/role.enum';
import { withSqlCounter } from '../db/sql-counter';
import type { RequestContext } from './context';
import { createSchema } from './schema';

export interface App {
  server: ApolloServer<RequestContext>;
  authenticator: Authenticator;
  rateLimiter: RateLimiter;
  createContext(req: IncomingMessage): Promise<RequestContext>;
}

/** Builds the Apollo server with every plugin; `listen` starts HTTP. */
export async function createApp(db: Database, config: Config, schema?: GraphQLSchema): Promise<App> {
  const authenticator = new Authenticator(db.api, config);
  const rateLimiter = await createRateLimiter(config);
  const server = new ApolloServer<RequestContext>({
    schema: schema ?? (await createSchema()),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(config.exposeErrorDetails),
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      limitsPlugin(config, rateLimiter),
      idempotencyPlugin(config),
      requestTransactionPlugin(),
    ],
  });

  async function createContext(req: IncomingMessage): Promise<RequestContext> {
    const em = db.api.em.fork({ clear: true, useContext: false });
    let principal = null;
    let authError: GraphQLError | null = null;
    try {
      principal = await authenticator.authenticate(req.headers.authorization);
    } catch (error) {
      authError = error as GraphQLError;
    }
    em.setFilterParams(TENANT_FILTER, { tenantIds: principal?.tenantIds ?? [] });
    const ctx: RequestContext = {
      state: { authError, transactionOpen: false, afterCommit: [] },
      requestId: (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
      config,
      principal,
      em,
      loaders: new LoaderRegistry(em),
      audit: new AuditBuffer(),
      revealPurpose: null,
      cost: { requested: 0, remaining: null },
      headers: req.headers,
      remoteAddress: req.socket?.remoteAddress,
      // Now, and again after commit: a request racing the revocation could otherwise re-cache it.
      invalidatePrincipal: (id: string) => {
        authenticator.invalidate(id);
        ctx.state.afterCommit.push(() => authenticator.invalidate(id));
      },
      adminEntityManager: () => {
        if (!principal?.roles.includes(Role.PLATFORM_ADMIN))
          throw forbidden('This is the platform-admin path.');
        ctx.state.adminEm ??= db.owner.em.fork({ clear: true, useContext: false });
        return ctx.state.adminEm;
      },
    };
    return ctx;
  }

  return { server, authenticator, rateLimiter, createContext };
}

/** Starts HTTP on config.port; `server.stop()` drains in-flight requests. */
export async function listen(app: App, config: Config): Promise<string> {
  const { url } = await startStandaloneServer(app.server, {
    listen: { port: config.port, host: config.host },
    context: async ({ req }) => app.createContext(req),
  });
  return url;
}

export { withSqlCounter };
