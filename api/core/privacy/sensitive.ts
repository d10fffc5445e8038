import { Extensions } from 'type-graphql';
import {
  defaultFieldResolver,
  GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from '../../app/context';
import { STAFF_ROLES, type Role } from '../auth/role.enum';
import type { Principal } from '../auth/principal';
import { mask, type PersonalDataKind } from './masking';

/** Rows that know whose personal data they hold (for "who read my data"). */
export interface AuditSubject {
  auditSubjectPersonId(): string | null;
}

interface TenantRow {
  id: string;
  tenant: { id: string };
}

const isAuditSubject = (row: object): row is AuditSubject =>
  typeof (row as Partial<AuditSubject>).auditSubjectPersonId === 'function';

/**
 * The staff role under which `principal` may reveal personal data of a row owned by `tenantId`:
 * only staff of the owning tenant node itself (a street admin does not reveal its communities'
 * rows; integrators, partners and residents never reveal).
 */
export function revealRole(principal: Principal | null, tenantId: string): Role | null {
  if (!principal) return null;
  const grant = principal.grants.find((g) => g.tenantId === tenantId && STAFF_ROLES.includes(g.role));
  return grant ? grant.role : null;
}

/**
 * Masks by default. Plain only when the operation states a purpose (`@reveal`) AND the reader is
 * staff of the row's own tenant; each plain value is then recorded in the request's audit buffer,
 * which is written before the response is sent.
 */
export function protect(
  kind: PersonalDataKind,
  value: unknown,
  root: unknown,
  context: RequestContext,
  info: GraphQLResolveInfo,
): unknown {
  if (value === null || value === undefined) return value;
  const row = root as TenantRow;
  const purpose = context.revealPurpose;
  const role = purpose ? revealRole(context.principal, row.tenant.id) : null;
  if (purpose && role) {
    context.audit.record({
      tenantId: row.tenant.id,
      role,
      purpose,
      entityType: info.parentType.name,
      entityId: row.id,
      field: info.fieldName,
      subjectPersonId: isAuditSubject(row) ? row.auditSubjectPersonId() : null,
    });
    return value;
  }
  return mask(kind, String(value));
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * The field middleware of every @Sensitive field, installed on the built schema: it wraps the
 * field's resolver (whatever type-graphql made of it, auth included) and stays synchronous when
 * the resolver is, so a list of thousands of people costs no promise per personal field.
 * Called once by createSchema; a sensitive field cannot be resolved any other way.
 */
export function applySensitiveFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const kind = field.extensions.sensitive as PersonalDataKind | undefined;
      if (!kind) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: RequestContext, info) => {
        const value = resolve(root, args, context, info);
        return isThenable(value)
          ? value.then((v) => protect(kind, v, root, context, info))
          : protect(kind, value, root, context, info);
      };
    }
  }
  return schema;
}

/**
 * Declares a field as personal data of the given kind: masked for every reader unless revealed
 * (see applySensitiveFields). Use on fields of tenant-owned entities only (the owning tenant
 * decides who may reveal).
 */
export function Sensitive(kind: PersonalDataKind): PropertyDecorator & MethodDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Extensions({ sensitive: kind })(target, key, descriptor as never);
  };
}
