import type { EntityClass } from '@mikro-orm/core';
import { Tenant } from '../modules/tenants/tenant.entity';
import { ApiKey } from '../core/auth/api-key.entity';
import { UserAccount } from '../core/auth/user-account.entity';
import { RoleAssignment } from '../core/auth/role-assignment.entity';
import { UserSession } from '../core/auth/session.entity';
import { AuditRecord } from '../core/privacy/audit-record.entity';
import { IdempotencyRecord } from '../core/graphql/idempotency-record.entity';
import { partnerEntities } from '../modules/partners';
import { teamEntities } from '../modules/teams';
import { projectEntities } from '../modules/projects';
import { venueEntities } from '../modules/venues';
import { householdEntities } from '../modules/households';
import { wishEntities } from '../modules/wishes';
import { adoptionEntities } from '../modules/adoption';
import { calendarEntities } from '../modules/calendar';
import { caseEntities } from '../modules/cases';
import { careEntities } from '../modules/care';
import { meetingEntities } from '../modules/meetings';
import { CommunityProfile } from '../modules/organisation/community-profile.entity';
import { Grid } from '../modules/organisation/grid.entity';
import { MicroGrid } from '../modules/organisation/micro-grid.entity';
import { Person } from '../modules/organisation/person.entity';
import { GridAssignment } from '../modules/organisation/grid-assignment.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

/** Every mapped entity. A module adds its entities here (and its resolvers in app/schema.ts). */
export const entities: EntityClass<object>[] = [
  Tenant,
  ApiKey,
  UserAccount,
  RoleAssignment,
  UserSession,
  AuditRecord,
  IdempotencyRecord,
  ...partnerEntities,
  CommunityProfile,
  Grid,
  MicroGrid,
  Person,
  GridAssignment,
  ...teamEntities,
  ...projectEntities,
  ...venueEntities,
  ...householdEntities,
  ...wishEntities,
  ...adoptionEntities,
  ...calendarEntities,
  ...caseEntities,
  ...careEntities,
  ...meetingEntities,
];

/** Entities whose rows belong to a tenant: filtered by the ORM and walled by row-level security. */
export const tenantOwnedEntities = entities.filter((e) => e.prototype instanceof TenantOwnedEntity);
