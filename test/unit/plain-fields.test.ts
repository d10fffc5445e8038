import 'reflect-metadata';
import { graphql, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import {
  Authorized,
  buildSchema,
  Field,
  FieldResolver,
  ObjectType,
  Query,
  Resolver,
  Root,
  type MiddlewareFn,
  UseMiddleware,
} from 'type-graphql';
import { dropPassThroughResolvers } from '../../api/core/graphql/plain-fields';

/**
 * type-graphql gives every field a resolver; dropPassThroughResolvers removes the ones that can
 * only read the property. Whatever runs around a field (roles, middleware, a field resolver, a
 * GraphQL name other than the property's) must keep its resolver, or it would silently stop
 * running: these cases are built here on a schema of their own.
 */
const upper: MiddlewareFn = async (_, next) => String(await next()).toUpperCase();

@ObjectType({ description: 'A sample.' })
class Sample {
  @Field({ description: 'Plain.' })
  plain!: string;

  @Authorized(['ADMIN'])
  @Field({ nullable: true, description: 'Restricted to a role.' })
  restricted!: string;

  @UseMiddleware(upper)
  @Field({ description: 'With a middleware.' })
  shouted!: string;

  @Field({ name: 'renamed', description: 'Named otherwise in GraphQL.' })
  internalName!: string;

  @Field({ description: 'Resolved by a field resolver.' })
  computed!: string;
}

@Resolver(() => Sample)
class SampleResolver {
  @Query(() => Sample, { description: 'One sample.' })
  sample(): Sample {
    return { plain: 'p', restricted: 'r', shouted: 's', internalName: 'i', computed: 'stored' };
  }

  @FieldResolver(() => String, { description: 'Computed.' })
  computed(@Root() sample: Sample): string {
    return `${sample.plain}-computed`;
  }
}

describe('dropPassThroughResolvers', () => {
  let schema: GraphQLSchema;
  let dropped: number;

  beforeAll(async () => {
    schema = await buildSchema({
      resolvers: [SampleResolver],
      authChecker: ({ context }: { context: { roles: string[] } }, roles) =>
        roles.some((r) => context.roles.includes(r)),
      authMode: 'null',
      validate: false,
    });
    dropped = dropPassThroughResolvers(schema, []);
  });

  const fields = () => (schema.getType('Sample') as GraphQLObjectType).getFields();

  it('drops only the plain property’s resolver', () => {
    const withResolver = Object.values(fields())
      .filter((f) => f.resolve)
      .map((f) => f.name)
      .sort();
    expect(withResolver).toEqual(['computed', 'renamed', 'restricted', 'shouted']);
    expect(dropped).toBe(1);
  });

  it('still runs roles, middleware, field resolvers and renames', async () => {
    const query = '{ sample { plain restricted shouted renamed computed } }';
    const asUser = await graphql({ schema, source: query, contextValue: { roles: [] } });
    expect(asUser.errors).toBeUndefined();
    expect(asUser.data?.sample).toEqual({
      plain: 'p',
      restricted: null,
      shouted: 'S',
      renamed: 'i',
      computed: 'p-computed',
    });
    const asAdmin = await graphql({ schema, source: query, contextValue: { roles: ['ADMIN'] } });
    expect((asAdmin.data?.sample as { restricted: string }).restricted).toBe('r');
  });

  it('drops nothing when global middlewares run around every field', async () => {
    const withGlobal = await buildSchema({
      resolvers: [SampleResolver],
      authChecker: () => true,
      globalMiddlewares: [upper],
      validate: false,
    });
    expect(dropPassThroughResolvers(withGlobal, [upper])).toBe(0);
  });
});
