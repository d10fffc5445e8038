import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { forbidden, notFound } from '../errors/domain-error';
import { parseGlobalId } from './global-id';
import { Node } from './node';
import { nodeDefinition } from './node-registry';

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    description:
      'Refetch any object by its global id. NOT_FOUND when it does not exist or is outside your scope.',
  })
  async node(
    @Arg('id', () => ID, { description: 'A global id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<object> {
    const { type, id: uuid } = parseGlobalId(id);
    const definition = nodeDefinition(type);
    if (!definition) throw notFound('Object', id);
    if (!ctx.principal?.roles.some((r) => definition.readers.includes(r))) {
      throw forbidden(`Your role may not read ${type} objects.`);
    }
    const row = await definition.load(ctx, uuid);
    if (!row) throw notFound(type, id);
    return row;
  }
}
