import type { RequestContext } from '../../app/context';
import type { Role } from '../auth/role.enum';

export interface NodeDefinition {
  /** Roles that may fetch this type by id (as for the type's own queries). */
  readers: readonly Role[];
  /** Loads one row by uuid within the request's scope, or null. */
  load(ctx: RequestContext, id: string): Promise<object | null>;
}

const registry = new Map<string, NodeDefinition>();

/** Modules register each Node type they expose, so `node(id:)` can refetch it. */
export function registerNode(typeName: string, definition: NodeDefinition): void {
  registry.set(typeName, definition);
}

export const nodeDefinition = (typeName: string) => registry.get(typeName);
