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
import { Authenticator } from '../core/auth/authenticator';
import { forbidden } from '../core/errors/domain-error';
import { makeFormatError } from '../core/errors/format-error';
import { LoaderRegistry } from '../core/graphql/loader-registry';
import { requestTransactionPlugin } from '../core/graphql/request-transaction.plugin';
import { limitsPlugin, createRateLimiter, type RateLimiter } from '../core/graphql/limits';
import { idempotencyPlugin } from '../core/graphql/idempotency.plugin';
import { AuditBuffer } from '../core/privacy/audit-buffer';
import { Role } from '../core/auth/role.enum';
import type { RequestContext, RequestState } from './context';
import type { Principal } from '../core/auth/principal';
import type { EntityManager } from '@mikro-orm/postgresql';
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
    let principal = null;
    let authError: GraphQLError | null = null;
    try {
      principal = await authenticator.authenticate(req.headers.authorization);
    } catch (error) {
      authError = error as GraphQLError;
    }
    return new HttpRequestContext(db, config, authenticator, req, principal, authError);
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

/**
 * The context of one HTTP request. The EntityManager fork and its loaders are made on first use
 * (an operation that touches no data never pays for them); they live in `state`, which Apollo's
 * per-operation shallow copies share, and the getters sit on the prototype, which the copies keep.
 */
class HttpRequestContext implements RequestContext {
  readonly state: RequestState;
  readonly requestId: string;
  readonly audit = new AuditBuffer();
  revealPurpose: RequestContext['revealPurpose'] = null;
  cost: RequestContext['cost'] = { requested: 0, remaining: null };
  readonly headers: IncomingMessage['headers'];
  readonly remoteAddress: string | undefined;

  constructor(
    private readonly db: Database,
    readonly config: Config,
    private readonly authenticator: Authenticator,
    req: IncomingMessage,
    readonly principal: Principal | null,
    authError: GraphQLError | null,
  ) {
    this.state = { authError, transactionOpen: false, afterCommit: [] };
    this.requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    this.headers = req.headers;
    this.remoteAddress = req.socket?.remoteAddress;
  }

  get em(): EntityManager {
    this.state.em ??= this.db.api.em.fork({ clear: true, useContext: false });
    return this.state.em;
  }

  get loaders(): LoaderRegistry {
    this.state.loaders ??= new LoaderRegistry(this.em);
    return this.state.loaders;
  }

  // Now, and again after commit: a request racing the revocation could otherwise re-cache it.
  invalidatePrincipal(id: string): void {
    this.authenticator.invalidate(id);
    this.state.afterCommit.push(() => this.authenticator.invalidate(id));
  }

  adminEntityManager(): EntityManager {
    if (!this.principal?.roles.includes(Role.PLATFORM_ADMIN))
      throw forbidden('This is the platform-admin path.');
    this.state.adminEm ??= this.db.owner.em.fork({ clear: true, useContext: false });
    return this.state.adminEm;
  }
}
