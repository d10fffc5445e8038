import { Role } from '../../core/auth/role.enum';
import { registerNode } from '../../core/graphql/node-registry';
import { AdminResolver } from './admin.resolver';
import { findApiKey, findRoleAssignment, findUser } from './admin.service';
import { ApiKey, RoleAssignment, User } from './admin.types';

export const adminResolvers = [AdminResolver];

export * from './admin.service';

// Keys, accounts and role assignments are visible on the admin path only.
const ADMIN = [Role.PLATFORM_ADMIN];
registerNode('ApiKey', {
  readers: ADMIN,
  load: async (ctx, id) => {
    const row = await findApiKey(ctx.adminEntityManager(), id);
    return row && ApiKey.from(row);
  },
});
registerNode('User', {
  readers: ADMIN,
  load: async (ctx, id) => {
    const row = await findUser(ctx.adminEntityManager(), id);
    return row && User.from(row);
  },
});
registerNode('RoleAssignment', {
  readers: ADMIN,
  load: async (ctx, id) => {
    const row = await findRoleAssignment(ctx.adminEntityManager(), id);
    return row && RoleAssignment.from(row);
  },
});
