import { randomUUID } from 'node:crypto';
import { createEventBus, MemoryEventBus, type EventBus } from '../../api/core/events';

const REDIS = 'redis://127.0.0.1:6379';

interface Alert {
  grid: string;
  n: number;
}

/** Collects what an iterator yields until `count` arrived or `ms` passed. */
async function take<T>(iterator: AsyncIterableIterator<T>, count: number, ms = 1500): Promise<T[]> {
  const received: T[] = [];
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, ms));
  const reading = (async () => {
    while (received.length < count) {
      const step = await iterator.next();
      if (step.done) return;
      received.push(step.value);
    }
  })();
  await Promise.race([reading, timeout]);
  await iterator.return?.();
  return received;
}

describe('the in-memory event bus (one instance)', () => {
  it('delivers each event once to every subscriber, each through its own filter', async () => {
    const bus = new MemoryEventBus();
    const all = bus.subscribe<Alert>('alerts');
    const gridA = bus.subscribe<Alert>('alerts', (a) => a.grid === 'A');
    await bus.publish('alerts', { grid: 'A', n: 1 });
    await bus.publish('alerts', { grid: 'B', n: 2 });
    await bus.publish('other-topic', { grid: 'A', n: 3 });
    expect(await take(all, 2)).toEqual([
      { grid: 'A', n: 1 },
      { grid: 'B', n: 2 },
    ]);
    expect(await take(gridA, 2, 300)).toEqual([{ grid: 'A', n: 1 }]);
    await bus.close();
  });

  it('forgets a subscriber that returned, and copies payloads per subscriber', async () => {
    const bus = new MemoryEventBus();
    const first = bus.subscribe<Alert>('alerts');
    const second = bus.subscribe<Alert>('alerts');
    expect(bus.subscriberCount('alerts')).toBe(2);
    await first.return!();
    expect(bus.subscriberCount('alerts')).toBe(1);
    const payload = { grid: 'A', n: 1 };
    await bus.publish('alerts', payload);
    payload.n = 99;
    expect(await take(second, 1)).toEqual([{ grid: 'A', n: 1 }]);
    expect(bus.subscriberCount('alerts')).toBe(0);
    await bus.close();
  });
});

describe('the Redis event bus (several instances)', () => {
  let buses: EventBus[] = [];
  afterEach(async () => {
    await Promise.all(buses.map((b) => b.close()));
    buses = [];
  });

  it('delivers an event published on one instance once to each subscriber on every instance', async () => {
    const namespace = `test-${randomUUID()}`;
    const one = await createEventBus(REDIS, namespace);
    const two = await createEventBus(REDIS, namespace);
    buses.push(one, two);
    const onOne = one.subscribe<Alert>('alerts');
    const onTwo = two.subscribe<Alert>('alerts');
    const onTwoGridB = two.subscribe<Alert>('alerts', (a) => a.grid === 'B');
    await one.publish('alerts', { grid: 'A', n: 1 });
    await two.publish('alerts', { grid: 'B', n: 2 });
    // Asking for more than was sent: a duplicate delivery would show up here.
    expect(await take(onOne, 3)).toEqual([
      { grid: 'A', n: 1 },
      { grid: 'B', n: 2 },
    ]);
    expect(await take(onTwo, 3, 300)).toEqual([
      { grid: 'A', n: 1 },
      { grid: 'B', n: 2 },
    ]);
    expect(await take(onTwoGridB, 2, 300)).toEqual([{ grid: 'B', n: 2 }]);
  });

  it('keeps deployments apart: another namespace on the same Redis receives nothing', async () => {
    const ours = await createEventBus(REDIS, `test-${randomUUID()}`);
    const theirs = await createEventBus(REDIS, `test-${randomUUID()}`);
    buses.push(ours, theirs);
    const listening = theirs.subscribe<Alert>('alerts');
    await ours.publish('alerts', { grid: 'A', n: 1 });
    expect(await take(listening, 1, 500)).toEqual([]);
  });
});
