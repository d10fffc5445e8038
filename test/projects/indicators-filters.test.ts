import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { IndicatorMeasurement, OutcomeIndicator } from '../../api/modules/projects/indicator.entity';
import type { Project } from '../../api/modules/projects/project.entity';
import { ProjectStatus } from '../../api/modules/projects/project-status';
import type { SubProject } from '../../api/modules/projects/sub-project.entity';
import { SubProjectTeam } from '../../api/modules/projects/sub-project-links.entity';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Team } from '../../api/modules/teams/team.entity';
import { startTestServer, type TestServer } from '../support/server';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { userSession, issueKey } from '../factories/principals';
import { createProgramme, createProject, createSubProject, createTeam } from '../factories/projects';
import { INDICATOR, INDICATOR_ADD, MEASUREMENT_RECORD, SUB_PROJECTS } from './operations';

const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

describe('outcome indicators, measurements and list filters', () => {
  let server: TestServer;
  let tree: TenantTree;
  const tokens: Record<string, string> = {};
  let project: Project;
  let market: SubProject;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    tokens.adminA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1, { name: '王主任' });
    tokens.adminA2 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA2);
    tokens.streetA = await userSession(server.db, Role.STREET_ADMIN, tree.streetA);
    tokens.residentA1 = await userSession(server.db, Role.RESIDENT, tree.communityA1);
    tokens.integrator = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
    project = await createProject(server.db, await createProgramme(server.db, tree.communityA1), {
      name: '跃进项目',
    });
    market = await createSubProject(server.db, project, { name: '旧物集市', status: ProjectStatus.ACTIVE });
  });
  afterAll(() => server.close());

  describe('outcomeIndicatorAdd and indicatorMeasurementRecord', () => {
    let indicatorId: string;

    it('adds an indicator for the sub-project’s writers only', async () => {
      const input = {
        subProjectId: gid('SubProject', market),
        name: '旧物交换件数',
        unit: '件',
        target: 200,
      };
      expect((await server.gql(INDICATOR_ADD, { input })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
      for (const [who, code] of [
        ['residentA1', 'FORBIDDEN'],
        ['integrator', 'FORBIDDEN'],
        ['adminA2', 'NOT_FOUND'],
      ]) {
        expect(
          (await server.gql(INDICATOR_ADD, { input }, { token: tokens[who] })).errors![0].extensions.code,
        ).toBe(code);
      }
      expect(await server.db.owner.em.fork().count(OutcomeIndicator, {})).toBe(0);
      const res = await server.gql(INDICATOR_ADD, { input }, { token: tokens.adminA1 });
      expect(res.data!.outcomeIndicatorAdd.indicator).toMatchObject({
        name: '旧物交换件数',
        unit: '件',
        target: 200,
        actual: null,
        subProject: { name: '旧物集市' },
      });
      indicatorId = res.data!.outcomeIndicatorAdd.indicator.id;
      const again = await server.gql(INDICATOR_ADD, { input }, { token: tokens.adminA1 });
      expect(again.errors![0].extensions.code).toBe('CONFLICT');
    });

    it('appends measurements: actual is the latest by date, the history keeps every value', async () => {
      const record = (value: number, measuredOn: string, note?: string) =>
        server.gql(
          MEASUREMENT_RECORD,
          { input: { indicatorId, value, measuredOn, note } },
          { token: tokens.adminA1 },
        );
      const first = await record(120, '2024-03-31', '一季度');
      expect(first.data!.indicatorMeasurementRecord.measurement).toEqual({
        value: 120,
        measuredOn: '2024-03-31',
        note: '一季度',
        recordedByName: '王主任',
        indicator: { actual: 120, actualOn: '2024-03-31' },
      });
      await record(157, '2024-06-30', '半年累计');
      // A late report for May does not replace the June figure.
      const late = await record(140, '2024-05-31');
      expect(late.data!.indicatorMeasurementRecord.measurement.indicator).toEqual({
        actual: 157,
        actualOn: '2024-06-30',
      });

      const res = await server.gql(INDICATOR, { id: indicatorId }, { token: tokens.residentA1 });
      expect(res.data!.node).toEqual({
        name: '旧物交换件数',
        target: 200,
        actual: 157,
        actualOn: '2024-06-30',
        measurements: [
          { value: 120, measuredOn: '2024-03-31', note: '一季度', recordedByName: '王主任' },
          { value: 140, measuredOn: '2024-05-31', note: null, recordedByName: '王主任' },
          { value: 157, measuredOn: '2024-06-30', note: '半年累计', recordedByName: '王主任' },
        ],
      });
    });

    it('rejects a future date and a negative value with BAD_USER_INPUT, and outsiders; nothing stored', async () => {
      const future = await server.gql(
        MEASUREMENT_RECORD,
        { input: { indicatorId, value: 1, measuredOn: '2999-01-01' } },
        { token: tokens.adminA1 },
      );
      expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'measuredOn' });
      const negative = await server.gql(
        MEASUREMENT_RECORD,
        { input: { indicatorId, value: -1, measuredOn: '2024-01-01' } },
        { token: tokens.adminA1 },
      );
      expect(negative.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      for (const [who, code] of [
        ['residentA1', 'FORBIDDEN'],
        ['adminA2', 'NOT_FOUND'],
      ]) {
        const res = await server.gql(
          MEASUREMENT_RECORD,
          { input: { indicatorId, value: 9, measuredOn: '2024-01-01' } },
          { token: tokens[who] },
        );
        expect(res.errors![0].extensions.code).toBe(code);
      }
      expect(await server.db.owner.em.fork().count(IndicatorMeasurement, {})).toBe(3);
    });

    it('grants the API role no UPDATE or DELETE on measurements (append-only)', async () => {
      const rows = await server.db.owner.em
        .fork()
        .getConnection()
        .execute<{ ins: boolean; upd: boolean; del: boolean }[]>(
          `select has_table_privilege(?, 'indicator_measurement', 'INSERT') as ins,
                  has_table_privilege(?, 'indicator_measurement', 'UPDATE') as upd,
                  has_table_privilege(?, 'indicator_measurement', 'DELETE') as del`,
          [server.config.apiRole, server.config.apiRole, server.config.apiRole],
        );
      expect(rows[0]).toEqual({ ins: true, upd: false, del: false });
    });
  });

  describe('subProjects filters', () => {
    let filtered: Project;
    let team: Team;

    beforeAll(async () => {
      filtered = await createProject(server.db, await createProgramme(server.db, tree.communityA1), {
        name: '筛选项目',
      });
      team = await createTeam(server.db, tree.communityA1, '筛选队');
      await createSubProject(server.db, filtered, {
        name: 's1',
        status: ProjectStatus.ACTIVE,
        startsOn: '2024-01-01',
        endsOn: '2024-03-31',
        leadTeam: team,
      });
      const s2 = await createSubProject(server.db, filtered, {
        name: 's2',
        status: ProjectStatus.PLANNED,
        startsOn: '2024-06-01',
      });
      await createSubProject(server.db, filtered, {
        name: 's3',
        status: ProjectStatus.COMPLETED,
        endsOn: '2023-12-31',
      });
      await createSubProject(server.db, filtered, { name: 's4', status: ProjectStatus.ACTIVE });
      const em = server.db.owner.em.fork();
      em.create(SubProjectTeam, {
        tenant: em.getReference(Tenant, tree.communityA1.id),
        subProject: s2.id,
        team: em.getReference(Team, team.id),
      });
      await em.flush();
    });

    const list = async (vars: Record<string, unknown>, token = tokens.adminA1) => {
      const res = await server.gql(SUB_PROJECTS, { projectId: gid('Project', filtered), ...vars }, { token });
      expect(res.errors).toBeUndefined();
      return res.data!.subProjects.edges.map((e: any) => e.node.name).sort();
    };

    it('filters by status, by period overlap (open ends overlap everything) and by lead or supporting team', async () => {
      expect(await list({})).toEqual(['s1', 's2', 's3', 's4']);
      expect(await list({ status: 'ACTIVE' })).toEqual(['s1', 's4']);
      expect(await list({ activeFrom: '2024-04-01' })).toEqual(['s2', 's4']);
      expect(await list({ activeTo: '2024-02-01' })).toEqual(['s1', 's3', 's4']);
      expect(await list({ activeFrom: '2024-03-01', activeTo: '2024-05-31' })).toEqual(['s1', 's4']);
      expect(await list({ teamId: gid('Team', team) })).toEqual(['s1', 's2']);
      expect(await list({ teamId: gid('Team', team), status: 'PLANNED' })).toEqual(['s2']);
    });

    it('scopes the list: street and integrator see it, another community does not', async () => {
      expect(await list({}, tokens.streetA)).toHaveLength(4);
      expect(await list({}, tokens.integrator)).toHaveLength(4);
      expect(await list({}, tokens.adminA2)).toEqual([]);
    });

    it('rejects a reversed period and an owner outside the scope', async () => {
      const reversed = await server.gql(
        SUB_PROJECTS,
        { activeFrom: '2024-05-01', activeTo: '2024-04-01' },
        { token: tokens.adminA1 },
      );
      expect(reversed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activeTo' });
      const outside = await server.gql(
        SUB_PROJECTS,
        { tenantId: gid('Tenant', tree.communityA2) },
        { token: tokens.adminA1 },
      );
      expect(outside.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('filters projects by owner and status', async () => {
      const res = await server.gql(
        `query($tenantId: ID, $status: ProjectStatus) { projects(tenantId: $tenantId, status: $status, first: 50) {
          totalCount edges { node { name subProjectCount } } } }`,
        { tenantId: gid('Tenant', tree.communityA1), status: 'ACTIVE' },
        { token: tokens.streetA },
      );
      expect(
        res
          .data!.projects.edges.map((e: any) => e.node)
          .sort((a: any, b: any) => a.name.localeCompare(b.name)),
      ).toEqual(
        [
          { name: '筛选项目', subProjectCount: 4 },
          { name: '跃进项目', subProjectCount: 1 },
        ].sort((a, b) => a.name.localeCompare(b.name)),
      );
      const completed = await server.gql(
        `query { projects(status: COMPLETED) { totalCount } }`,
        {},
        { token: tokens.streetA },
      );
      expect(completed.data!.projects.totalCount).toBe(0);
    });
  });
});
