import 'reflect-metadata';
import { graphql, GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import {
  Arg,
  Authorized,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  type MiddlewareFn,
  ObjectType,
  Query,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { MaxLength } from 'class-validator';
import { leanFieldResolvers } from '../../api/core/graphql/lean-resolvers';

/**
 * leanFieldResolvers calls plain field resolvers directly instead of through type-graphql's
 * async middleware chain. Every outcome must stay type-graphql's: roles still checked (a denied
 * reader gets type-graphql's own error), a root of another class still converted, and resolvers
 * with middleware or validated input arguments left alone.
 */
interface Ctx {
  roles: string[];
}

const shout: MiddlewareFn = async (_, next) => String(await next()).toUpperCase();

@ObjectType({ description: 'A sample.' })
class Item {
  @Field({ description: 'Id.' })
  id!: string;
}

@InputType({ description: 'A short note.' })
class NoteInput {
  @Field({ description: 'At most three characters.' })
  @MaxLength(3)
  text!: string;
}

@Resolver(() => Item)
class ItemResolver {
  @Query(() => [Item], { description: 'An instance and a plain object.' })
  items(): Item[] {
    return [Object.assign(new Item(), { id: 'a' }), { id: 'b' } as Item];
  }

  @Authorized(['ADMIN'])
  @FieldResolver(() => String, { nullable: true, description: 'Admins only.' })
  secret(@Root() item: Item, @Ctx() ctx: Ctx): string {
    return `secret-${item.id}-${ctx.roles.length}`;
  }

  @FieldResolver(() => String, { description: 'With a scalar argument.' })
  suffixed(
    @Root() item: Item,
    @Arg('suffix', () => String, { nullable: true }) suffix: string | null,
  ): string {
    return `${item.id}${suffix ?? ''}`;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the root is an Item instance.' })
  isInstance(@Root() item: Item): boolean {
    return item instanceof Item;
  }

  @UseMiddleware(shout)
  @FieldResolver(() => String, { description: 'With a middleware.' })
  shouted(@Root() item: Item): string {
    return `hey ${item.id}`;
  }

  @FieldResolver(() => String, { nullable: true, description: 'With a validated input.' })
  noted(@Root() item: Item, @Arg('note', () => NoteInput) note: NoteInput): string {
    return `${item.id}:${note.text}`;
  }
}

const booleanChecker = ({ context }: { context: Ctx }, roles: string[]) =>
  roles.some((r) => context.roles.includes(r));

async function schemaWith(authChecker: (data: { context: Ctx }, roles: string[]) => unknown) {
  const schema = await buildSchema({
    resolvers: [ItemResolver],
    authChecker: authChecker as never,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
  const replaced = leanFieldResolvers(schema, {
    resolvers: [ItemResolver],
    globalMiddlewares: [],
    authChecker,
  });
  return { schema, replaced };
}

const QUERY = '{ items { id secret suffixed(suffix: "!") isInstance shouted } }';

describe('leanFieldResolvers', () => {
  let schema: GraphQLSchema;
  let replaced: number;

  beforeAll(async () => {
    ({ schema, replaced } = await schemaWith(booleanChecker));
  });

  it('replaces only resolvers with no middleware and plain parameters', () => {
    expect(replaced).toBe(3);
    const fields = (schema.getType('Item') as GraphQLObjectType).getFields();
    const admin = { roles: ['ADMIN'] };
    const item = Object.assign(new Item(), { id: 'a' });
    // Called directly, a synchronous resolver answers synchronously: no promise per row.
    expect(fields.secret.resolve!(item, {}, admin, {} as GraphQLResolveInfo)).toBe('secret-a-1');
    expect(fields.suffixed.resolve!(item, { suffix: '?' }, admin, {} as GraphQLResolveInfo)).toBe('a?');
    // The others still go through type-graphql (a promise from its middleware chain).
    expect(fields.shouted.resolve!(item, {}, admin, {} as GraphQLResolveInfo)).toBeInstanceOf(Promise);
  });

  it('answers as type-graphql does: roles, arguments, converted roots, middleware', async () => {
    const asAdmin = await graphql({ schema, source: QUERY, contextValue: { roles: ['ADMIN'] } });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.items).toEqual([
      { id: 'a', secret: 'secret-a-1', suffixed: 'a!', isInstance: true, shouted: 'HEY A' },
      { id: 'b', secret: 'secret-b-1', suffixed: 'b!', isInstance: true, shouted: 'HEY B' },
    ]);
  });

  it('denies a reader without the role with type-graphql’s own error', async () => {
    const asReader = await graphql({ schema, source: QUERY, contextValue: { roles: [] } });
    expect(asReader.data?.items).toEqual([
      { id: 'a', secret: null, suffixed: 'a!', isInstance: true, shouted: 'HEY A' },
      { id: 'b', secret: null, suffixed: 'b!', isInstance: true, shouted: 'HEY B' },
    ]);
    expect(asReader.errors?.map((e) => e.message)).toEqual([
      "Access denied! You don't have permission for this action!",
      "Access denied! You don't have permission for this action!",
    ]);
  });

  it('still validates an input argument (that resolver is left to type-graphql)', async () => {
    const result = await graphql({
      schema,
      source: '{ items { noted(note: { text: "too long" }) } }',
      contextValue: { roles: [] },
    });
    expect(result.errors?.[0].message).toBe('Argument Validation Error');
    const ok = await graphql({
      schema,
      source: '{ items { noted(note: { text: "ok" }) } }',
      contextValue: { roles: [] },
    });
    expect(ok.data?.items).toEqual([{ noted: 'a:ok' }, { noted: 'b:ok' }]);
  });

  it('leaves the decision to type-graphql when the checker answers asynchronously', async () => {
    const { schema: asyncSchema } = await schemaWith(async (data, roles) => booleanChecker(data, roles));
    const asAdmin = await graphql({ schema: asyncSchema, source: QUERY, contextValue: { roles: ['ADMIN'] } });
    expect((asAdmin.data?.items as { secret: string }[]).map((i) => i.secret)).toEqual([
      'secret-a-1',
      'secret-b-1',
    ]);
    const asReader = await graphql({ schema: asyncSchema, source: QUERY, contextValue: { roles: [] } });
    expect((asReader.data?.items as { secret: string }[]).map((i) => i.secret)).toEqual([null, null]);
    expect(asReader.errors).toHaveLength(2);
  });

  it('replaces nothing when global middlewares run around every field', async () => {
    const allow = () => true;
    const withGlobal = await buildSchema({
      resolvers: [ItemResolver],
      globalMiddlewares: [shout],
      authChecker: allow,
    });
    expect(
      leanFieldResolvers(withGlobal, {
        resolvers: [ItemResolver],
        globalMiddlewares: [shout],
        authChecker: allow,
      }),
    ).toBe(0);
  });
});
