import type { Database } from '../../api/db/database';
import { ApiKey } from '../../api/core/auth/api-key.entity';
import { UserAccount } from '../../api/core/auth/user-account.entity';
import { RoleAssignment } from '../../api/core/auth/role-assignment.entity';
import { UserSession } from '../../api/core/auth/session.entity';
import { Role } from '../../api/core/auth/role.enum';
import { hashPassword, hashSecret, newSecret } from '../../api/core/auth/secrets';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';

let counter = 0;

/** Issues an API key directly as the owner; returns the secret (what a client sends). */
export async function issueKey(
  db: Database,
  role: Role,
  options: { tenant?: Tenant; partnerUnit?: PartnerUnit; name?: string } = {},
): Promise<string> {
  const em = db.owner.em.fork();
  const secret = newSecret('gk');
  em.create(ApiKey, {
    role,
    name: options.name ?? `${role} key ${++counter}`,
    prefix: secret.slice(0, 10),
    secretHash: hashSecret(secret),
    tenant: options.tenant ? em.getReference(Tenant, options.tenant.id) : undefined,
    partnerUnit: options.partnerUnit ? em.getReference(PartnerUnit, options.partnerUnit.id) : undefined,
  });
  await em.flush();
  return secret;
}

/**
 * A user with one role at one tenant and a live session; returns the session token.
 * (Password login itself is tested in test/auth; other tests need only a session.)
 */
export async function userSession(
  db: Database,
  role: Role,
  tenant: Tenant | null,
  options: { gridIds?: string[]; personId?: string; name?: string } = {},
): Promise<string> {
  const em = db.owner.em.fork();
  const n = ++counter;
  const user = em.create(UserAccount, {
    username: `user${n}_${Date.now()}`,
    displayName: options.name ?? `${role} ${n}`,
    passwordHash: 'scrypt$1$1$1$AA==$AA==',
    personId: options.personId,
  });
  em.create(RoleAssignment, {
    user,
    role,
    tenant: tenant ? em.getReference(Tenant, tenant.id) : undefined,
    gridIds: options.gridIds ?? [],
  });
  const token = newSecret('gs');
  em.create(UserSession, { user, tokenHash: hashSecret(token), expiresAt: new Date(Date.now() + 3600_000) });
  await em.flush();
  return token;
}

/**
 * A user who logs in with a password (hashed with the real scrypt), optionally holding one role;
 * returns the account. For login tests; other tests use `userSession`.
 */
export async function passwordUser(
  db: Database,
  options: {
    username: string;
    password: string;
    role?: Role;
    tenant?: Tenant | null;
    gridIds?: string[];
    displayName?: string;
    disabled?: boolean;
  },
): Promise<UserAccount> {
  const em = db.owner.em.fork();
  const user = em.create(UserAccount, {
    username: options.username,
    displayName: options.displayName ?? options.username,
    passwordHash: await hashPassword(options.password),
    disabledAt: options.disabled ? new Date() : undefined,
  });
  if (options.role) {
    em.create(RoleAssignment, {
      user,
      role: options.role,
      tenant: options.tenant ? em.getReference(Tenant, options.tenant.id) : undefined,
      gridIds: options.gridIds ?? [],
    });
  }
  await em.flush();
  return user;
}
