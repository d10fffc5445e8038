import type { Client } from 'pg';

/**
 * Cases of every community for the "my case queue" and "case timeline" scenarios: each with four
 * timeline events, two mediation sessions of two attendees, a reporter and an assigned grid
 * worker. Three in four sit at COMMUNITY level (the community admin's queue), one in eight is
 * closed, and the deadlines spread around now so some are overdue.
 */
export const CASES_PER_COMMUNITY = 80;

const CATEGORIES = [
  'WATER_PIPE_LEAK',
  'NOISE',
  'NEIGHBOUR_DISPUTE',
  'FAMILY_DISPUTE',
  'PARKING',
  'COMMON_SPACE_OCCUPATION',
  'PROPERTY_MANAGEMENT_DISPUTE',
  'RESIDENT_REQUEST',
];

/**
 * Inserts the cases (ids `bench_uuid('cs', c * K + k)`) as the owner inside the generation's
 * transaction; grid g and person p belong to community `g % communities` (dataset.ts's layout).
 * Returns the uuid of the first community's first COMMUNITY-level case (the timeline scenario's).
 */
export async function insertCases(
  client: Client,
  sizes: { communities: number; grids: number; people: number },
): Promise<string> {
  const C = sizes.communities;
  const K = CASES_PER_COMMUNITY;
  const u = 'pg_temp.bench_uuid';
  const gridsPer = Math.max(1, Math.floor(sizes.grids / C));
  const peoplePer = Math.max(4, Math.floor(sizes.people / C));
  const cases = `from generate_series(0, ${C} - 1) c, generate_series(0, ${K} - 1) k`;
  const id = `${u}('cs', c * ${K} + k)`;
  const person = (offset: number) => `${u}('p', c + ${C} * ((k + ${offset}) % ${peoplePer}))`;
  const reported = `timestamptz '2026-09-01 09:00+08' + (c * ${K} + k) * interval '1 minute'`;
  await client.query(
    `insert into governance_case (id, created_at, updated_at, tenant_id, category, description, source, status, level,
       level_entry, level_entered_at, deadline_at, grid_id, reporter_person_id, reporter_name, reporter_phone,
       assignee_kind, assignee_person_id, assigned_at, mediation_count)
     select ${id}, ${reported}, ${reported}, ${u}('c', c),
       (array[${CATEGORIES.map((x) => `'${x}'`).join(',')}])[1 + k % ${CATEGORIES.length}]::case_category,
       '楼上管道漏水渗到楼下，双方因维修费用发生争执。', 'RESIDENT',
       (case when k % 8 = 7 then 'CLOSED' else 'IN_PROGRESS' end)::case_status,
       (case when k % 4 = 3 then 'GRID' else 'COMMUNITY' end)::case_level,
       case when k % 4 = 3 then 1 else 2 end, ${reported} + interval '1 day',
       now() + (k % 10 - 3) * interval '1 day',
       ${u}('g', c + ${C} * (k % ${gridsPer})), ${person(1)}, '王小明', '13800001234',
       'PERSON', ${person(2)}, ${reported} + interval '1 day', 2
     ${cases}`,
  );
  const kinds = ['REPORTED', 'ACCEPTED', 'ESCALATED', 'ASSIGNED'];
  await client.query(
    `insert into case_event (id, created_at, updated_at, tenant_id, case_id, kind, from_status, to_status, from_level,
       to_level, level_entry, occurred_at, note, actor_kind, actor_id, actor_name, actor_role, actor_person_id)
     select ${u}('ce', (c * ${K} + k) * 4 + e), ${reported}, ${reported}, ${u}('c', c), ${id},
       (array[${kinds.map((x) => `'${x}'`).join(',')}])[1 + e]::case_event_kind,
       (array[null, 'REPORTED', 'ACCEPTED', 'IN_PROGRESS'])[1 + e]::case_status,
       (array['REPORTED', 'ACCEPTED', 'IN_PROGRESS', 'IN_PROGRESS'])[1 + e]::case_status,
       (case when e = 2 then 'GRID' end)::case_level,
       (case when e < 2 then 'GRID' else 'COMMUNITY' end)::case_level, case when e < 2 then 1 else 2 end,
       ${reported} + e * interval '2 hours', '网格员受理并上报社区', 'USER', ${person(2)}, '张网格员', 'GRID_WORKER', ${person(2)}
     ${cases}, generate_series(0, 3) e`,
  );
  await client.query(
    `insert into case_mediation_session (id, created_at, updated_at, tenant_id, case_id, sequence, held_at, outcome, note)
     select ${u}('ms', (c * ${K} + k) * 2 + s), ${reported}, ${reported}, ${u}('c', c), ${id}, s + 1,
       ${reported} + (s + 2) * interval '1 day', (case when s = 0 then 'PARTIAL' else 'AGREEMENT' end)::mediation_outcome,
       '调解千千结上门调解'
     ${cases}, generate_series(0, 1) s`,
  );
  await client.query(
    `insert into case_mediation_attendee (id, created_at, updated_at, tenant_id, session_id, person_id)
     select ${u}('ma', ((c * ${K} + k) * 2 + s) * 2 + a), ${reported}, ${reported}, ${u}('c', c),
       ${u}('ms', (c * ${K} + k) * 2 + s), ${u}('p', c + ${C} * ((k + 1 + a) % ${peoplePer}))
     ${cases}, generate_series(0, 1) s, generate_series(0, 1) a`,
  );
  const { rows } = await client.query<{ id: string }>(`select ${u}('cs', 0)::text as id`);
  return rows[0].id;
}
