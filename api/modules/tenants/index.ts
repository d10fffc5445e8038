import { registerNode } from '../../core/graphql/node-registry';
import { Tenant } from './tenant.entity';
import { TenantResolver } from './tenant.resolver';
import { loadTenantInScope } from './tenant.service';
import { Role } from '../../core/auth/role.enum';

export { Tenant };
export const tenantResolvers = [TenantResolver];

registerNode('Tenant', {
  readers: Object.values(Role).filter((r) => r !== Role.PLATFORM_ADMIN),
  load: loadTenantInScope,
});
