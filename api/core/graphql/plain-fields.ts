import { getMetadataStorage } from 'type-graphql';
import { GraphQLObjectType, type GraphQLSchema } from 'graphql';

type ObjectMetadata = ReturnType<typeof getMetadataStorage>['objectTypes'][number];
type FieldMetadata = NonNullable<ObjectMetadata['fields']>[number];

/**
 * Removes the resolvers type-graphql gives plain properties when nothing runs around them.
 *
 * type-graphql gives every field of an object type a resolver, even a plain property with no
 * `@Authorized` and no middleware: it builds a resolver-data object and returns
 * `root[name]`. graphql-js and graphql-jit read a field without a resolver straight from the
 * object (graphql-jit compiles it to a property read); a field with one costs a call, a resolve
 * info and a result callback. The nested community query reads some 550 such fields per page.
 *
 * A resolver is removed only where type-graphql's own metadata shows it can do nothing but read
 * the property: no field resolver, no roles, no middleware (nor global ones), and the GraphQL name
 * is the property's name. Everything else keeps its resolver; @Sensitive fields are wrapped after
 * this (applySensitiveFields), around the default resolver.
 */
export function dropPassThroughResolvers(
  schema: GraphQLSchema,
  globalMiddlewares: readonly unknown[],
): number {
  if (globalMiddlewares.length > 0) return 0;
  const storage = getMetadataStorage();
  const fieldsOf = new Map<string, Map<string, FieldMetadata>>();
  const interfaceFields = new Map<object, FieldMetadata[]>(
    storage.interfaceTypes.map((i) => [i.target, i.fields ?? []]),
  );
  for (const objectType of storage.objectTypes) {
    // As type-graphql's schema generator: the interfaces' fields first, then the type's own.
    const all = [
      ...(objectType.interfaceClasses ?? []).flatMap((target) => interfaceFields.get(target) ?? []),
      ...(objectType.fields ?? []),
    ];
    fieldsOf.set(objectType.name, new Map(all.map((f) => [f.schemaName, f])));
  }
  const resolved = new Map<object, Set<string>>();
  for (const r of storage.fieldResolvers) {
    const target = r.getObjectType?.();
    if (!target) continue;
    resolved.set(target, (resolved.get(target) ?? new Set()).add(r.methodName));
  }
  let dropped = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const metadata = fieldsOf.get(type.name);
    if (!metadata) continue;
    for (const field of Object.values(type.getFields())) {
      const meta = metadata.get(field.name);
      if (!field.resolve || !meta || meta.name !== meta.schemaName) continue;
      if (meta.roles !== undefined || (meta.middlewares?.length ?? 0) > 0) continue;
      if (resolved.get(meta.target)?.has(meta.name)) continue;
      field.resolve = undefined;
      dropped += 1;
    }
  }
  return dropped;
}
