import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import {
  getComplexity,
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
} from 'graphql-query-complexity';
import { DomainError, ErrorCode } from '../../errors/domain-error';
import { pageSize } from '../connection';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxPageSize: number;
  defaultPageSize: number;
}

/** Estimated length of a plain (non-connection) list when its field declares no `complexity`. */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Selections once fragments are expanded. Fragments can multiply a small document
 * exponentially (a fragment spreading another twice, forty levels deep), so this is
 * measured with memoised fragments before anything walks the expanded tree.
 */
export const MAX_EXPANDED_SELECTIONS = 10_000;

const isMeta = (name: string) => name.startsWith('__');

/** QUERY_TOO_COMPLEX naming the limit and the measured value; HTTP 400 (the query must change). */
export function queryTooComplex(message: string, limit: number, actual: number): DomainError {
  return new DomainError(ErrorCode.QUERY_TOO_COMPLEX, message, {
    limit,
    actual,
    http: { status: 400 },
  });
}

interface Shape {
  /** Deepest chain of fields below (and including) this selection set. */
  depth: number;
  aliases: number;
  selections: number;
}

/**
 * Depth, alias count and expanded size of an operation, following fragments. Each fragment is
 * measured once and reused at every spread, so the walk is linear in the document. Introspection
 * subtrees (`__schema`, `__type`) do not count toward depth: they are answered from memory and
 * the in-browser IDE and codegen need their deep queries.
 */
export function measureShape(document: DocumentNode, operation: OperationDefinitionNode): Shape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const memo = new Map<string, Shape>();
  const active = new Set<string>();

  const walk = (set: SelectionSetNode): Shape => {
    const shape: Shape = { depth: 0, aliases: 0, selections: 0 };
    const add = (inner: Shape, extraDepth: number) => {
      shape.depth = Math.max(shape.depth, inner.depth + extraDepth);
      shape.aliases += inner.aliases;
      shape.selections += inner.selections;
    };
    for (const selection of set.selections) {
      shape.selections += 1;
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet
          ? walk(selection.selectionSet)
          : { depth: 0, aliases: 0, selections: 0 };
        if (selection.alias) shape.aliases += 1;
        if (isMeta(selection.name.value)) {
          // Aliases still count here: each aliased __schema would copy the whole schema out.
          shape.aliases += inner.aliases;
          shape.selections += inner.selections;
          continue;
        }
        add(inner, 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(walk(selection.selectionSet), 0);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown and cyclic fragments are rejected by validation before this runs.
        if (!fragment || active.has(name)) continue;
        let inner = memo.get(name);
        if (!inner) {
          active.add(name);
          inner = walk(fragment.selectionSet);
          active.delete(name);
          memo.set(name, inner);
        }
        add(inner, 0);
      }
    }
    return shape;
  };
  return walk(operation.selectionSet);
}

/**
 * The cost model (the README's Limits section describes it for integrators):
 * - a leaf (scalar or enum) field costs 0, any object or list field 1 plus its children;
 * - a connection field (one with a `first` argument) multiplies its children by `first`, or by
 *   the default page size when absent; a `first` over the cap is BAD_USER_INPUT on `first`;
 * - the list fields of a connection type (`edges`) are the page itself: not multiplied again;
 * - a plain list field multiplies its children by DEFAULT_LIST_SIZE, unless the field declares
 *   `@Field({ complexity })`: a number there is the field's expected length; a function gets
 *   graphql-query-complexity's estimator arguments and returns the field's whole cost;
 * - on a non-list object field a numeric `complexity` replaces its own cost of 1;
 * - introspection fields cost 0.
 */
export function costEstimator(limits: QueryLimits): ComplexityEstimator {
  return (options: ComplexityEstimatorArgs): number => {
    const { field, args, childComplexity, type } = options;
    if (isMeta(field.name)) return 0;
    const declared = field.extensions?.complexity as number | ComplexityEstimator | undefined;
    if (typeof declared === 'function') {
      const own = declared(options);
      if (typeof own === 'number') return own;
    }
    if (isLeafType(getNamedType(field.type))) return typeof declared === 'number' ? declared : 0;
    if (field.args.some((a) => a.name === 'first')) {
      const size = pageSize((args.first as number | null | undefined) ?? undefined, limits);
      return 1 + Math.max(size, 0) * childComplexity;
    }
    if (isListType(getNullableType(field.type))) {
      if (type.name.endsWith('Connection')) return 1 + childComplexity;
      const length = typeof declared === 'number' ? declared : DEFAULT_LIST_SIZE;
      return 1 + length * childComplexity;
    }
    return (typeof declared === 'number' ? declared : 1) + childComplexity;
  };
}

/** The cost of one operation with its variables (so page sizes passed as variables count). */
export function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): number {
  // Only the resolved operation and the fragments: other operations in the document are not run.
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  try {
    return getComplexity({
      schema,
      query,
      variables: variables ?? {},
      estimators: [costEstimator(limits)],
      maxQueryNodes: MAX_EXPANDED_SELECTIONS + 1,
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    // Variables that do not coerce: execution would reject them with the same message.
    if (error instanceof GraphQLError) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, error.message, { http: { status: 400 } });
    }
    throw error;
  }
}

/** Every query limit of one operation, in order of cheapness; returns the operation's cost. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): number {
  const shape = measureShape(document, operation);
  if (shape.selections > MAX_EXPANDED_SELECTIONS) {
    throw queryTooComplex(
      `Query selects ${shape.selections} fields once fragments are expanded, exceeding the limit of ${MAX_EXPANDED_SELECTIONS}.`,
      MAX_EXPANDED_SELECTIONS,
      shape.selections,
    );
  }
  if (shape.depth > limits.maxDepth) {
    throw queryTooComplex(
      `Query depth ${shape.depth} exceeds the limit of ${limits.maxDepth}.`,
      limits.maxDepth,
      shape.depth,
    );
  }
  if (shape.aliases > limits.maxAliases) {
    throw queryTooComplex(
      `Query uses ${shape.aliases} aliases, exceeding the limit of ${limits.maxAliases}.`,
      limits.maxAliases,
      shape.aliases,
    );
  }
  const cost = measureCost(schema, document, operation, variables, limits);
  if (cost > limits.maxCost) {
    throw queryTooComplex(`Query cost ${cost} exceeds the limit of ${limits.maxCost}.`, limits.maxCost, cost);
  }
  return cost;
}
