import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, unauthenticated } from '../errors/domain-error';
import type { Principal } from './principal';
import { RoleAssignment } from './role-assignment.entity';
import { Role } from './role.enum';
import { DUMMY_PASSWORD_HASH, hashSecret, newSecret, verifyPassword } from './secrets';
import { UserSession } from './session.entity';
import { UserAccount } from './user-account.entity';

/** One message for every failed login, so a caller cannot tell which usernames exist. */
export const LOGIN_FAILED = 'Username or password is incorrect.';

/** Usernames are stored and compared in one form, so "ZhangSan" and "zhangsan" are one account. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase();

export interface OpenedSession {
  /** The bearer token: returned once, never stored. */
  token: string;
  expiresAt: Date;
  user: UserAccount;
  roles: Role[];
}

/** A stored hash that cannot be parsed (never written by this code) counts as a wrong password. */
async function passwordMatches(password: string, stored: string): Promise<boolean> {
  try {
    return await verifyPassword(password, stored);
  } catch {
    return false;
  }
}

/**
 * Checks a username and password and opens a session. Unknown users are verified against a
 * dummy hash and disabled users are verified too, so every failure costs one scrypt and reads
 * the same: neither the message nor the time tells whether the account exists.
 */
export async function openSession(
  em: EntityManager,
  ttlHours: number,
  username: string,
  password: string,
): Promise<OpenedSession> {
  const user = await em.findOne(UserAccount, { username: normaliseUsername(username) });
  const matches = await passwordMatches(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !matches || user.disabledAt) throw unauthenticated(LOGIN_FAILED);

  const assignments = await em.find(
    RoleAssignment,
    { user: user.id, revokedAt: null },
    { orderBy: { createdAt: 'asc' } },
  );
  const roles = [...new Set(assignments.map((a) => a.role))];
  // As the authenticator does: an account of a partner unit acts as that partner.
  if (user.partnerUnit && !roles.includes(Role.PARTNER)) roles.push(Role.PARTNER);

  const token = newSecret('gs');
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  em.create(UserSession, { user, tokenHash: hashSecret(token), expiresAt });
  await em.flush();
  return { token, expiresAt, user, roles };
}

/**
 * Ends the calling session (and with `allSessions` every live session of its user). Returns the
 * number ended; the caller drops the principal from the cache.
 */
export async function closeSession(
  em: EntityManager,
  principal: Principal,
  allSessions: boolean,
): Promise<number> {
  if (principal.kind !== 'USER') {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      'Only a login session can be logged out; an API key is revoked by a platform admin (apiKeyRevoke).',
    );
  }
  const where = allSessions
    ? { user: principal.id, revokedAt: null }
    : { id: principal.credentialId, revokedAt: null };
  // The API role may update only revoked_at and last_used_at of user_session: a native update
  // touches nothing else (a managed entity would also write updated_at).
  return em.nativeUpdate(UserSession, where, { revokedAt: new Date() });
}
