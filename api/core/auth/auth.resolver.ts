import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { toGlobalId } from '../graphql/global-id';
import { unauthenticated } from '../errors/domain-error';
import { SessionCreateInput, SessionRevokeInput } from './auth.inputs';
import { closeSession, openSession } from './auth.service';
import { SessionCreatePayload, SessionRevokePayload } from './auth.types';

@Resolver()
export class SessionResolver {
  // No @Authorized: logging in is what an anonymous caller does.
  @Mutation(() => SessionCreatePayload, {
    description:
      'Log in with a username and password (登录). Returns a session token, shown once. ' +
      'Any failure is UNAUTHENTICATED "Username or password is incorrect.", whatever the reason.',
  })
  async sessionCreate(
    @Arg('input', () => SessionCreateInput, { description: 'Username and password.' })
    input: SessionCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SessionCreatePayload> {
    const session = await openSession(ctx.em, ctx.config.sessionTtlHours, input.username, input.password);
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      user: {
        id: toGlobalId('User', session.user.id),
        username: session.user.username,
        displayName: session.user.displayName,
        roles: session.roles,
      },
    };
  }

  @Authorized()
  @Mutation(() => SessionRevokePayload, {
    description:
      'Log out (退出登录): the calling session token stops working at once. API keys cannot log out.',
  })
  async sessionRevoke(
    @Arg('input', () => SessionRevokeInput, { description: 'What to log out.' }) input: SessionRevokeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SessionRevokePayload> {
    const principal = ctx.principal;
    if (!principal) throw unauthenticated();
    const revokedCount = await closeSession(ctx.em, principal, input.allSessions ?? false);
    ctx.invalidatePrincipal(input.allSessions ? principal.id : principal.credentialId);
    return { revokedCount };
  }
}
