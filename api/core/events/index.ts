export { createEventBus, MemoryEventBus, RedisEventBus, type EventBus } from './event-bus';
