import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import type { Tenant } from '../../api/modules/tenants/tenant.entity';
import type { Person } from '../../api/modules/organisation/person.entity';
import type { Grid } from '../../api/modules/organisation/grid.entity';
import type { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';

/** What `populateEveryTenantOwnedTable` hands each module's fixture: create rows with `em.create`, no flush. */
export interface EveryTableRows {
  em: EntityManager;
  tenant: Ref<Tenant> | Tenant;
  person: Person;
  grid: Grid;
  partnerUnit: PartnerUnit;
}
