import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { PageArgs } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import {
  ApiKeyIssueInput,
  ApiKeyRevokeInput,
  RoleAssignmentCreateInput,
  RoleAssignmentRevokeInput,
  TenantCreateInput,
  UserCreateInput,
} from './admin.inputs';
import {
  assignRole,
  createTenant,
  createUser,
  issueApiKey,
  listApiKeys,
  revokeApiKey,
  revokeRole,
} from './admin.service';
import {
  ApiKey,
  ApiKeyConnection,
  ApiKeyIssuePayload,
  ApiKeyPayload,
  RoleAssignment,
  RoleAssignmentPayload,
  TenantCreatePayload,
  User,
  UserPayload,
} from './admin.types';

/** An optional global id as a uuid (null when absent). */
const optionalId = (globalId: string | null | undefined, type: string, field: string) =>
  globalId ? fromGlobalId(globalId, type, field) : null;

/**
 * The platform-admin path (平台运维): provisioning the tenant tree, keys, users and roles. Every
 * operation runs on the owner connection from `ctx.adminEntityManager()`, in a transaction of its
 * own, never through the request's scoped EntityManager.
 */
@Authorized([Role.PLATFORM_ADMIN])
@Resolver()
export class AdminResolver {
  @Mutation(() => TenantCreatePayload, {
    description:
      'Create a district, street or community (开通租户). A street goes under a district and its code starts ' +
      "with the district's first 6 digits; a community under a street, starting with its first 9. PLATFORM_ADMIN only.",
  })
  async tenantCreate(
    @Arg('input', () => TenantCreateInput, { description: 'The new node.' }) input: TenantCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TenantCreatePayload> {
    const tenant = await createTenant(ctx.adminEntityManager(), {
      ...input,
      parentId: optionalId(input.parentId, 'Tenant', 'parentId'),
    });
    return { tenant };
  }

  @Mutation(() => ApiKeyIssuePayload, {
    description:
      'Issue an API key (签发密钥) for a platform admin, a district integrator (with its district) or a partner ' +
      '(with its unit). The secret is returned once. PLATFORM_ADMIN only.',
  })
  async apiKeyIssue(
    @Arg('input', () => ApiKeyIssueInput, { description: 'Who the key is for.' }) input: ApiKeyIssueInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKeyIssuePayload> {
    const { key, secret } = await issueApiKey(ctx.adminEntityManager(), {
      ...input,
      tenantId: optionalId(input.tenantId, 'Tenant', 'tenantId'),
      partnerUnitId: optionalId(input.partnerUnitId, 'PartnerUnit', 'partnerUnitId'),
    });
    return { apiKey: ApiKey.from(key), secret };
  }

  @Mutation(() => ApiKeyPayload, {
    description: 'Revoke an API key (吊销密钥): it stops working at once. PLATFORM_ADMIN only.',
  })
  async apiKeyRevoke(
    @Arg('input', () => ApiKeyRevokeInput, { description: 'The key.' }) input: ApiKeyRevokeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKeyPayload> {
    const key = await revokeApiKey(ctx.adminEntityManager(), fromGlobalId(input.id, 'ApiKey', 'id'));
    ctx.invalidatePrincipal(key.id);
    return { apiKey: ApiKey.from(key) };
  }

  @Query(() => ApiKeyConnection, {
    description:
      'Every API key, revoked ones included, oldest first; never the secrets. PLATFORM_ADMIN only.',
  })
  async apiKeys(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ApiKeyConnection> {
    const page = await listApiKeys(ctx.adminEntityManager(), args, ctx.config.limits);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: ApiKey.from(e.node) })) };
  }

  @Mutation(() => UserPayload, {
    description: 'Create a user account that logs in with a password (创建账号). PLATFORM_ADMIN only.',
  })
  async userCreate(
    @Arg('input', () => UserCreateInput, { description: 'The account.' }) input: UserCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserPayload> {
    const user = await createUser(ctx.adminEntityManager(), {
      ...input,
      partnerUnitId: optionalId(input.partnerUnitId, 'PartnerUnit', 'partnerUnitId'),
    });
    return { user: User.from(user) };
  }

  @Mutation(() => RoleAssignmentPayload, {
    description:
      'Give a user a role at a street (STREET_ADMIN) or a community (the other staff and resident roles); grid ' +
      "workers also name their grids. Applies from the user's next request. PLATFORM_ADMIN only.",
  })
  async roleAssignmentCreate(
    @Arg('input', () => RoleAssignmentCreateInput, { description: 'Who, what and where.' })
    input: RoleAssignmentCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RoleAssignmentPayload> {
    const assignment = await assignRole(ctx.adminEntityManager(), {
      userId: fromGlobalId(input.userId, 'User', 'userId'),
      role: input.role,
      tenantId: fromGlobalId(input.tenantId, 'Tenant', 'tenantId'),
      gridIds: (input.gridIds ?? []).map((id) => fromGlobalId(id, 'Grid', 'gridIds')),
    });
    ctx.invalidatePrincipal(assignment.user.id);
    return { roleAssignment: RoleAssignment.from(assignment) };
  }

  @Mutation(() => RoleAssignmentPayload, {
    description: "Withdraw a role; it stops applying from the user's next request. PLATFORM_ADMIN only.",
  })
  async roleAssignmentRevoke(
    @Arg('input', () => RoleAssignmentRevokeInput, { description: 'The assignment.' })
    input: RoleAssignmentRevokeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RoleAssignmentPayload> {
    const assignment = await revokeRole(
      ctx.adminEntityManager(),
      fromGlobalId(input.id, 'RoleAssignment', 'id'),
    );
    ctx.invalidatePrincipal(assignment.user.id);
    return { roleAssignment: RoleAssignment.from(assignment) };
  }
}
