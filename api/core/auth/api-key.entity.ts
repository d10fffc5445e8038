import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { Tenant } from '../../modules/tenants/tenant.entity';
import { PartnerUnit } from '../../modules/partners/partner-unit.entity';
import { Role } from './role.enum';

/**
 * An API key for a machine principal (platform admin, district integrator, partner).
 * Only the SHA-256 of the secret is stored; the secret is shown once when issued.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey extends BaseEntity<'tenant' | 'partnerUnit' | 'expiresAt' | 'revokedAt' | 'lastUsedAt'> {
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** First characters of the secret, shown in listings so a key can be recognised. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 64, hidden: true, unique: true })
  secretHash!: string;

  /** The district of an integrator key. */
  @ManyToOne(() => Tenant, { ref: true, nullable: true })
  tenant?: Ref<Tenant>;

  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true })
  partnerUnit?: Ref<PartnerUnit>;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date;
}
