import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Me } from './me.types';
import { describeMe } from './me.service';

@Resolver()
export class MeResolver {
  @Authorized()
  @Query(() => Me, { description: 'Who is calling: the principal, its roles and the tenants in its scope.' })
  me(@Ctx() ctx: RequestContext): Promise<Me> {
    return describeMe(ctx);
  }
}
