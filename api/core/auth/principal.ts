import type { Role } from './role.enum';

export type PrincipalKind = 'API_KEY' | 'USER';

/** One role held at one tenant node (grid workers also name their grids). */
export interface RoleGrant {
  role: Role;
  /** Tenant node the role applies at (null for platform admin and partner keys). */
  tenantId: string | null;
  gridIds: string[];
}

/** Who is calling: resolved once per request from a key or session token. */
export interface Principal {
  kind: PrincipalKind;
  /** Id of the API key or user account. */
  id: string;
  /** Id of the credential used (key or session), for revocation and last-used bookkeeping. */
  credentialId: string;
  name: string;
  roles: Role[];
  grants: RoleGrant[];
  partnerUnitId: string | null;
  /** The person record of a user account (a team leader is recognised by it); null for API keys. */
  personId: string | null;
  /** Tenant ids this principal may see (its nodes and their subtrees, or a partner's partnered tenants). */
  tenantIds: string[];
  /** Tenant node ids the principal is staff of (no subtree): who may reveal personal data of which rows. */
  staffTenantIds: string[];
  /** When the key or session expires (ms since epoch), if it does: the cache never outlives it. */
  credentialExpiresAt: number | null;
}

export function hasRole(principal: Principal | null, ...roles: Role[]): boolean {
  return !!principal && principal.roles.some((r) => roles.includes(r));
}

/** A stable key for rate limits and idempotency records. */
export const principalKey = (p: Principal) => `${p.kind}:${p.id}`;
