import type { EntityClass } from '@mikro-orm/core';
import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { Partnership, PartnershipStatus } from '../../api/modules/partners/partnership.entity';
import type { Project } from '../../api/modules/projects/project.entity';
import { SubProject } from '../../api/modules/projects/sub-project.entity';
import { SubProjectPartner, SubProjectTeam } from '../../api/modules/projects/sub-project-links.entity';
import type { Team } from '../../api/modules/teams/team.entity';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { userSession, issueKey } from '../factories/principals';
import { createProgramme, createProject, createSubProject, createTeam } from '../factories/projects';
import {
  PARTNER_ADD,
  SCHEDULE_SET,
  SERVICE_DATES,
  SUB_PROJECT_CREATE,
  SUB_PROJECT_UPDATE,
  TEAM_ADD,
  TEAM_REMOVE,
} from './operations';

const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

describe('sub-projects: validated writes with teams, partners and schedules', () => {
  let server: TestServer;
  let tree: TenantTree;
  const tokens: Record<string, string> = {};
  const teams: Record<string, Team> = {};
  const partnerships: Record<string, Partnership> = {};
  let projectA1: Project;
  let placedA1: Project;
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

    teams.a1 = await createTeam(server.db, tree.communityA1, '巧厨娘');
    teams.a2 = await createTeam(server.db, tree.communityA2, '甲二巾帼队');
    teams.streetA = await createTeam(server.db, tree.streetA, '暖心橙');
    teams.streetB = await createTeam(server.db, tree.streetB, '乙街道守护蓝');

    const em = server.db.owner.em.fork();
    const unit = (name: string, creditCode: string) => em.create(PartnerUnit, { name, creditCode });
    const partnership = (tenant: Tenant, partnerUnit: PartnerUnit, status = PartnershipStatus.ACTIVE) =>
      em.create(Partnership, {
        tenant: em.getReference(Tenant, tenant.id),
        partnerUnit,
        status,
        signedOn: '2024-01-01',
      });
    partnerships.a1 = partnership(tree.communityA1, unit('测试律师事务所', '91350100M000500P02'));
    partnerships.ended = partnership(
      tree.communityA1,
      unit('旧合作超市', '91350100M000600P03'),
      PartnershipStatus.ENDED,
    );
    partnerships.a2 = partnership(tree.communityA2, unit('甲二银行', '91350100M000700P04'));
    await em.flush();

    projectA1 = await createProject(server.db, await createProgramme(server.db, tree.communityA1), {
      name: '点点爱一',
    });
    const streetProgramme = await createProgramme(server.db, tree.streetA, { name: '金福工程' });
    placedA1 = await createProject(server.db, streetProgramme, {
      name: '幸福来敲门',
      owner: tree.communityA1,
    });
  });
  afterAll(() => server.close());

  describe('subProjectCreate', () => {
    it('is UNAUTHENTICATED without credentials and FORBIDDEN for reader-only roles', async () => {
      const input = { projectId: gid('Project', projectA1), name: '读者子项目' };
      expect((await server.gql(SUB_PROJECT_CREATE, { input })).errors![0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      for (const who of ['integrator', 'workerA1', 'leaderA1', 'residentA1']) {
        const res = await server.gql(SUB_PROJECT_CREATE, { input }, { token: tokens[who] });
        expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      expect(await count(SubProject, { name: '读者子项目' })).toBe(0);
    });

    it('creates a sub-project in the project’s tenant with its period and lead team', async () => {
      const input = {
        projectId: gid('Project', projectA1),
        name: '义服务',
        startsOn: '2024-03-01',
        endsOn: '2024-12-31',
        leadTeamId: gid('Team', teams.a1),
      };
      const res = await server.gql(SUB_PROJECT_CREATE, { input }, { token: tokens.adminA1 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.subProjectCreate.subProject).toMatchObject({
        name: '义服务',
        status: 'PLANNED',
        startsOn: '2024-03-01',
        endsOn: '2024-12-31',
        owner: { name: '甲一社区' },
        project: { name: '点点爱一' },
        leadTeam: { name: '巧厨娘' },
      });
    });

    it('rejects an end before the start with BAD_USER_INPUT naming endsOn; nothing stored', async () => {
      const input = {
        projectId: gid('Project', projectA1),
        name: '倒序',
        startsOn: '2024-05-01',
        endsOn: '2024-04-30',
      };
      const res = await server.gql(SUB_PROJECT_CREATE, { input }, { token: tokens.adminA1 });
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
      expect(await count(SubProject, { name: '倒序' })).toBe(0);
    });

    it('refuses a project of another tenant’s subtree with NOT_FOUND; nothing stored', async () => {
      for (const who of ['adminA2', 'streetB']) {
        const input = { projectId: gid('Project', projectA1), name: '越界子项目' };
        const res = await server.gql(SUB_PROJECT_CREATE, { input }, { token: tokens[who] });
        expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      expect(await count(SubProject, { name: '越界子项目' })).toBe(0);
    });

    it('refuses a lead team from another community: BAD_USER_INPUT in the caller’s scope, NOT_FOUND outside it', async () => {
      const input = { projectId: gid('Project', projectA1), name: '错队', leadTeamId: gid('Team', teams.a2) };
      const street = await server.gql(SUB_PROJECT_CREATE, { input }, { token: tokens.streetA });
      expect(street.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadTeamId' });
      const community = await server.gql(SUB_PROJECT_CREATE, { input }, { token: tokens.adminA1 });
      expect(community.errors![0].extensions.code).toBe('NOT_FOUND');
      const otherStreet = { ...input, leadTeamId: gid('Team', teams.streetB) };
      const foreign = await server.gql(SUB_PROJECT_CREATE, { input: otherStreet }, { token: tokens.streetA });
      expect(foreign.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(await count(SubProject, { name: '错队' })).toBe(0);
    });

    it('is refused by the schema itself when a row points at another tenant’s project, even from the owner', async () => {
      const sql = `insert into sub_project (id, tenant_id, project_id, name) values (gen_random_uuid(), ?, ?, ?)`;
      const insert = (tenant: Tenant, name: string) =>
        server.db.owner.em.getConnection().execute(sql, [tenant.id, projectA1.id, name]);
      await expect(insert(tree.communityA2, '跨租户')).rejects.toThrow(/sub_project_same_tenant_project/);
      await expect(insert(tree.communityA1, '同租户')).resolves.toBeDefined();
    });

    it('lets the street admin give a community sub-project a street team as lead; the community sees it as null', async () => {
      const input = {
        projectId: gid('Project', placedA1),
        name: '暖心驿站',
        leadTeamId: gid('Team', teams.streetA),
      };
      const res = await server.gql(SUB_PROJECT_CREATE, { input }, { token: tokens.streetA });
      expect(res.errors).toBeUndefined();
      expect(res.data!.subProjectCreate.subProject).toMatchObject({
        owner: { name: '甲一社区' },
        leadTeam: { name: '暖心橙' },
      });
      const id = res.data!.subProjectCreate.subProject.id;
      const seen = await server.gql(
        `query($id: ID!) { subProject(id: $id) { name leadTeam { name } } }`,
        { id },
        { token: tokens.adminA1 },
      );
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.subProject).toEqual({ name: '暖心驿站', leadTeam: null });
    });
  });

  describe('subProjectUpdate', () => {
    let sub: SubProject;
    beforeAll(async () => {
      sub = await createSubProject(server.db, projectA1, {
        name: '乐课堂',
        startsOn: '2024-01-01',
        endsOn: '2024-06-30',
      });
    });

    it('changes status along the allowed transitions and refuses others with INVALID_TRANSITION', async () => {
      const up = (status: string) =>
        server.gql(
          SUB_PROJECT_UPDATE,
          { input: { id: gid('SubProject', sub), status } },
          { token: tokens.adminA1 },
        );
      expect((await up('ACTIVE')).data!.subProjectUpdate.subProject.status).toBe('ACTIVE');
      const back = await up('PLANNED');
      expect(back.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'ACTIVE' });
      expect((await up('SUSPENDED')).data!.subProjectUpdate.subProject.status).toBe('SUSPENDED');
      const stored = await server.db.owner.em.fork().findOneOrFail(SubProject, sub.id);
      expect(stored.status).toBe('SUSPENDED');
    });

    it('rejects a period ending before it starts (against the stored start) and changes nothing', async () => {
      const res = await server.gql(
        SUB_PROJECT_UPDATE,
        { input: { id: gid('SubProject', sub), name: '改名', endsOn: '2023-12-31' } },
        { token: tokens.adminA1 },
      );
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
      const stored = await server.db.owner.em.fork().findOneOrFail(SubProject, sub.id);
      expect([stored.name, stored.endsOn]).toEqual(['乐课堂', '2024-06-30']);
      const later = await server.gql(
        SUB_PROJECT_UPDATE,
        { input: { id: gid('SubProject', sub), startsOn: '2024-07-01' } },
        { token: tokens.adminA1 },
      );
      expect(later.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsOn' });
    });

    it('is FORBIDDEN for readers and NOT_FOUND for another community’s admin', async () => {
      const input = { id: gid('SubProject', sub), name: '越权' };
      expect(
        (await server.gql(SUB_PROJECT_UPDATE, { input }, { token: tokens.workerA1 })).errors![0].extensions
          .code,
      ).toBe('FORBIDDEN');
      expect(
        (await server.gql(SUB_PROJECT_UPDATE, { input }, { token: tokens.adminA2 })).errors![0].extensions
          .code,
      ).toBe('NOT_FOUND');
      expect(await count(SubProject, { name: '越权' })).toBe(0);
    });
  });

  describe('supporting teams and partners', () => {
    let sub: SubProject;
    beforeAll(async () => {
      sub = await createSubProject(server.db, placedA1, { name: '享绿意' });
    });
    const teamInput = (team: Team) => ({
      input: { subProjectId: gid('SubProject', sub), teamId: gid('Team', team) },
    });

    it('adds own and street teams (the street team by the street admin), refuses duplicates and other communities’ teams', async () => {
      const own = await server.gql(TEAM_ADD, teamInput(teams.a1), { token: tokens.adminA1 });
      expect(own.data!.subProjectTeamAdd.subProject.supportingTeams).toEqual([{ name: '巧厨娘' }]);
      const street = await server.gql(TEAM_ADD, teamInput(teams.streetA), { token: tokens.streetA });
      expect(street.data!.subProjectTeamAdd.subProject.supportingTeams).toEqual([
        { name: '巧厨娘' },
        { name: '暖心橙' },
      ]);
      const again = await server.gql(TEAM_ADD, teamInput(teams.a1), { token: tokens.adminA1 });
      expect(again.errors![0].extensions.code).toBe('CONFLICT');
      const sibling = await server.gql(TEAM_ADD, teamInput(teams.a2), { token: tokens.streetA });
      expect(sibling.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
      const streetTeamByCommunity = await server.gql(TEAM_ADD, teamInput(teams.streetA), {
        token: tokens.adminA1,
      });
      expect(streetTeamByCommunity.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(await count(SubProjectTeam, { subProject: sub.id })).toBe(2);
      // The community admin sees only the team in its scope.
      const seen = await server.gql(
        `query($id: ID!) { subProject(id: $id) { supportingTeams { name } } }`,
        { id: gid('SubProject', sub) },
        { token: tokens.adminA1 },
      );
      expect(seen.data!.subProject.supportingTeams).toEqual([{ name: '巧厨娘' }]);
    });

    it('removes a supporting team; removing it again is NOT_FOUND', async () => {
      const res = await server.gql(TEAM_REMOVE, teamInput(teams.a1), { token: tokens.adminA1 });
      expect(res.data!.subProjectTeamRemove.subProject.supportingTeams).toEqual([]);
      const again = await server.gql(TEAM_REMOVE, teamInput(teams.a1), { token: tokens.adminA1 });
      expect(again.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(await count(SubProjectTeam, { subProject: sub.id })).toBe(1);
    });

    it('adds a partner through an active partnership of the same tenant only', async () => {
      const input = (p: Partnership) => ({
        input: {
          subProjectId: gid('SubProject', sub),
          partnershipId: gid('Partnership', p),
          contribution: '法律咨询',
        },
      });
      const ok = await server.gql(PARTNER_ADD, input(partnerships.a1), { token: tokens.adminA1 });
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.subProjectPartnerAdd.partner).toEqual({
        contribution: '法律咨询',
        partnerUnit: { name: '测试律师事务所' },
        partnership: { status: 'ACTIVE' },
      });
      const ended = await server.gql(PARTNER_ADD, input(partnerships.ended), { token: tokens.adminA1 });
      expect(ended.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnershipId' });
      const sibling = await server.gql(PARTNER_ADD, input(partnerships.a2), { token: tokens.streetA });
      expect(sibling.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnershipId' });
      const hidden = await server.gql(PARTNER_ADD, input(partnerships.a2), { token: tokens.adminA1 });
      expect(hidden.errors![0].extensions.code).toBe('NOT_FOUND');
      const again = await server.gql(PARTNER_ADD, input(partnerships.a1), { token: tokens.adminA1 });
      expect(again.errors![0].extensions.code).toBe('CONFLICT');
      expect(await count(SubProjectPartner, { subProject: sub.id })).toBe(1);
    });
  });

  describe('schedule', () => {
    let sub: SubProject;
    beforeAll(async () => {
      sub = await createSubProject(server.db, projectA1, { name: '移动之家' });
    });
    const schedule = {
      frequency: 'WEEKLY',
      weekday: 6,
      startsOn: '2024-01-01',
      serviceFields: ['理发', '义诊', '家电维修', '法律咨询', '心理疏导'],
      volunteerCount: 12,
    };

    it('sets a weekly schedule with five rotating fields and 12 fixed volunteers, and yields its dates', async () => {
      const res = await server.gql(
        SCHEDULE_SET,
        { input: { subProjectId: gid('SubProject', sub), ...schedule } },
        { token: tokens.adminA1 },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.subProjectScheduleSet.subProject.schedule).toEqual({ ...schedule, endsOn: null });
      const dates = await server.gql(
        SERVICE_DATES,
        { id: gid('SubProject', sub), from: '2024-01-20', to: '2024-02-10' },
        { token: tokens.residentA1 },
      );
      expect(dates.data!.subProject.serviceDates).toEqual([
        { date: '2024-01-20', field: '家电维修' },
        { date: '2024-01-27', field: '法律咨询' },
        { date: '2024-02-03', field: '心理疏导' },
        { date: '2024-02-10', field: '理发' },
      ]);
    });

    it('bounds the range to 366 days and rejects a schedule ending before it starts; nothing changed', async () => {
      const wide = await server.gql(
        SERVICE_DATES,
        { id: gid('SubProject', sub), from: '2024-01-01', to: '2025-01-02' },
        { token: tokens.adminA1 },
      );
      expect(wide.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      const bad = await server.gql(
        SCHEDULE_SET,
        { input: { subProjectId: gid('SubProject', sub), ...schedule, weekday: 2, endsOn: '2023-12-31' } },
        { token: tokens.adminA1 },
      );
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
      const invalid = await server.gql(
        SCHEDULE_SET,
        { input: { subProjectId: gid('SubProject', sub), ...schedule, weekday: 8 } },
        { token: tokens.adminA1 },
      );
      expect(invalid.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const stored = await server.db.owner.em.fork().findOneOrFail(SubProject, sub.id);
      expect(stored.scheduleWeekday).toBe(6);
    });

    it('is FORBIDDEN for readers and NOT_FOUND outside the scope', async () => {
      const input = { subProjectId: gid('SubProject', sub), ...schedule };
      expect(
        (await server.gql(SCHEDULE_SET, { input }, { token: tokens.leaderA1 })).errors![0].extensions.code,
      ).toBe('FORBIDDEN');
      expect(
        (await server.gql(SCHEDULE_SET, { input }, { token: tokens.streetB })).errors![0].extensions.code,
      ).toBe('NOT_FOUND');
    });

    it('yields no dates for a sub-project without a schedule', async () => {
      const plain = await createSubProject(server.db, projectA1, { name: '无排班' });
      const res = await server.gql(
        SERVICE_DATES,
        { id: gid('SubProject', plain), from: '2024-01-01', to: '2024-12-31' },
        { token: tokens.adminA1 },
      );
      expect(res.data!.subProject.serviceDates).toEqual([]);
    });
  });
});
