import { ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity';
import { Tenant } from '../modules/tenants/tenant.entity';

/**
 * Base of every row that belongs to a street or community. Subclasses get, structurally:
 * the `tenant` ORM filter (default on) and a row-level-security policy on their table
 * (test/platform/rls-metadata.test.ts fails for a subclass whose table lacks it).
 */
@ObjectType('TenantOwnedEntity')
export abstract class TenantOwnedEntity<Optional = never> extends BaseEntity<Optional> {
  @ManyToOne(() => Tenant, { ref: true, fieldName: 'tenant_id', index: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;
}

export const TENANT_FILTER = 'tenant';
