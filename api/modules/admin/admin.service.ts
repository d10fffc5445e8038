import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from '../../core/auth/api-key.entity';
import { RoleAssignment } from '../../core/auth/role-assignment.entity';
import { COMMUNITY_KEY_ROLES, Role } from '../../core/auth/role.enum';
import { hashPassword, hashSecret, newSecret } from '../../core/auth/secrets';
import { UserAccount } from '../../core/auth/user-account.entity';
import { normaliseUsername } from '../../core/auth/auth.service';
import {
  badInput,
  conflict,
  DomainError,
  ErrorCode,
  invalidTransition,
} from '../../core/errors/domain-error';
import { paginate, type ConnectionShape, type PageArgs } from '../../core/graphql/connection';
import { TENANT_FILTER } from '../../db/tenant-owned.entity';
import { Grid } from '../organisation/grid.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { TenantKind } from '../tenants/tenant-kind.enum';
import { Tenant } from '../tenants/tenant.entity';

/*
 * Use cases of the platform-admin path. Each takes the owner EntityManager (from
 * `ctx.adminEntityManager()` or the CLI) and plain data with uuids, runs in one transaction of
 * its own and throws DomainError with the input field at fault. No GraphQL here, so the CLI and
 * the demo loader reuse it.
 */

type Limits = { maxPageSize: number; defaultPageSize: number };

/** Tenant-owned rows are read here across tenants, which is the point of the admin path. */
const ACROSS_TENANTS = { filters: { [TENANT_FILTER]: false } };

const missing = (what: string, field: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${field}: no such ${what}.`, { field });

/**
 * Row-level security is forced even for the table owner (only a superuser skips it), so a
 * transaction that touches tenant-owned tables states which tenants it works in.
 */
async function scopeTo(tx: EntityManager, tenantIds: string[] | 'ALL'): Promise<void> {
  if (tenantIds === 'ALL') {
    await tx.execute(
      "select set_config('app.tenant_ids', coalesce((select string_agg(id::text, ',') from tenant), ''), true)",
    );
  } else {
    await tx.execute("select set_config('app.tenant_ids', ?, true)", [tenantIds.join(',')]);
  }
}

async function tenantOf(tx: EntityManager, id: string, field: string): Promise<Tenant> {
  const tenant = await tx.findOne(Tenant, { id });
  if (!tenant) throw missing('tenant', field);
  return tenant;
}

async function partnerUnitOf(tx: EntityManager, id: string, field: string): Promise<PartnerUnit> {
  const unit = await tx.findOne(PartnerUnit, { id });
  if (!unit) throw missing('partner unit', field);
  return unit;
}

// ---------------------------------------------------------------------------------------------
// Tenants

export interface TenantCreateData {
  kind: TenantKind;
  code: string;
  name: string;
  fullName?: string | null;
  parentId?: string | null;
}

/** The level a node's parent must have, and how many digits of its code the child shares. */
const PARENT_RULE: Record<TenantKind, { kind: TenantKind; prefix: number } | null> = {
  [TenantKind.DISTRICT]: null,
  [TenantKind.STREET]: { kind: TenantKind.DISTRICT, prefix: 6 },
  [TenantKind.COMMUNITY]: { kind: TenantKind.STREET, prefix: 9 },
};

export async function createTenant(em: EntityManager, data: TenantCreateData): Promise<Tenant> {
  return em.transactional(async (tx) => {
    const rule = PARENT_RULE[data.kind];
    let parent: Tenant | null = null;
    if (!rule) {
      if (data.parentId) throw badInput('parentId', 'A district is a root of the tree: it has no parent.');
    } else {
      const kind = data.kind.toLowerCase();
      if (!data.parentId) throw badInput('parentId', `A ${kind} needs a parent ${rule.kind.toLowerCase()}.`);
      parent = await tenantOf(tx, data.parentId, 'parentId');
      if (parent.kind !== rule.kind) {
        throw badInput(
          'parentId',
          `A ${kind} belongs under a ${rule.kind.toLowerCase()}, not under the ${parent.kind.toLowerCase()} ${parent.name}.`,
        );
      }
      const prefix = parent.code.slice(0, rule.prefix);
      if (!data.code.startsWith(prefix)) {
        throw badInput(
          'code',
          `The code of a ${kind} under ${parent.name} (${parent.code}) must start with ${prefix}.`,
        );
      }
    }
    const taken = await tx.findOne(Tenant, { code: data.code });
    if (taken) throw conflict(`The division code ${data.code} is already used by ${taken.name}.`);

    const tenant = tx.create(Tenant, {
      kind: data.kind,
      code: data.code,
      name: data.name,
      fullName: data.fullName ?? undefined,
      parent: parent ?? undefined,
      path: '',
    });
    tenant.path = `${parent ? parent.path : '/'}${tenant.id}/`;
    return tenant;
  });
}

/** The whole tree in path order (parents before children), for the CLI. */
export const listAllTenants = (em: EntityManager) => em.find(Tenant, {}, { orderBy: { path: 'asc' } });

export const findTenantByCode = (em: EntityManager, code: string) => em.findOne(Tenant, { code });

// ---------------------------------------------------------------------------------------------
// API keys

export interface ApiKeyIssueData {
  role: Role;
  name: string;
  tenantId?: string | null;
  partnerUnitId?: string | null;
  expiresAt?: Date | null;
}

export async function issueApiKey(
  em: EntityManager,
  data: ApiKeyIssueData,
): Promise<{ key: ApiKey; secret: string }> {
  return em.transactional(async (tx) => {
    const communityKey = COMMUNITY_KEY_ROLES.includes(data.role);
    if (![Role.PLATFORM_ADMIN, Role.DISTRICT_INTEGRATOR, Role.PARTNER].includes(data.role) && !communityKey) {
      throw badInput(
        'role',
        `${data.role} is held by people, who log in: create a user and assign the role.`,
      );
    }
    let tenant: Tenant | null = null;
    let partnerUnit: PartnerUnit | null = null;
    if (data.role === Role.DISTRICT_INTEGRATOR) {
      if (!data.tenantId) throw badInput('tenantId', "An integrator key needs its district's id.");
      tenant = await tenantOf(tx, data.tenantId, 'tenantId');
      if (tenant.kind !== TenantKind.DISTRICT) {
        throw badInput(
          'tenantId',
          `An integrator key is issued for a district; ${tenant.name} is a ${tenant.kind}.`,
        );
      }
    } else if (communityKey) {
      if (!data.tenantId) throw badInput('tenantId', `A ${data.role} key needs its community's id.`);
      tenant = await tenantOf(tx, data.tenantId, 'tenantId');
      if (tenant.kind !== TenantKind.COMMUNITY) {
        throw badInput(
          'tenantId',
          `A ${data.role} key is issued for a community; ${tenant.name} is a ${tenant.kind}.`,
        );
      }
    } else if (data.tenantId) {
      throw badInput('tenantId', 'Only integrator, device and mobile-probe keys name a tenant.');
    }
    if (data.role === Role.PARTNER) {
      if (!data.partnerUnitId) throw badInput('partnerUnitId', 'A partner key needs its partner unit.');
      partnerUnit = await partnerUnitOf(tx, data.partnerUnitId, 'partnerUnitId');
    } else if (data.partnerUnitId) {
      throw badInput('partnerUnitId', 'Only partner keys name a partner unit.');
    }
    if (data.expiresAt && data.expiresAt.getTime() <= Date.now()) {
      throw badInput('expiresAt', 'expiresAt must be in the future.');
    }
    const secret = newSecret('gk');
    const key = tx.create(ApiKey, {
      role: data.role,
      name: data.name,
      prefix: secret.slice(0, 10),
      secretHash: hashSecret(secret),
      tenant: tenant ?? undefined,
      partnerUnit: partnerUnit ?? undefined,
      expiresAt: data.expiresAt ?? undefined,
    });
    return { key, secret };
  });
}

/** Revokes a key (the caller then drops it from the principal cache). */
export async function revokeApiKey(em: EntityManager, id: string): Promise<ApiKey> {
  return em.transactional(async (tx) => {
    const key = await tx.findOne(ApiKey, { id }, { populate: ['tenant', 'partnerUnit'] });
    if (!key) throw missing('API key', 'id');
    if (key.revokedAt) throw invalidTransition('The API key', 'REVOKED', 'revoke');
    key.revokedAt = new Date();
    return key;
  });
}

export function listApiKeys(
  em: EntityManager,
  args: PageArgs,
  limits: Limits,
): Promise<ConnectionShape<ApiKey>> {
  return paginate(em, ApiKey, {}, args, limits, ['tenant', 'partnerUnit']);
}

// ---------------------------------------------------------------------------------------------
// Users and roles

export interface UserCreateData {
  username: string;
  displayName: string;
  password: string;
  partnerUnitId?: string | null;
}

export async function createUser(em: EntityManager, data: UserCreateData): Promise<UserAccount> {
  // Hashing takes a while (it is meant to); do it before holding a connection in a transaction.
  const passwordHash = await hashPassword(data.password);
  return em.transactional(async (tx) => {
    const username = normaliseUsername(data.username);
    if (await tx.findOne(UserAccount, { username })) throw conflict(`The username ${username} is taken.`);
    const partnerUnit = data.partnerUnitId
      ? await partnerUnitOf(tx, data.partnerUnitId, 'partnerUnitId')
      : null;
    return tx.create(UserAccount, {
      username,
      displayName: data.displayName,
      passwordHash,
      partnerUnit: partnerUnit ?? undefined,
    });
  });
}

export const findUserByUsername = (em: EntityManager, username: string) =>
  em.findOne(UserAccount, { username: normaliseUsername(username) });

/** Where each role a person holds applies; other roles are held by API keys. */
const USER_ROLE_LEVEL: Partial<Record<Role, TenantKind>> = {
  [Role.STREET_ADMIN]: TenantKind.STREET,
  [Role.COMMUNITY_ADMIN]: TenantKind.COMMUNITY,
  [Role.GRID_WORKER]: TenantKind.COMMUNITY,
  [Role.TEAM_LEADER]: TenantKind.COMMUNITY,
  [Role.RESIDENT]: TenantKind.COMMUNITY,
};

export interface RoleAssignmentCreateData {
  userId: string;
  role: Role;
  tenantId: string;
  gridIds?: string[] | null;
}

export async function assignRole(em: EntityManager, data: RoleAssignmentCreateData): Promise<RoleAssignment> {
  return em.transactional(async (tx) => {
    const level = USER_ROLE_LEVEL[data.role];
    if (!level) {
      throw badInput('role', `${data.role} is not given to users: issue an API key (apiKeyIssue) instead.`);
    }
    const user = await tx.findOne(UserAccount, { id: data.userId }, { populate: ['partnerUnit'] });
    if (!user) throw missing('user', 'userId');
    const tenant = await tenantOf(tx, data.tenantId, 'tenantId');
    if (tenant.kind !== level) {
      throw badInput(
        'tenantId',
        `${data.role} is held at a ${level.toLowerCase()}; ${tenant.name} is a ${tenant.kind.toLowerCase()}.`,
      );
    }
    const gridIds = [...new Set(data.gridIds ?? [])];
    if (gridIds.length > 0) {
      if (data.role !== Role.GRID_WORKER) throw badInput('gridIds', 'Only grid workers serve grids.');
      await scopeTo(tx, [tenant.id]);
      const grids = await tx.find(Grid, { id: { $in: gridIds }, tenant: tenant.id }, ACROSS_TENANTS);
      if (grids.length !== gridIds.length) {
        throw badInput('gridIds', `Every grid must be a grid of ${tenant.name}.`);
      }
    }
    const held = await tx.findOne(RoleAssignment, {
      user: user.id,
      role: data.role,
      tenant: tenant.id,
      revokedAt: null,
    });
    if (held) throw conflict(`${user.username} already holds ${data.role} at ${tenant.name}.`);
    return tx.create(RoleAssignment, { user, role: data.role, tenant, gridIds });
  });
}

/** Withdraws a role (the caller then drops the user's principal from the cache). */
export async function revokeRole(em: EntityManager, id: string): Promise<RoleAssignment> {
  return em.transactional(async (tx) => {
    const assignment = await tx.findOne(RoleAssignment, { id }, { populate: ['user.partnerUnit', 'tenant'] });
    if (!assignment) throw missing('role assignment', 'id');
    if (assignment.revokedAt) throw invalidTransition('The role assignment', 'REVOKED', 'revoke');
    assignment.revokedAt = new Date();
    return assignment;
  });
}

// ---------------------------------------------------------------------------------------------
// Partner units: the partners module owns them (partnerships too); the CLI registers through these.

export { findPartnerUnitByCode, registerPartnerUnit } from '../partners/partners.service';

// ---------------------------------------------------------------------------------------------
// Single rows, for `node(id:)`

export const findApiKey = (em: EntityManager, id: string) =>
  em.findOne(ApiKey, { id }, { populate: ['tenant', 'partnerUnit'] });

export const findUser = (em: EntityManager, id: string) =>
  em.findOne(UserAccount, { id }, { populate: ['partnerUnit'] });

export const findRoleAssignment = (em: EntityManager, id: string) =>
  em.findOne(RoleAssignment, { id }, { populate: ['user.partnerUnit', 'tenant'] });

// ---------------------------------------------------------------------------------------------
// Lookups by the identifiers an operator types (the CLI)

export const listAllApiKeys = (em: EntityManager) =>
  em.find(ApiKey, {}, { populate: ['tenant', 'partnerUnit'], orderBy: { createdAt: 'asc', id: 'asc' } });

/** Grid ids of a community by their codes (G01…); codes not found are missing from the map. */
export async function gridIdsByCode(
  em: EntityManager,
  tenantId: string,
  codes: string[],
): Promise<Map<string, string>> {
  return em.transactional(async (tx) => {
    await scopeTo(tx, [tenantId]);
    const grids = await tx.find(Grid, { tenant: tenantId, code: { $in: codes } }, ACROSS_TENANTS);
    return new Map(grids.map((g) => [g.code, g.id]));
  });
}
