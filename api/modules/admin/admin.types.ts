import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { Connection } from '../../core/graphql/connection';
import { toGlobalId } from '../../core/graphql/global-id';
import { Role } from '../../core/auth/role.enum';
import type { ApiKey as ApiKeyRow } from '../../core/auth/api-key.entity';
import type { UserAccount } from '../../core/auth/user-account.entity';
import type { RoleAssignment as RoleAssignmentRow } from '../../core/auth/role-assignment.entity';
import { Tenant } from '../tenants/tenant.entity';
import { PartnerUnit } from '../partners/partner-unit.entity';

/*
 * Views of the auth entities for the platform-admin path. The entities carry secret hashes and
 * password hashes, so they are never GraphQL types themselves: each view copies the safe columns.
 * The classes are named as their GraphQL types because the Node interface resolves a value's
 * type from its class name.
 */

/** An initialised relation, or null (views are built from rows loaded with their relations). */
const loaded = <T extends object>(ref: { unwrap(): T; isInitialized(): boolean } | undefined): T | null =>
  ref && ref.isInitialized() ? ref.unwrap() : null;

@ObjectType('ApiKey', {
  implements: Node,
  description: 'An API key of a machine principal (接口密钥). The secret is shown only when issued.',
})
export class ApiKey {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'What the key is for.' })
  name!: string;

  @Field(() => Role, { description: 'The role the key acts in.' })
  role!: Role;

  @Field(() => String, { description: 'First characters of the secret, to recognise a key (gk_…).' })
  prefix!: string;

  @Field(() => Tenant, { nullable: true, description: "An integrator's district." })
  tenant!: Tenant | null;

  @Field(() => PartnerUnit, { nullable: true, description: "A partner key's unit (共建单位)." })
  partnerUnit!: PartnerUnit | null;

  @Field(() => Date, { description: 'When the key was issued.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the key stops working, if it expires.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked (吊销); null while valid.' })
  revokedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the key was last used (recorded at most once a minute).',
  })
  lastUsedAt!: Date | null;

  static from(row: ApiKeyRow): ApiKey {
    return Object.assign(new ApiKey(), {
      id: toGlobalId('ApiKey', row.id),
      name: row.name,
      role: row.role,
      prefix: row.prefix,
      tenant: loaded(row.tenant),
      partnerUnit: loaded(row.partnerUnit),
      createdAt: row.createdAt,
      expiresAt: row.expiresAt ?? null,
      revokedAt: row.revokedAt ?? null,
      lastUsedAt: row.lastUsedAt ?? null,
    });
  }
}

@ObjectType('ApiKeyConnection', { description: 'A page of API keys, oldest first.' })
export class ApiKeyConnection extends Connection(ApiKey) {}

@ObjectType('User', {
  implements: Node,
  description: 'A user account that logs in with a password (用户账号). The password is never shown.',
})
export class User {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'Login name (lower case).' })
  username!: string;

  @Field(() => String, { description: 'Name shown in frontends.' })
  displayName!: string;

  @Field(() => PartnerUnit, { nullable: true, description: 'The partner unit the account acts for, if any.' })
  partnerUnit!: PartnerUnit | null;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the account was disabled; it cannot log in since.',
  })
  disabledAt!: Date | null;

  static from(row: UserAccount): User {
    return Object.assign(new User(), {
      id: toGlobalId('User', row.id),
      username: row.username,
      displayName: row.displayName,
      partnerUnit: loaded(row.partnerUnit),
      createdAt: row.createdAt,
      disabledAt: row.disabledAt ?? null,
    });
  }
}

@ObjectType('RoleAssignment', {
  implements: Node,
  description: 'A role a user holds at a tenant node (岗位授权).',
})
export class RoleAssignment {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => User, { description: 'Who holds the role.' })
  user!: User;

  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => Tenant, { nullable: true, description: 'Where the role applies.' })
  tenant!: Tenant | null;

  @Field(() => [ID], { description: 'Global ids of the grids (网格) a grid worker serves.' })
  gridIds!: string[];

  @Field(() => Date, { description: 'When the role was given.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the role was withdrawn; null while held.' })
  revokedAt!: Date | null;

  static from(row: RoleAssignmentRow): RoleAssignment {
    return Object.assign(new RoleAssignment(), {
      id: toGlobalId('RoleAssignment', row.id),
      user: User.from(row.user.unwrap()),
      role: row.role,
      tenant: loaded(row.tenant),
      gridIds: row.gridIds.map((id) => toGlobalId('Grid', id)),
      createdAt: row.createdAt,
      revokedAt: row.revokedAt ?? null,
    });
  }
}

@ObjectType('TenantCreatePayload', { description: 'The tenant node created.' })
export class TenantCreatePayload {
  @Field(() => Tenant, { description: 'The new node.' })
  tenant!: Tenant;
}

@ObjectType('ApiKeyIssuePayload', { description: 'A new API key and its secret.' })
export class ApiKeyIssuePayload {
  @Field(() => ApiKey, { description: 'The key as listed from now on.' })
  apiKey!: ApiKey;

  @Field(() => String, {
    description:
      'The secret (gk_…), shown only here: hand it to the integrator, who sends it as `Authorization: Bearer <secret>`. ' +
      'Only its hash is stored; a lost secret means issuing a new key.',
  })
  secret!: string;
}

@ObjectType('ApiKeyPayload', { description: 'The API key changed.' })
export class ApiKeyPayload {
  @Field(() => ApiKey, { description: 'The key.' })
  apiKey!: ApiKey;
}

@ObjectType('UserPayload', { description: 'The user account changed.' })
export class UserPayload {
  @Field(() => User, { description: 'The account.' })
  user!: User;
}

@ObjectType('RoleAssignmentPayload', { description: 'The role assignment changed.' })
export class RoleAssignmentPayload {
  @Field(() => RoleAssignment, { description: 'The assignment.' })
  roleAssignment!: RoleAssignment;
}
