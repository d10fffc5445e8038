import { EventEmitter, on } from 'node:events';
import { Redis } from 'ioredis';
import { logger } from '../logger';

/**
 * Events pushed to subscribers (GraphQL subscriptions over graphql-ws). Payloads are
 * JSON-serialisable plain objects, self-contained: a subscription has no request transaction, so
 * what a subscriber receives must not need the database to resolve (it queries for details).
 */
export interface EventBus {
  /** Delivers to every subscriber on every instance of this deployment. */
  publish(topic: string, payload: object): Promise<void>;
  /**
   * This instance's subscribers to `topic`; `accept` is the per-subscriber authorisation (a grid
   * worker's filter lets only its grids' payloads through). The listener is registered before
   * this returns, so nothing published afterwards is missed.
   */
  subscribe<T>(topic: string, accept?: (payload: T) => boolean): AsyncIterableIterator<T>;
  /** Subscribers to `topic` on this instance (for tests waiting on a subscription, and metrics). */
  subscriberCount(topic: string): number;
  close(): Promise<void>;
}

/** Delivers payloads to this instance's subscribers: the in-process half of both buses. */
class LocalFanOut {
  readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open subscription; many subscribers are normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  deliver(topic: string, json: string): void {
    if (this.emitter.listenerCount(topic) === 0) return;
    // Each subscriber gets its own copy, so one cannot alter what another receives.
    this.emitter.emit(topic, json);
  }

  subscribe<T>(topic: string, accept?: (payload: T) => boolean): AsyncIterableIterator<T> {
    const controller = new AbortController();
    const source = on(this.emitter, topic, { signal: controller.signal }) as AsyncIterator<[string]>;
    const end = (): Promise<IteratorResult<T>> => {
      controller.abort();
      return Promise.resolve({ done: true, value: undefined });
    };
    const iterator: AsyncIterableIterator<T> = {
      async next() {
        for (;;) {
          let step: IteratorResult<[string]>;
          try {
            step = await source.next();
          } catch (error) {
            if ((error as Error).name === 'AbortError') return { done: true, value: undefined };
            throw error;
          }
          if (step.done) return { done: true, value: undefined };
          const payload = JSON.parse(step.value[0]) as T;
          if (!accept || accept(payload)) return { done: false, value: payload };
        }
      },
      return: end,
      throw: async (error: unknown) => {
        await end();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}

/** One instance: publish goes straight to this process's subscribers (after the current tick). */
export class MemoryEventBus implements EventBus {
  private readonly local = new LocalFanOut();

  async publish(topic: string, payload: object): Promise<void> {
    const json = JSON.stringify(payload);
    // Asynchronous like Redis, so code never relies on delivery happening inside publish.
    setImmediate(() => this.local.deliver(topic, json));
  }

  subscribe<T>(topic: string, accept?: (payload: T) => boolean): AsyncIterableIterator<T> {
    return this.local.subscribe(topic, accept);
  }

  subscriberCount(topic: string): number {
    return this.local.emitter.listenerCount(topic);
  }

  async close(): Promise<void> {
    this.local.emitter.removeAllListeners();
  }
}

/**
 * Several instances: every publish goes through Redis pub/sub and comes back to each instance
 * once (one pattern subscription per instance), which hands it to its own subscribers. So each
 * subscriber receives each event once, whichever instance published it. Channels are namespaced
 * per deployment (its database), so deployments or test databases sharing a Redis stay apart.
 */
export class RedisEventBus implements EventBus {
  private readonly local = new LocalFanOut();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
  ) {}

  static async connect(url: string, namespace: string): Promise<RedisEventBus> {
    const publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    const subscriber = new Redis(url);
    for (const client of [publisher, subscriber]) {
      client.on('error', (err: Error) => logger.warn({ err }, 'event bus: Redis connection error'));
    }
    const bus = new RedisEventBus(publisher, subscriber, `grid:${namespace}:events:`);
    subscriber.on('pmessage', (_pattern: string, channel: string, message: string) => {
      bus.local.deliver(channel.slice(bus.prefix.length), message);
    });
    // Resolves once Redis confirmed the subscription: from then on no event is missed.
    await subscriber.psubscribe(`${bus.prefix}*`);
    return bus;
  }

  async publish(topic: string, payload: object): Promise<void> {
    await this.publisher.publish(this.prefix + topic, JSON.stringify(payload));
  }

  subscribe<T>(topic: string, accept?: (payload: T) => boolean): AsyncIterableIterator<T> {
    return this.local.subscribe(topic, accept);
  }

  subscriberCount(topic: string): number {
    return this.local.emitter.listenerCount(topic);
  }

  async close(): Promise<void> {
    this.local.emitter.removeAllListeners();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}

/** In memory by default; through Redis when REDIS_URL is set (several API instances). */
export async function createEventBus(redisUrl: string | undefined, namespace: string): Promise<EventBus> {
  if (!redisUrl) return new MemoryEventBus();
  return RedisEventBus.connect(redisUrl, namespace);
}
