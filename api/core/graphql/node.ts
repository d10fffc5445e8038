import { Field, ID, InterfaceType } from 'type-graphql';

/** A node's GraphQL type: its entity class's name (read rows inherit the class's prototype). */
export const resolveNodeType = (value: object): string => value.constructor.name;

@InterfaceType('Node', {
  description: 'An object with an opaque global id, refetchable with `node(id:)`.',
  resolveType: resolveNodeType,
})
export abstract class Node {
  // Resolves `globalId` (BaseEntity's getter): the interface's fields override inherited ones in
  // type-graphql, so a field on `id` here would serve every entity's raw uuid as its `id`.
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  globalId!: string;
}
