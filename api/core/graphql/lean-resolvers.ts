import { getMetadataStorage } from 'type-graphql';
import {
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldMetadata = NonNullable<Storage['objectTypes'][number]['fields']>[number];
type FieldResolverMetadata = Storage['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];

/** What a lean resolver hands its method: one reader per parameter, in parameter order. */
type ParamReader = (
  root: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: GraphQLResolveInfo,
) => unknown;

/** A class, as type-graphql's metadata holds them (resolver classes, object types). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for targets
type ClassRef = Function;

const PLAIN_SCALARS = new Set(['String', 'Boolean', 'Int', 'Float', 'ID']);

/**
 * A parameter type-graphql would hand over unchanged, without a promise: the root (when it is
 * already of its class: checked per call), the context, the info, or an argument of a built-in
 * scalar type (type-graphql validates objects only, and converts only input types).
 */
function readerOf(
  param: ParamMetadata,
  validateFn: unknown,
): { read: ParamReader; rootType?: ClassRef } | null {
  switch (param.kind) {
    case 'root': {
      if (param.propertyName) return null;
      const type = param.getType?.();
      if (type !== undefined && typeof type !== 'function') return null;
      return { read: (root) => root, rootType: type as ClassRef | undefined };
    }
    case 'context': {
      const { propertyName } = param;
      return propertyName
        ? { read: (_r, _a, context) => (context as Record<string, unknown>)[propertyName] }
        : { read: (_r, _a, context) => context };
    }
    case 'info':
      return { read: (_r, _a, _c, info) => info };
    case 'arg': {
      if (param.validateFn || validateFn) return null;
      const type = param.getType();
      const plain =
        type === String ||
        type === Boolean ||
        type === Number ||
        (type instanceof GraphQLScalarType && PLAIN_SCALARS.has(type.name));
      if (!plain) return null;
      const { name } = param;
      return { read: (_r, args) => args[name] };
    }
    default:
      return null;
  }
}

export interface LeanOptions {
  /** The resolver classes given to buildSchema (type-graphql only uses field resolvers of these). */
  resolvers: readonly ClassRef[];
  globalMiddlewares: readonly unknown[];
  /** What buildSchema was given as authChecker (a class checker is not made lean). */
  authChecker: unknown;
  /** A global validation function (buildSchema's validateFn), if any: arguments then stay type-graphql's. */
  validateFn?: unknown;
}

/**
 * Calls field resolvers directly where type-graphql's wrapper would add nothing but latency.
 *
 * type-graphql runs every field resolver through an async middleware chain: its authorisation
 * is a middleware awaiting the auth checker, and parameters are sorted and gathered per call
 * (any argument through an async validation). The nested community query calls such resolvers
 * about a thousand times a page, each costing four to six promises and about 1.3 KB of garbage.
 *
 * Here a field resolver of a resolver class whose only middleware is `@Authorized`, and whose
 * parameters are root, context, info or built-in scalar arguments, is called directly: the same
 * auth checker with the same roles runs first, synchronously, and the method gets the same values.
 * Whenever a call is not the plain case — the checker does not answer `true` at once (it denied,
 * or it is asynchronous), or the root is not yet an instance of its class (type-graphql would
 * convert it) — the call goes to type-graphql's own resolver, so every outcome is type-graphql's.
 * Run after buildSchema and before anything wraps the resolvers (the sensitive-field middleware).
 */
export function leanFieldResolvers(schema: GraphQLSchema, options: LeanOptions): number {
  if (options.globalMiddlewares.length > 0) return 0;
  const storage = getMetadataStorage();
  const interfaceFields = new Map<object, FieldMetadata[]>(
    storage.interfaceTypes.map((i) => [i.target, i.fields ?? []]),
  );
  const usable = storage.fieldResolvers.filter(
    (r) => r.kind === 'internal' || options.resolvers.includes(r.target),
  );
  const instances = new Map<ClassRef, Record<string, (...args: unknown[]) => unknown>>();
  let replaced = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const graphqlFields = type.getFields();
    // As type-graphql's schema generator: interface fields first, the type's own win by name.
    const fields = new Map<string, FieldMetadata>();
    for (const target of objectType.interfaceClasses ?? [])
      for (const f of interfaceFields.get(target) ?? []) fields.set(f.schemaName, f);
    for (const f of objectType.fields ?? []) fields.set(f.schemaName, f);
    for (const field of fields.values()) {
      const resolver = usable.find(
        (r) => r.getObjectType?.() === field.target && r.methodName === field.name,
      );
      const graphqlField = graphqlFields[field.schemaName];
      if (!resolver || resolver.kind !== 'external' || !graphqlField?.resolve) continue;
      const lean = leanResolver(resolver, graphqlField.resolve, options, instances);
      if (!lean) continue;
      graphqlField.resolve = lean;
      replaced += 1;
    }
  }
  return replaced;
}

function leanResolver(
  resolver: FieldResolverMetadata,
  original: GraphQLFieldResolver<unknown, unknown>,
  options: LeanOptions,
  instances: Map<ClassRef, Record<string, (...args: unknown[]) => unknown>>,
): GraphQLFieldResolver<unknown, unknown> | null {
  if ((resolver.middlewares?.length ?? 0) > 0) return null;
  const { roles } = resolver;
  const checker = options.authChecker;
  // An arrow function has no prototype; a class (type-graphql instantiates those) has one.
  if (roles && (typeof checker !== 'function' || checker.prototype !== undefined)) return null;
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  const readers: ParamReader[] = [];
  let rootType: ClassRef | undefined;
  for (const param of params) {
    const reader = readerOf(param, options.validateFn);
    if (!reader) return null;
    readers.push(reader.read);
    if (reader.rootType) rootType = reader.rootType;
  }
  const { target, methodName } = resolver;
  const instanceOf = () => {
    let instance = instances.get(target);
    if (!instance) {
      // As type-graphql's default container: one instance per resolver class.
      instance = new (target as new () => Record<string, (...args: unknown[]) => unknown>)();
      instances.set(target, instance);
    }
    return instance;
  };
  const check = checker as unknown as (data: object, roles: unknown[]) => unknown;
  return (root, args, context, info) => {
    if (rootType && !(root instanceof rootType)) return original(root, args, context, info);
    if (roles && check({ root, args, context, info }, roles) !== true)
      return original(root, args, context, info);
    const values = new Array<unknown>(readers.length);
    for (let i = 0; i < readers.length; i++) values[i] = readers[i](root, args, context, info);
    const instance = instanceOf();
    return instance[methodName](...values);
  };
}
