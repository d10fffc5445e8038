import { Team, TeamKind } from '../../api/modules/teams/team.entity';
import type { EveryTableRows } from './every-table-rows';

/** One row in each teams table (for the RLS metadata test). */
export function populateTeamTables({ em, tenant, person }: EveryTableRows): void {
  em.create(Team, { tenant, name: 'RLS 测试队', kind: TeamKind.VOLUNTEER, leader: person });
}
