import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { Tenant } from '../../modules/tenants/tenant.entity';
import { Role } from './role.enum';
import { UserAccount } from './user-account.entity';

/** A role a user holds at a tenant node; grid workers also list the grids they serve. */
@Entity({ tableName: 'role_assignment' })
export class RoleAssignment extends BaseEntity<'tenant' | 'gridIds' | 'revokedAt'> {
  @ManyToOne(() => UserAccount, { ref: true, deleteRule: 'cascade' })
  user!: Ref<UserAccount>;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @ManyToOne(() => Tenant, { ref: true, nullable: true })
  tenant?: Ref<Tenant>;

  @Property({ type: 'uuid[]', default: '{}' })
  gridIds: string[] = [];

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;
}
