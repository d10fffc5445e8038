import type { Database } from '../../api/db/database';
import { Tenant } from '../../api/modules/tenants/tenant.entity';
import { Team, TeamKind } from '../../api/modules/teams/team.entity';
import { Partnership } from '../../api/modules/partners/partnership.entity';
import { PartnerUnit } from '../../api/modules/partners/partner-unit.entity';
import { Programme } from '../../api/modules/projects/programme.entity';
import { Project } from '../../api/modules/projects/project.entity';
import { SubProject } from '../../api/modules/projects/sub-project.entity';
import { SubProjectPartner, SubProjectTeam } from '../../api/modules/projects/sub-project-links.entity';
import { IndicatorMeasurement, OutcomeIndicator } from '../../api/modules/projects/indicator.entity';
import { ProjectStatus } from '../../api/modules/projects/project-status';
import type { EveryTableRows } from './every-table-rows';

let counter = 0;

/**
 * One row in each projects table (for the RLS metadata test), with a team, partner unit and
 * partnership of its own so it never collides with the teams and partners fixtures' rows.
 */
export function populateProjectTables({ em, tenant, person }: EveryTableRows): void {
  const team = em.create(Team, { tenant, name: 'RLS 项目测试队', kind: TeamKind.VOLUNTEER });
  const partnerUnit = em.create(PartnerUnit, { name: 'RLS 项目共建单位', creditCode: '91350100M000300P00' });
  const partnership = em.create(Partnership, { tenant, partnerUnit, signedOn: '2024-01-01' });
  const programme = em.create(Programme, { tenant, name: 'RLS 点点爱' });
  const project = em.create(Project, { tenant, programme, name: 'RLS 项目' });
  const subProject = em.create(SubProject, { tenant, project, name: 'RLS 子项目', leadTeam: team });
  em.create(SubProjectTeam, { tenant, subProject, team });
  em.create(SubProjectPartner, { tenant, subProject, partnership });
  const indicator = em.create(OutcomeIndicator, { tenant, subProject, name: '旧物交换件数', unit: '件' });
  em.create(IndicatorMeasurement, {
    tenant,
    indicator,
    value: 157,
    measuredOn: '2024-06-30',
    recordedById: person.id,
    recordedByName: 'RLS',
  });
}

const ownerEm = (db: Database) => db.owner.em.fork();

export async function createProgramme(
  db: Database,
  owner: Tenant,
  data: { name?: string; status?: ProjectStatus } = {},
): Promise<Programme> {
  const em = ownerEm(db);
  const programme = em.create(Programme, {
    tenant: em.getReference(Tenant, owner.id),
    name: data.name ?? `项目计划${++counter}`,
    status: data.status,
  });
  await em.flush();
  return programme;
}

/** A project of `programme`, owned by the programme's tenant unless `owner` (a community of its street) is given. */
export async function createProject(
  db: Database,
  programme: Programme,
  data: { name?: string; owner?: Tenant; status?: ProjectStatus } = {},
): Promise<Project> {
  const em = ownerEm(db);
  const project = em.create(Project, {
    tenant: em.getReference(Tenant, data.owner?.id ?? programme.tenant.id),
    programme: em.getReference(Programme, programme.id),
    name: data.name ?? `项目${++counter}`,
    status: data.status,
  });
  await em.flush();
  return project;
}

export async function createSubProject(
  db: Database,
  project: Project,
  data: Partial<Pick<SubProject, 'name' | 'status' | 'startsOn' | 'endsOn'>> & { leadTeam?: Team } = {},
): Promise<SubProject> {
  const em = ownerEm(db);
  const subProject = em.create(SubProject, {
    tenant: em.getReference(Tenant, project.tenant.id),
    project: em.getReference(Project, project.id),
    name: data.name ?? `子项目${++counter}`,
    status: data.status,
    startsOn: data.startsOn,
    endsOn: data.endsOn,
    leadTeam: data.leadTeam ? em.getReference(Team, data.leadTeam.id) : undefined,
  });
  await em.flush();
  return subProject;
}

export async function createTeam(db: Database, owner: Tenant, name = `项目队${++counter}`): Promise<Team> {
  const em = ownerEm(db);
  const team = em.create(Team, { tenant: em.getReference(Tenant, owner.id), name, kind: TeamKind.VOLUNTEER });
  await em.flush();
  return team;
}

export interface ProgrammeTreeShape {
  projects: number;
  subProjectsPerProject: number;
  supportingTeamsPerSubProject: number;
  indicatorsPerSubProject: number;
  measurementsPerIndicator: number;
}

/**
 * A whole programme in one flush (for the SQL-count tests): projects → sub-projects, each with a
 * lead team, supporting teams, a partner (through a partnership of its own) and indicators with
 * measurements. `index` tells several trees of one owner apart.
 */
export async function buildProgrammeTree(db: Database, owner: Tenant, shape: ProgrammeTreeShape, index = 0) {
  const em = ownerEm(db);
  const tenant = em.getReference(Tenant, owner.id);
  const unit = `${owner.code}-${index}`;
  const teams = Array.from({ length: shape.supportingTeamsPerSubProject + 1 }, (_, i) =>
    em.create(Team, { tenant, name: `${unit} 队${i}`, kind: TeamKind.VOLUNTEER }),
  );
  const partnerUnit = em.create(PartnerUnit, {
    name: `${owner.name}共建银行${index || ''}`,
    creditCode: `91${owner.code}PP${String(index).padStart(2, '0')}`,
  });
  const partnership = em.create(Partnership, { tenant, partnerUnit, signedOn: '2024-01-01' });
  const programme = em.create(Programme, { tenant, name: `${owner.name} 点点爱${index || ''}` });
  const statuses = Object.values(ProjectStatus);
  for (let p = 1; p <= shape.projects; p++) {
    const project = em.create(Project, { tenant, programme, name: `项目${p}` });
    for (let s = 1; s <= shape.subProjectsPerProject; s++) {
      const subProject = em.create(SubProject, {
        tenant,
        project,
        name: `子项目${p}-${s}`,
        status: statuses[s % statuses.length],
        leadTeam: teams[0],
      });
      for (const team of teams.slice(1)) em.create(SubProjectTeam, { tenant, subProject, team });
      em.create(SubProjectPartner, { tenant, subProject, partnership, contribution: '提供场地' });
      for (let i = 1; i <= shape.indicatorsPerSubProject; i++) {
        const indicator = em.create(OutcomeIndicator, { tenant, subProject, name: `指标${i}`, unit: '件' });
        for (let m = 1; m <= shape.measurementsPerIndicator; m++) {
          em.create(IndicatorMeasurement, {
            tenant,
            indicator,
            value: m * 10,
            measuredOn: `2024-0${m}-01`,
            recordedById: owner.id,
            recordedByName: '统计员',
          });
        }
      }
    }
  }
  await em.flush();
  return programme;
}
