import type { EntityClass } from '@mikro-orm/core';
import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { Partnership } from '../../api/modules/partners/partnership.entity';
import { Programme } from '../../api/modules/projects/programme.entity';
import { Project } from '../../api/modules/projects/project.entity';
import { ProjectStatus } from '../../api/modules/projects/project-status';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';
import { createProgramme, createProject, createSubProject } from '../factories/projects';
import { NODE, PROGRAMME_CREATE, PROGRAMME_TREE, PROGRAMMES, PROJECT, PROJECT_CREATE } from './operations';

const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);
const names = (res: { data: Record<string, any> | null }, key: string) =>
  res.data![key].edges.map((e: any) => e.node.name).sort();

describe('programmes and projects: who writes where, who reads what', () => {
  let server: TestServer;
  let tree: TenantTree;
  const tokens: Record<string, string> = {};
  const count = (entity: EntityClass<object>, where = {}) => server.db.owner.em.fork().count(entity, where);

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    tokens.adminA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tokens.adminA2 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.streetA = await userSession(server.db, Role.STREET_ADMIN, tree.streetA);
    tokens.streetB = await userSession(server.db, Role.STREET_ADMIN, tree.streetB);
    tokens.workerA1 = await userSession(server.db, Role.GRID_WORKER, tree.communityA1);
    tokens.leaderA1 = await userSession(server.db, Role.TEAM_LEADER, tree.communityA1);
    tokens.residentA1 = await userSession(server.db, Role.RESIDENT, tree.communityA1);
    tokens.integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
    const em = server.db.owner.em.fork();
    const bank = em.create(PartnerUnit, { name: '测试银行', creditCode: '91350100M000400P01' });
    em.create(Partnership, {
      tenant: em.getReference(Tenant, tree.communityA1.id),
      partnerUnit: bank,
      signedOn: '2024-01-01',
    });
    await em.flush();
    tokens.partnerA1 = await issueKey(server.db, Role.PARTNER, { partnerUnit: bank });
  });
  afterAll(() => server.close());

  describe('programmeCreate', () => {
    const input = { name: '点点爱', description: '网格治理项目' };

    it('is UNAUTHENTICATED without credentials and FORBIDDEN for every reader-only role; nothing stored', async () => {
      const none = await server.gql(PROGRAMME_CREATE, { input });
      expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      for (const who of ['integrator', 'workerA1', 'leaderA1', 'residentA1', 'partnerA1']) {
        const res = await server.gql(PROGRAMME_CREATE, { input }, { token: tokens[who] });
        expect(res.data).toBeNull();
        expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      expect(await count(Programme)).toBe(0);
    });

    it('creates a community programme for a community admin and a street programme for a street admin', async () => {
      const community = await server.gql(PROGRAMME_CREATE, { input }, { token: tokens.adminA1 });
      expect(community.errors).toBeUndefined();
      expect(community.data!.programmeCreate.programme).toMatchObject({
        name: '点点爱',
        status: 'ACTIVE',
        owner: { name: '甲一社区' },
      });
      const street = await server.gql(
        PROGRAMME_CREATE,
        { input: { name: '爱心天心 金福工程', status: 'PLANNED' } },
        { token: tokens.streetA },
      );
      expect(street.data!.programmeCreate.programme).toMatchObject({
        status: 'PLANNED',
        owner: { name: '甲街道' },
      });
      // The same name again in the same tenant is a CONFLICT; in another tenant it is fine.
      const again = await server.gql(PROGRAMME_CREATE, { input }, { token: tokens.adminA1 });
      expect(again.errors![0].extensions.code).toBe('CONFLICT');
      const other = await server.gql(PROGRAMME_CREATE, { input }, { token: tokens.adminA2 });
      expect(other.errors).toBeUndefined();
      expect(await count(Programme, { name: '点点爱' })).toBe(2);
    });

    it('lets a street admin name one of its communities as owner, and refuses tenants outside the caller’s scope', async () => {
      const own = await server.gql(
        PROGRAMME_CREATE,
        { input: { name: '街道代建计划', tenantId: gid('Tenant', tree.communityA2) } },
        { token: tokens.streetA },
      );
      expect(own.data!.programmeCreate.programme.owner).toEqual({ name: '甲二社区' });
      for (const [who, tenant] of [
        ['adminA1', tree.streetA],
        ['adminA1', tree.communityA2],
        ['streetB', tree.communityA1],
      ] as const) {
        const res = await server.gql(
          PROGRAMME_CREATE,
          { input: { name: '越权计划', tenantId: gid('Tenant', tenant) } },
          { token: tokens[who] },
        );
        expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      expect(await count(Programme, { name: '越权计划' })).toBe(0);
    });

    it('rejects an empty name with BAD_USER_INPUT', async () => {
      const res = await server.gql(PROGRAMME_CREATE, { input: { name: '' } }, { token: tokens.adminA1 });
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('projectCreate', () => {
    let streetProgramme: Programme;
    let communityProgramme: Programme;

    beforeAll(async () => {
      streetProgramme = await createProgramme(server.db, tree.streetA, { name: '街道金福工程' });
      communityProgramme = await createProgramme(server.db, tree.communityA1, { name: '社区计划' });
    });

    it('is UNAUTHENTICATED without credentials and FORBIDDEN for reader-only roles', async () => {
      const input = { programmeId: gid('Programme', communityProgramme), name: '读者项目' };
      expect((await server.gql(PROJECT_CREATE, { input })).errors![0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      for (const who of ['integrator', 'workerA1', 'residentA1', 'partnerA1']) {
        const res = await server.gql(PROJECT_CREATE, { input }, { token: tokens[who] });
        expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      expect(await count(Project, { name: '读者项目' })).toBe(0);
    });

    it('creates a project in the community admin’s own programme', async () => {
      const res = await server.gql(
        PROJECT_CREATE,
        { input: { programmeId: gid('Programme', communityProgramme), name: '义服务' } },
        { token: tokens.adminA1 },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.projectCreate.project).toMatchObject({
        name: '义服务',
        owner: { name: '甲一社区' },
        programme: { name: '社区计划', owner: { name: '甲一社区' } },
      });
    });

    it('lets the street admin place a community’s project into the street programme', async () => {
      const res = await server.gql(
        PROJECT_CREATE,
        {
          input: {
            programmeId: gid('Programme', streetProgramme),
            name: '幸福来敲门',
            tenantId: gid('Tenant', tree.communityA1),
          },
        },
        { token: tokens.streetA },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.projectCreate.project).toMatchObject({
        owner: { name: '甲一社区' },
        programme: { name: '街道金福工程', owner: { name: '甲街道' } },
      });
      const stored = await server.db.owner.em.fork().findOneOrFail(Project, { name: '幸福来敲门' });
      expect([stored.tenant.id, stored.programme.id]).toEqual([tree.communityA1.id, streetProgramme.id]);
    });

    it('refuses a programme outside the caller’s scope with NOT_FOUND (a community admin cannot see its street’s programme)', async () => {
      const cases: [string, Programme][] = [
        ['adminA1', streetProgramme],
        ['adminA2', communityProgramme],
        ['streetB', streetProgramme],
      ];
      for (const [who, programme] of cases) {
        const res = await server.gql(
          PROJECT_CREATE,
          { input: { programmeId: gid('Programme', programme), name: '越界项目' } },
          { token: tokens[who] },
        );
        expect(res.data).toBeNull();
        expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      expect(await count(Project, { name: '越界项目' })).toBe(0);
    });

    it('refuses an owner that is neither the programme’s tenant nor a community of its street', async () => {
      // In scope but not allowed: a sibling community as owner of a community programme's project.
      const sibling = await server.gql(
        PROJECT_CREATE,
        {
          input: {
            programmeId: gid('Programme', communityProgramme),
            name: '错配项目',
            tenantId: gid('Tenant', tree.communityA2),
          },
        },
        { token: tokens.streetA },
      );
      expect(sibling.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tenantId' });
      // Out of scope: another street's community.
      const foreign = await server.gql(
        PROJECT_CREATE,
        {
          input: {
            programmeId: gid('Programme', streetProgramme),
            name: '错配项目',
            tenantId: gid('Tenant', tree.communityB1),
          },
        },
        { token: tokens.streetA },
      );
      expect(foreign.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(await count(Project, { name: '错配项目' })).toBe(0);
    });
  });

  describe('reading', () => {
    let streetProgramme: Programme;
    let placed: Project;
    let ownA2: Project;

    beforeAll(async () => {
      streetProgramme = await createProgramme(server.db, tree.streetA, { name: '读取街道计划' });
      placed = await createProject(server.db, streetProgramme, {
        name: '读取社区项目',
        owner: tree.communityA1,
      });
      const streetOwn = await createProject(server.db, streetProgramme, { name: '街道自办项目' });
      await createSubProject(server.db, placed, { name: '流动课堂', status: ProjectStatus.ACTIVE });
      await createSubProject(server.db, placed, { name: '旧物集市', status: ProjectStatus.ACTIVE });
      await createSubProject(server.db, streetOwn, { name: '巡逻', status: ProjectStatus.PLANNED });
      const a2Programme = await createProgramme(server.db, tree.communityA2, { name: '甲二计划' });
      ownA2 = await createProject(server.db, a2Programme, { name: '甲二项目' });
      await createProgramme(server.db, tree.communityB1, {
        name: '乙一计划',
        status: ProjectStatus.COMPLETED,
      });
    });

    it('gives a community reader its project in a street programme with programme: null, not an error', async () => {
      for (const who of ['adminA1', 'workerA1', 'residentA1', 'partnerA1']) {
        const res = await server.gql(PROJECT, { id: gid('Project', placed) }, { token: tokens[who] });
        expect(res.errors).toBeUndefined();
        expect(res.data!.project).toEqual({
          name: '读取社区项目',
          owner: { name: '甲一社区' },
          programme: null,
          subProjectCount: 2,
        });
      }
    });

    it('gives the street admin the whole street programme tree with its communities’ projects and counts', async () => {
      const res = await server.gql(
        PROGRAMME_TREE,
        { id: gid('Programme', streetProgramme) },
        { token: tokens.streetA },
      );
      expect(res.errors).toBeUndefined();
      const programme = res.data!.programme;
      expect(programme).toMatchObject({
        owner: { name: '甲街道' },
        projectCount: 2,
        subProjectCount: 3,
        subProjectCountsByStatus: [
          { status: 'PLANNED', count: 1 },
          { status: 'ACTIVE', count: 2 },
        ],
      });
      expect(programme.projects.map((p: any) => [p.name, p.owner.name, p.subProjectCount])).toEqual([
        ['读取社区项目', '甲一社区', 2],
        ['街道自办项目', '甲街道', 1],
      ]);
      expect(programme.projects[0].subProjects.map((s: any) => s.name)).toEqual(['流动课堂', '旧物集市']);
    });

    it('keeps another community’s rows NOT_FOUND, by query and by node', async () => {
      for (const query of [PROJECT, NODE]) {
        const res = await server.gql(query, { id: gid('Project', ownA2) }, { token: tokens.adminA1 });
        expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      const street = await server.gql(
        PROGRAMME_TREE,
        { id: gid('Programme', streetProgramme) },
        { token: tokens.adminA1 },
      );
      expect(street.errors![0].extensions.code).toBe('NOT_FOUND');
      const node = await server.gql(
        NODE,
        { id: gid('Programme', streetProgramme) },
        { token: tokens.streetA },
      );
      expect(node.data!.node).toMatchObject({ __typename: 'Programme', name: '读取街道计划' });
    });

    it('lists programmes per scope: resident and partner their community, street its subtree, integrator all', async () => {
      const resident = await server.gql(PROGRAMMES, {}, { token: tokens.residentA1 });
      expect(resident.data!.programmes.edges.every((e: any) => e.node.owner.name === '甲一社区')).toBe(true);
      const partner = await server.gql(PROGRAMMES, {}, { token: tokens.partnerA1 });
      expect(names(partner, 'programmes')).toEqual(names(resident, 'programmes'));
      const street = await server.gql(PROGRAMMES, {}, { token: tokens.streetA });
      const owners = new Set(street.data!.programmes.edges.map((e: any) => e.node.owner.name));
      expect([...owners].sort()).toEqual(['甲一社区', '甲二社区', '甲街道'].sort());
      const all = await server.gql(PROGRAMMES, {}, { token: tokens.integrator });
      expect(all.data!.programmes.totalCount).toBe(street.data!.programmes.totalCount + 1);
    });

    it('filters programmes by owner and status; an owner outside the scope is NOT_FOUND', async () => {
      const b1 = await server.gql(
        PROGRAMMES,
        { tenantId: gid('Tenant', tree.communityB1), status: 'COMPLETED' },
        { token: tokens.integrator },
      );
      expect(names(b1, 'programmes')).toEqual(['乙一计划']);
      const active = await server.gql(
        PROGRAMMES,
        { tenantId: gid('Tenant', tree.communityB1), status: 'ACTIVE' },
        { token: tokens.integrator },
      );
      expect(active.data!.programmes.totalCount).toBe(0);
      const outside = await server.gql(
        PROGRAMMES,
        { tenantId: gid('Tenant', tree.communityB1) },
        { token: tokens.streetA },
      );
      expect(outside.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('is UNAUTHENTICATED without credentials', async () => {
      const res = await server.gql(PROGRAMMES, {});
      expect(res.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });
});
