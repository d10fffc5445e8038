import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { createGrid, createPerson } from '../factories/organisation';

/**
 * The schema itself refuses a row that points at another tenant's parent, even from the owner
 * (which bypasses RLS and every service check): the last wall behind the services.
 */
describe('references between tenant-owned rows stay within one tenant', () => {
  let server: TestServer;
  let tree: TenantTree;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
  });
  afterAll(() => server.close());

  const insert = (sql: string, params: unknown[]) => server.db.owner.em.getConnection().execute(sql, params);

  it("rejects a micro-grid in one community on another community's grid, and accepts its own", async () => {
    const foreignGrid = await createGrid(server.db, tree.communityA2, 'X01');
    const ownGrid = await createGrid(server.db, tree.communityA1, 'G01');
    const sql = `insert into micro_grid (id, tenant_id, grid_id, code, name, kind) values (?, ?, ?, ?, '楼院', 'COMPOUND')`;
    await expect(insert(sql, [randomUUID(), tree.communityA1.id, foreignGrid.id, 'M1'])).rejects.toThrow(
      /micro_grid_same_tenant_grid/,
    );
    await expect(insert(sql, [randomUUID(), tree.communityA1.id, ownGrid.id, 'M2'])).resolves.toBeDefined();
  });

  it("rejects an assignment of another community's person", async () => {
    const grid = await createGrid(server.db, tree.communityA1, 'G02');
    const stranger = await createPerson(server.db, tree.communityB1);
    await expect(
      insert(
        `insert into grid_assignment (id, tenant_id, grid_id, person_id, role, started_on) values (?, ?, ?, ?, 'VOLUNTEER', '2024-01-01')`,
        [randomUUID(), tree.communityA1.id, grid.id, stranger.id],
      ),
    ).rejects.toThrow(/grid_assignment_same_tenant_person/);
  });
});
