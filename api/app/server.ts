import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
import { jitGateway } from './jit-executor';
import { createEventBus, type EventBus } from '../core/events';
import { logger } from '../core/logger';
import { createGateway, type GraphQLGateway } from './gateway';
import { serveSubscriptions } from './subscriptions';
import { graphqlHttpHandler } from './graphql-http';
import { createOpen311Router } from '../modules/cases/open311.router';

export interface App {
  server: ApolloServer<RequestContext>;
  authenticator: Authenticator;
  rateLimiter: RateLimiter;
  /** Subscriptions' events: in memory, or through Redis when REDIS_URL is set. */
  events: EventBus;
  /** GraphQL (POST/GET; /graphql by convention), subscriptions (WebSocket at /graphql), Open311 REST. */
  httpServer: Server;
  createContext(req: RequestLike): Promise<RequestContext>;
  /** Runs one operation in-process with every platform rule, as a request with this API key. */
  gateway: GraphQLGateway;
  /** Drains requests and subscriptions, then closes the rate limiter and the event bus. */
  stop(): Promise<void>;
}

/** What a context needs of an HTTP request (REST endpoints make one for their GraphQL call). */
export interface RequestLike {
  headers: IncomingMessage['headers'];
  socket?: { remoteAddress?: string };
}

/** Per-deployment namespace of shared state in Redis: the database the instances share. */
const namespaceOf = (db: Database) => new URL(db.ownerUrl).pathname.slice(1) || 'grid';

/** Builds the Apollo server with every plugin and its HTTP and WebSocket servers; `listen` starts them. */
export async function createApp(db: Database, config: Config, schema?: GraphQLSchema): Promise<App> {
  const authenticator = new Authenticator(db.api, config);
  const rateLimiter = await createRateLimiter(config);
  const events = await createEventBus(config.redisUrl, namespaceOf(db));
  const graphqlSchema = schema ?? (await createSchema());
  const expressApp = express();
  expressApp.disable('x-powered-by');
  // GraphQL at any path (/graphql by convention), WebSocket at /graphql, express only for REST.
  const httpServer = createServer();
  const subscriptions = serveSubscriptions(httpServer, graphqlSchema, authenticator, config, events);

  const server = new ApolloServer<RequestContext>({
    ...(config.graphqlJit ? { gateway: jitGateway(graphqlSchema) } : { schema: graphqlSchema }),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(config.exposeErrorDetails),
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
      limitsPlugin(config, rateLimiter),
      idempotencyPlugin(config),
      requestTransactionPlugin(),
    ],
  });
  await server.start();

  async function createContext(req: RequestLike): Promise<RequestContext> {
    let principal = null;
    let authError: GraphQLError | null = null;
    try {
      principal = await authenticator.authenticate(req.headers.authorization);
    } catch (error) {
      authError = error as GraphQLError;
    }
    return new HttpRequestContext(db, config, authenticator, events, req, principal, authError);
  }

  const gateway = createGateway(server, createContext);
  // Open311 GeoReport v2 for civic reporting apps: REST translated to GraphQL through the gateway.
  expressApp.use(cors());
  expressApp.use('/open311/v2', createOpen311Router(gateway));
  const graphql = graphqlHttpHandler(server, createContext, '2mb');
  httpServer.on('request', (req, res) => {
    if (req.url?.startsWith('/open311/')) expressApp(req, res);
    else graphql(req, res);
  });

  const stop = async () => {
    await server.stop();
    await rateLimiter.close();
    await events.close();
  };
  return { server, authenticator, rateLimiter, events, httpServer, createContext, gateway, stop };
}

/** Starts HTTP on config.port (0: any free port); `app.stop()` drains in-flight requests. */
export async function listen(app: App, config: Config): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once('error', reject);
    app.httpServer.listen(config.port, config.host, () => {
      app.httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = app.httpServer.address() as AddressInfo;
  return `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}/`;
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
    readonly events: EventBus,
    req: RequestLike,
    readonly principal: Principal | null,
    authError: GraphQLError | null,
  ) {
    this.state = { authError, transactionOpen: false, afterCommit: [] };
    this.requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    this.headers = req.headers;
    this.remoteAddress = req.socket?.remoteAddress;
  }

  publishAfterCommit(topic: string, payload: object): void {
    this.state.afterCommit.push(() => {
      this.events.publish(topic, payload).catch((err: unknown) => {
        logger.warn({ err, topic, requestId: this.requestId }, 'event could not be published');
      });
    });
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
