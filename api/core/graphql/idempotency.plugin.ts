// Placeholder replaced by the idempotency work in this same change.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../../config';
import type { RequestContext } from '../../app/context';

export function idempotencyPlugin(_config: Config): ApolloServerPlugin<RequestContext> {
  return {};
}
