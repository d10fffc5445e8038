import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database } from '../../api/db/database';
import { residentIdCheckChar } from '../../api/core/validation/identifiers';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Person } from '../../api/modules/organisation/person.entity';
import { Grid } from '../../api/modules/organisation/grid.entity';
import { MicroGrid, MicroGridKind } from '../../api/modules/organisation/micro-grid.entity';
import { GridAssignment, GridRole } from '../../api/modules/organisation/grid-assignment.entity';
import { CommunityProfile } from '../../api/modules/organisation/community-profile.entity';

let counter = 0;

/** A valid resident ID number (GB 11643 check character) for a birth date YYYYMMDD: invented, never a real person's. */
export function idNumberFor(yyyymmdd: string, sequence = '001'): string {
  const body = `110105${yyyymmdd}${sequence}`;
  return body + residentIdCheckChar(body);
}

/** A mainland mobile number that is unique within a test run. */
export const nextPhone = () => `139${String(10_000_000 + ++counter).slice(-8)}`;

const ownerEm = (db: Database) => db.owner.em.fork();

export async function createPerson(
  db: Database,
  community: Tenant,
  data: Partial<Pick<Person, 'name' | 'phone' | 'idNumber' | 'address' | 'birthDate'>> = {},
): Promise<Person> {
  const em = ownerEm(db);
  const person = em.create(Person, {
    tenant: em.getReference(Tenant, community.id),
    name: data.name ?? `居民${++counter}`,
    phone: data.phone,
    idNumber: data.idNumber,
    address: data.address,
    birthDate: data.birthDate,
  });
  await em.flush();
  return person;
}

export async function createGrid(db: Database, community: Tenant, code: string, name = `${code}网格`) {
  const em = ownerEm(db);
  const grid = em.create(Grid, { tenant: em.getReference(Tenant, community.id), code, name });
  await em.flush();
  return grid;
}

export async function createMicroGrid(
  db: Database,
  grid: Grid,
  code: string,
  options: { name?: string; leader?: Person } = {},
) {
  const em = ownerEm(db);
  const microGrid = em.create(MicroGrid, {
    tenant: em.getReference(Tenant, grid.tenant.id),
    grid: em.getReference(Grid, grid.id),
    code,
    name: options.name ?? `${code}楼院`,
    kind: MicroGridKind.COMPOUND,
    leader: options.leader ? em.getReference(Person, options.leader.id) : undefined,
  });
  await em.flush();
  return microGrid;
}

export async function createAssignment(
  db: Database,
  grid: Grid,
  person: Person,
  options: { role?: GridRole; startedOn?: string; endedOn?: string } = {},
) {
  const em = ownerEm(db);
  const assignment = em.create(GridAssignment, {
    tenant: em.getReference(Tenant, grid.tenant.id),
    grid: em.getReference(Grid, grid.id),
    person: em.getReference(Person, person.id),
    role: options.role ?? GridRole.GRID_WORKER,
    startedOn: options.startedOn ?? '2024-01-01',
    endedOn: options.endedOn,
  });
  await em.flush();
  return assignment;
}

export interface OrganisationShape {
  grids: number;
  microGridsPerGrid: number;
  assignmentsPerGrid: number;
}

/**
 * A whole community organisation in one flush: a profile, `grids` grids each with micro-grids
 * led by a person of their own and assignments of other people (for the SQL-count tests).
 */
export async function buildOrganisation(db: Database, community: Tenant, shape: OrganisationShape) {
  const em: EntityManager = ownerEm(db);
  const tenant = em.getReference(Tenant, community.id);
  const person = () => em.create(Person, { tenant, name: `网格人员${++counter}`, phone: nextPhone() });
  em.create(CommunityProfile, { tenant, compounds: shape.grids * 3, buildings: shape.grids * 10 });
  const prefix = community.code.slice(-3);
  for (let g = 1; g <= shape.grids; g++) {
    const code = `G${String(g).padStart(3, '0')}`;
    const grid = em.create(Grid, { tenant, code, name: `第${g}网格` });
    for (let m = 1; m <= shape.microGridsPerGrid; m++) {
      em.create(MicroGrid, {
        tenant,
        grid,
        code: `${prefix}-${code}-M${m}`,
        name: `${g}号院${m}栋`,
        kind: MicroGridKind.BUILDING,
        leader: person(),
      });
    }
    for (let a = 1; a <= shape.assignmentsPerGrid; a++) {
      em.create(GridAssignment, {
        tenant,
        grid,
        person: person(),
        role: a === 1 ? GridRole.GRID_LEADER : GridRole.GRID_WORKER,
        startedOn: '2024-01-01',
      });
    }
  }
  await em.flush();
}
