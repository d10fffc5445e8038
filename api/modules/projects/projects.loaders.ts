import DataLoader from 'dataloader';
import { raw, type EntityClass } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { defineLoader, groupByKeys } from '../../core/graphql/loader-registry';
import { readRows, rowsByIdLoader } from '../../db/read-rows';
import { Team } from '../teams/team.entity';
import { Programme } from './programme.entity';
import { Project } from './project.entity';
import { SubProject } from './sub-project.entity';
import { SubProjectPartner, SubProjectTeam } from './sub-project-links.entity';
import { IndicatorMeasurement, OutcomeIndicator } from './indicator.entity';
import type { ProjectStatus } from './project-status';

/*
 * One `where … in (…)` per batch on the request's EntityManager (tenant filter and RLS apply),
 * results in key order, rows read without the unit of work (`readRows`). A row outside the
 * caller's scope simply does not come back: a street programme seen from one of its
 * communities resolves to null, a street team to nothing.
 */

/** Children of each parent, oldest first: one query per batch. */
function childrenOf<T extends { createdAt: Date; id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  parent: string,
) {
  return new DataLoader<string, T[]>(async (ids) => {
    const where = { [parent]: { $in: [...ids] } } as unknown as FilterQuery<T>;
    const rows = await readRows(em, entity, where, { createdAt: 'asc', id: 'asc' } as never);
    return groupByKeys(ids, rows, (r) => (r as unknown as Record<string, { id: string }>)[parent].id);
  });
}

export const programmeById = defineLoader((em) => rowsByIdLoader(em, Programme));
export const projectById = defineLoader((em) => rowsByIdLoader(em, Project));
/** Partner units are platform rows (public registration data): no tenant filter applies. */

export const projectsByProgrammeId = defineLoader((em) => childrenOf(em, Project, 'programme'));
export const subProjectsByProjectId = defineLoader((em) => childrenOf(em, SubProject, 'project'));
export const partnersBySubProjectId = defineLoader((em) => childrenOf(em, SubProjectPartner, 'subProject'));
export const indicatorsBySubProjectId = defineLoader((em) => childrenOf(em, OutcomeIndicator, 'subProject'));

/** Measurements of each indicator, oldest first (by date, then by when recorded): the history. */
export const measurementsByIndicatorId = defineLoader(
  (em) =>
    new DataLoader<string, IndicatorMeasurement[]>(async (ids) => {
      const rows = await readRows(
        em,
        IndicatorMeasurement,
        { indicator: { $in: [...ids] } },
        { measuredOn: 'asc', createdAt: 'asc', id: 'asc' },
      );
      return groupByKeys(ids, rows, (m) => m.indicator.id);
    }),
);

/**
 * Supporting teams of each sub-project: the links, then their teams, two queries per batch
 * whatever the number of sub-projects. Teams outside the caller's scope are left out.
 */
export const supportingTeamsBySubProjectId = defineLoader(
  (em) =>
    new DataLoader<string, Team[]>(async (ids) => {
      const links = await readRows(
        em,
        SubProjectTeam,
        { subProject: { $in: [...ids] } },
        { createdAt: 'asc', id: 'asc' },
      );
      const teamIds = [...new Set(links.map((l) => l.team.id))];
      const teams = teamIds.length ? await readRows(em, Team, { id: { $in: teamIds } }) : [];
      const teamsById = new Map(teams.map((t) => [t.id, t]));
      const visible = links.filter((l) => teamsById.has(l.team.id));
      return groupByKeys(ids, visible, (l) => l.subProject.id).map((ls) =>
        ls.map((l) => teamsById.get(l.team.id)!),
      );
    }),
);

interface CountRow {
  key: string;
  status?: ProjectStatus;
  n: number;
}

/** `select <key>, [status,] count(*) … where <key> in (…) group by …` with the tenant filter applied. */
async function countGrouped<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  alias: string,
  key: { column: string; property: string },
  ids: readonly string[],
  options: { join?: [string, string]; byStatus?: boolean } = {},
): Promise<CountRow[]> {
  const qb = em.createQueryBuilder(entity, alias);
  if (options.join) qb.join(options.join[0], options.join[1]);
  const columns = [raw(`${key.column} as key`), raw('count(*)::int as n')];
  if (options.byStatus) columns.splice(1, 0, raw(`${alias}.status as status`));
  qb.select(columns)
    .where({ [key.property]: { $in: [...ids] } } as never)
    .groupBy(options.byStatus ? [raw(key.column), raw(`${alias}.status`)] : [raw(key.column)]);
  await qb.applyFilters();
  return qb.execute<CountRow[]>('all', false);
}

/** Projects per programme (visible to the caller). */
export const projectCountByProgrammeId = defineLoader(
  (em) =>
    new DataLoader<string, number>(async (ids) => {
      const rows = await countGrouped(
        em,
        Project,
        'p',
        { column: 'p.programme_id', property: 'p.programme' },
        ids,
      );
      const counts = new Map(rows.map((r) => [r.key, r.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
);

/** Sub-projects per project (visible to the caller). */
export const subProjectCountByProjectId = defineLoader(
  (em) =>
    new DataLoader<string, number>(async (ids) => {
      const rows = await countGrouped(
        em,
        SubProject,
        's',
        { column: 's.project_id', property: 's.project' },
        ids,
      );
      const counts = new Map(rows.map((r) => [r.key, r.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
);

export interface StatusCount {
  status: ProjectStatus;
  count: number;
}

/** Sub-projects per programme by status (visible to the caller), in enum order. */
export const subProjectCountsByProgrammeId = defineLoader(
  (em) =>
    new DataLoader<string, StatusCount[]>(async (ids) => {
      const rows = await countGrouped(
        em,
        SubProject,
        's',
        { column: 'p.programme_id', property: 'p.programme' },
        ids,
        {
          join: ['s.project', 'p'],
          byStatus: true,
        },
      );
      const order = ['PLANNED', 'ACTIVE', 'SUSPENDED', 'COMPLETED'];
      rows.sort((a, b) => order.indexOf(a.status!) - order.indexOf(b.status!));
      return groupByKeys(ids, rows, (r) => r.key).map((rs) =>
        rs.map((r) => ({ status: r.status!, count: r.n })),
      );
    }),
);

export const indicatorById = defineLoader((em) => rowsByIdLoader(em, OutcomeIndicator));
export const subProjectById = defineLoader((em) => rowsByIdLoader(em, SubProject));
