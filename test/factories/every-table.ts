import type { Database } from '../../api/db/database';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import { Grid } from '../../api/modules/organisation/grid.entity';
import { MicroGrid, MicroGridKind } from '../../api/modules/organisation/micro-grid.entity';
import { GridAssignment, GridRole } from '../../api/modules/organisation/grid-assignment.entity';
import { CommunityProfile } from '../../api/modules/organisation/community-profile.entity';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { Partnership } from '../../api/modules/partners/partnership.entity';
import { AuditRecord } from '../../api/core/privacy/audit-record.entity';
import { Role } from '../../api/core/auth/role.enum';
import { RevealPurpose } from '../../api/core/privacy/reveal-purpose.enum';
import { populateTeamTables } from './teams';
import { populateProjectTables } from './projects';
import { populatePartnerTables } from './partners';
import { populateVenueTables } from './venues';
import { populateHouseholdTables } from './households';
import { populateWishTables } from './wishes';
import { populateAdoptionTables } from './adoption';
import { populateCalendarTables } from './calendar';
import { populateCaseTables } from './cases';
import { populateCareTables } from './care';
import { populateMeetingTables } from './meetings';

/**
 * One row in every tenant-owned table, as the owner. The RLS metadata test requires rows in
 * every such table, so a module adding a tenant-owned entity extends this fixture too.
 */
export async function populateEveryTenantOwnedTable(db: Database, community: Tenant): Promise<void> {
  const em = db.owner.em.fork();
  const tenant = em.getReference(Tenant, community.id);
  const person = em.create(Person, { tenant, name: '王小明', phone: '13800001234' });
  const grid = em.create(Grid, { tenant, code: 'RLS-G', name: '测试网格' });
  em.create(MicroGrid, {
    tenant,
    grid,
    code: 'RLS-M',
    name: '测试楼院',
    kind: MicroGridKind.COMPOUND,
    leader: person,
  });
  em.create(GridAssignment, { tenant, grid, person, role: GridRole.GRID_WORKER, startedOn: '2024-01-01' });
  em.create(CommunityProfile, { tenant, compounds: 1, buildings: 2, compoundsWithoutPropertyManager: 0 });
  const unit = em.create(PartnerUnit, { name: '测试企业', creditCode: '91350100M000100Y43' });
  em.create(Partnership, { tenant, partnerUnit: unit, signedOn: '2024-01-01' });
  em.create(AuditRecord, {
    tenant,
    actorKind: 'USER',
    actorId: person.id,
    actorName: 'test',
    role: Role.COMMUNITY_ADMIN,
    purpose: RevealPurpose.HOME_VISIT,
    entityType: 'Person',
    entityId: person.id,
    field: 'phone',
  });
  // Each module's tables, from its own factory file.
  const rows = { em, tenant, person, grid, partnerUnit: unit };
  populateTeamTables(rows);
  populateProjectTables(rows);
  populatePartnerTables(rows);
  populateVenueTables(rows);
  populateHouseholdTables(rows);
  populateWishTables(rows);
  populateAdoptionTables(rows);
  populateCalendarTables(rows);
  const cases = populateCaseTables(rows);
  populateCareTables(rows, cases);
  populateMeetingTables(rows, cases);
  await em.flush();
}
