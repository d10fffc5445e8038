import type { IncomingHttpHeaders } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import type { Config } from '../config';
import type { Principal } from '../core/auth/principal';
import type { LoaderRegistry } from '../core/graphql/loader-registry';
import type { EventBus } from '../core/events';
import type { AuditBuffer } from '../core/privacy/audit-buffer';
import type { RevealPurpose } from '../core/privacy/reveal-purpose.enum';

/**
 * Per-request bookkeeping of the platform plugins. An object of its own because Apollo
 * shallow-copies the context per operation: the copies share this object.
 */
export interface RequestState {
  /** Set when authentication failed; reported once the operation is known. */
  authError: GraphQLError | null;
  transactionOpen: boolean;
  /** This request's EntityManager fork and loaders, made on first use. */
  em?: EntityManager;
  loaders?: LoaderRegistry;
  /** The admin-path EntityManager of this request, once asked for. */
  adminEm?: EntityManager;
  /** An admin mutation's owner-side transaction, committed or rolled back with the request's. */
  adminTransactionOpen?: boolean;
  /** Run after the request's transaction committed (e.g. forgetting a revoked credential again). */
  afterCommit: (() => void)[];
}

/** Everything a resolver, service or loader may use during one request. */
export interface RequestContext {
  requestId: string;
  state: RequestState;
  config: Config;
  principal: Principal | null;
  /** A fork for this request: tenant filter set to the principal's scope, RLS set in its transaction. */
  em: EntityManager;
  loaders: LoaderRegistry;
  audit: AuditBuffer;
  /** The purpose stated with `@reveal(purpose:)` on the operation, if any. */
  revealPurpose: RevealPurpose | null;
  /** Drop a revoked credential (key id, session id or user id) from the principal cache at once. */
  invalidatePrincipal(credentialOrUserId: string): void;
  /** The platform-admin path: an owner EntityManager, only for a PLATFORM_ADMIN principal. */
  adminEntityManager(): EntityManager;
  /** The HTTP request headers (Idempotency-Key and the like). */
  headers: IncomingHttpHeaders;
  /** The client's address: the rate-limit bucket of unauthenticated requests. */
  remoteAddress?: string;
  /** The instance's event bus (subscriptions read it; writers use publishAfterCommit). */
  events: EventBus;
  /** Publishes to subscribers once this request's transaction has committed (never for a rollback). */
  publishAfterCommit(topic: string, payload: object): void;
  /** Filled in by the limits plugin: this operation's cost and the principal's remaining budget. */
  cost: { requested: number; remaining: number | null };
}

/**
 * The context of a GraphQL subscription over WebSocket: who subscribed, and the bus. There is no
 * request transaction, so subscription payloads are self-contained plain objects.
 */
export interface SubscriptionContext {
  principal: Principal | null;
  config: Config;
  events: EventBus;
}
