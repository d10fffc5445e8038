import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { forbidden, unauthenticated } from '../errors/domain-error';
import type { Role } from './role.enum';

/**
 * `@Authorized(roles)` on every query, mutation and restricted field: no principal is
 * UNAUTHENTICATED, a principal without one of the roles is FORBIDDEN.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.principal) throw unauthenticated();
  if (roles.length === 0) return true;
  if (context.principal.roles.some((r) => roles.includes(r))) return true;
  throw forbidden(`This requires one of the roles: ${roles.join(', ')}.`);
};
