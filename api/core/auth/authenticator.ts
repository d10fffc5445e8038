import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { unauthenticated } from '../errors/domain-error';
import type { Principal, RoleGrant } from './principal';
import { Role, STAFF_ROLES } from './role.enum';
import { hashSecret } from './secrets';

interface CacheEntry {
  principal: Principal;
  expiresAt: number;
}

/** Raw rows: MikroORM's driver returns timestamps as strings. */
interface KeyRow {
  id: string;
  name: string;
  role: Role;
  tenant_id: string | null;
  partner_unit_id: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

interface SessionRow {
  session_id: string;
  user_id: string;
  display_name: string;
  partner_unit_id: string | null;
  person_id: string | null;
  expires_at: string;
  revoked_at: string | null;
  disabled_at: string | null;
}

const MAX_CACHE = 10_000;

/**
 * Turns the `Authorization: Bearer …` header into a Principal with its scope. Principals are
 * cached in this process for PRINCIPAL_CACHE_MS so the hot path costs no SQL; revoking here
 * drops the cache entry at once (other instances follow within the cache time). Last use is
 * written when the cache is refilled, at most once a minute per credential.
 */
export class Authenticator {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly orm: MikroORM,
    private readonly config: Config,
  ) {}

  async authenticate(header: string | undefined): Promise<Principal | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match)
      throw unauthenticated('The Authorization header must be "Bearer <API key or session token>".');
    const secret = match[1];
    const hash = hashSecret(secret);
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt > Date.now()) return cached.principal;

    let principal: Principal;
    if (secret.startsWith('gk_')) principal = await this.fromApiKey(hash);
    else if (secret.startsWith('gs_')) principal = await this.fromSession(hash);
    else throw unauthenticated('The API key or session token is not valid.');

    if (this.cache.size >= MAX_CACHE) this.cache.delete(this.cache.keys().next().value as string);
    const cacheUntil = Date.now() + this.config.principalCacheMs;
    this.cache.set(hash, {
      principal,
      expiresAt: Math.min(cacheUntil, principal.credentialExpiresAt ?? cacheUntil),
    });
    return principal;
  }

  /**
   * Forget a credential at once (after revocation or logout), or, given a partner unit's id, every
   * key and account acting for the unit (its scope changed with a partnership).
   */
  invalidate(credentialId: string): void {
    for (const [hash, entry] of this.cache) {
      const { principal } = entry;
      if ([principal.credentialId, principal.id, principal.partnerUnitId].includes(credentialId))
        this.cache.delete(hash);
    }
  }

  invalidateAll(): void {
    this.cache.clear();
  }

  private get conn() {
    return this.orm.em.getConnection();
  }

  private async fromApiKey(hash: string): Promise<Principal> {
    const rows = await this.conn.execute<KeyRow[]>(
      'select id, name, role, tenant_id, partner_unit_id, expires_at, revoked_at from api_key where secret_hash = ?',
      [hash],
    );
    const key = rows[0];
    if (!key) throw unauthenticated('The API key is not valid.');
    if (key.revoked_at) throw unauthenticated('The API key has been revoked.');
    if (key.expires_at && new Date(key.expires_at).getTime() <= Date.now())
      throw unauthenticated('The API key has expired.');
    await this.conn.execute(
      "update api_key set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')",
      [key.id],
    );
    const grants: RoleGrant[] = [{ role: key.role, tenantId: key.tenant_id, gridIds: [] }];
    return {
      kind: 'API_KEY',
      id: key.id,
      credentialId: key.id,
      name: key.name,
      roles: [key.role],
      grants,
      partnerUnitId: key.partner_unit_id,
      personId: null,
      tenantIds: await this.scopeOf(grants, key.partner_unit_id),
      staffTenantIds: [],
      credentialExpiresAt: key.expires_at ? new Date(key.expires_at).getTime() : null,
    };
  }

  private async fromSession(hash: string): Promise<Principal> {
    const rows = await this.conn.execute<SessionRow[]>(
      `select s.id as session_id, u.id as user_id, u.display_name, u.partner_unit_id, u.person_id, s.expires_at, s.revoked_at, u.disabled_at
       from user_session s join user_account u on u.id = s.user_id where s.token_hash = ?`,
      [hash],
    );
    const session = rows[0];
    if (!session || session.revoked_at || session.disabled_at) {
      throw unauthenticated('The session token is not valid; log in again.');
    }
    if (new Date(session.expires_at).getTime() <= Date.now())
      throw unauthenticated('The session has expired; log in again.');
    await this.conn.execute(
      "update user_session set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')",
      [session.session_id],
    );
    const assignments = await this.conn.execute<
      { role: Role; tenant_id: string | null; grid_ids: string[] }[]
    >(
      'select role, tenant_id, grid_ids from role_assignment where user_id = ? and revoked_at is null order by created_at',
      [session.user_id],
    );
    const grants: RoleGrant[] = assignments.map((a) => ({
      role: a.role,
      tenantId: a.tenant_id,
      gridIds: a.grid_ids,
    }));
    if (session.partner_unit_id && !grants.some((g) => g.role === Role.PARTNER)) {
      grants.push({ role: Role.PARTNER, tenantId: null, gridIds: [] });
    }
    return {
      kind: 'USER',
      id: session.user_id,
      credentialId: session.session_id,
      name: session.display_name,
      roles: [...new Set(grants.map((g) => g.role))],
      grants,
      partnerUnitId: session.partner_unit_id,
      personId: session.person_id,
      tenantIds: await this.scopeOf(grants, session.partner_unit_id),
      staffTenantIds: grants
        .filter((g) => g.tenantId && STAFF_ROLES.includes(g.role))
        .map((g) => g.tenantId as string),
      credentialExpiresAt: new Date(session.expires_at).getTime(),
    };
  }

  /**
   * Node-scoped roles see their node and its subtree; a partner sees the tenants of its active
   * partnerships; a platform admin sees nothing through ordinary queries (it uses the admin path).
   */
  private async scopeOf(grants: RoleGrant[], partnerUnitId: string | null): Promise<string[]> {
    const ids = new Set<string>();
    const nodes = grants
      .filter((g) => g.tenantId && g.role !== Role.PLATFORM_ADMIN)
      .map((g) => g.tenantId as string);
    if (nodes.length > 0) {
      const rows = await this.conn.execute<{ id: string }[]>(
        `select t.id from tenant t join tenant n on t.path like n.path || '%' where n.id in (${nodes.map(() => '?').join(',')})`,
        nodes,
      );
      rows.forEach((r) => ids.add(r.id));
    }
    if (partnerUnitId && grants.some((g) => g.role === Role.PARTNER)) {
      const rows = await this.conn.execute<{ ids: string[] }[]>('select app_partner_tenant_ids(?) as ids', [
        partnerUnitId,
      ]);
      rows[0].ids.forEach((id) => ids.add(id));
    }
    return [...ids];
  }
}
