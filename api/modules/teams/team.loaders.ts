import DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { defineLoader, groupByKeys } from '../../core/graphql/loader-registry';
import { readRows, rowsByIdLoader } from '../../db/read-rows';
import { Team } from './team.entity';
import { TeamMember } from './team-member.entity';
import { TeamEvent } from './team-event.entity';
import { PersonSkill } from './person-skill.entity';
import { SCOPE_ANY } from '../../db/tenant-scope-sql';

/*
 * One `where … in (…)` per batch on the request's EntityManager, results in key order. Entity
 * rows go through `readRows` (the tenant filter applied, no unit of work); the two aggregates
 * are plain SQL that state the same scope condition as the ORM filter (RLS walls them anyway).
 */

/** Teams by id within the request's scope (null outside it), in key order. */
export const teamById = defineLoader((em) => rowsByIdLoader(em, Team));

/** One loader per distinct argument value (a date, a flag), made on first use within the request. */
class LoaderFamily<A, V> {
  private readonly loaders = new Map<A, DataLoader<string, V>>();
  constructor(private readonly make: (arg: A) => DataLoader<string, V>) {}
  for(arg: A): DataLoader<string, V> {
    let loader = this.loaders.get(arg);
    if (!loader) {
      loader = this.make(arg);
      this.loaders.set(arg, loader);
    }
    return loader;
  }
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Memberships of teams, oldest first: `for(date)` those active on that day (joined on or before
 * it, not yet left), `for(null)` every membership, former ones included.
 */
export const membersByTeamId = defineLoader(
  (em) =>
    new LoaderFamily<string | null, TeamMember[]>(
      (on) =>
        new DataLoader(async (teamIds) => {
          const where: FilterQuery<TeamMember>[] = [{ team: { $in: [...teamIds] } }];
          if (on) {
            where.push({ joinedOn: { $lte: on } }, { $or: [{ leftOn: null }, { leftOn: { $gt: on } }] });
          }
          const rows = await readRows(
            em,
            TeamMember,
            { $and: where },
            {
              joinedOn: 'asc',
              createdAt: 'asc',
              id: 'asc',
            },
          );
          return groupByKeys(teamIds, rows, (m) => m.team.id);
        }),
    ),
);

/** Number of members active on a day, per team: `memberCounts.for(date).load(teamId)`. */
export const memberCounts = defineLoader(
  (em) =>
    new LoaderFamily<string, number>(
      (on) =>
        new DataLoader(async (teamIds) => {
          const rows = await em.execute<{ team_id: string; n: number }[]>(
            `select team_id, count(*)::int as n from team_member
             where team_id in (${placeholders(teamIds.length)}) and tenant_id = ${SCOPE_ANY}
               and joined_on <= ? and (left_on is null or left_on > ?)
             group by team_id`,
            [...teamIds, on, on],
          );
          const counts = new Map(rows.map((r) => [r.team_id, r.n]));
          return teamIds.map((id) => counts.get(id) ?? 0);
        }),
    ),
);

/** The member count from one day on, until the next point. */
export interface MemberCountPointRow {
  date: string;
  count: number;
}

/**
 * How a team's member count changed: one point per day someone joined or left, with the count
 * from that day on (a running sum of +1 per join and -1 per leave, in SQL).
 */
export const memberCountHistoryByTeamId = defineLoader(
  (em) =>
    new DataLoader<string, MemberCountPointRow[]>(async (teamIds) => {
      const list = placeholders(teamIds.length);
      const rows = await em.execute<{ team_id: string; date: string; count: number }[]>(
        `select team_id, day::text as date, (sum(sum(delta)) over (partition by team_id order by day))::int as count
         from (
           select team_id, joined_on as day, 1 as delta from team_member
           where team_id in (${list}) and tenant_id = ${SCOPE_ANY}
           union all
           select team_id, left_on, -1 from team_member
           where team_id in (${list}) and tenant_id = ${SCOPE_ANY} and left_on is not null
         ) changes
         group by team_id, day
         order by team_id, day`,
        [...teamIds, ...teamIds],
      );
      return groupByKeys(teamIds, rows, (r) => r.team_id).map((points) =>
        points.map(({ date, count }) => ({ date, count })),
      );
    }),
);

/** A team's history, in the order it happened. */
export const eventsByTeamId = defineLoader(
  (em) =>
    new DataLoader<string, TeamEvent[]>(async (teamIds) => {
      const rows = await readRows(
        em,
        TeamEvent,
        { team: { $in: [...teamIds] } },
        {
          occurredOn: 'asc',
          createdAt: 'asc',
          id: 'asc',
        },
      );
      return groupByKeys(teamIds, rows, (e) => e.team.id);
    }),
);

/** A person's skills, in the order they were recorded. */
export const skillsByPersonId = defineLoader(
  (em: EntityManager) =>
    new DataLoader<string, PersonSkill[]>(async (personIds) => {
      const rows = await readRows(
        em,
        PersonSkill,
        { person: { $in: [...personIds] } },
        {
          createdAt: 'asc',
          id: 'asc',
        },
      );
      return groupByKeys(personIds, rows, (s) => s.person.id);
    }),
);
