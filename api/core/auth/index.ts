import { SessionResolver } from './auth.resolver';

/** Login and logout; `me` is registered by the composition root itself. */
export const authResolvers = [SessionResolver];
