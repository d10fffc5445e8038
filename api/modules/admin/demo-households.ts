import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tenant } from '../tenants/tenant.entity';
import type { Person } from '../organisation/person.entity';
import type { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Role } from '../../core/auth/role.enum';
import { HouseholdFile } from '../households/household-file.entity';
import { HouseholdMember } from '../households/household-member.entity';
import { HouseholdEvent } from '../households/household-event.entity';
import {
  HouseholdAction,
  type HouseholdCategory,
  type HouseholdRelation,
  HouseholdStatus,
} from '../households/household.enums';
import { DEMO_ACTOR } from './demo-co-building';

/** A household file of a demo file; `status` says how far its workflow got (DRAFT, SUBMITTED or PUBLISHED). */
export interface DemoHousehold {
  code: string;
  grid: string;
  microGrid: string;
  gridWorker: string;
  head: string;
  members: { person: string; relation: HouseholdRelation }[];
  categories: HouseholdCategory[];
  disabilityGrade?: number;
  situation: string;
  needs: string;
  reasonForSupport: string;
  status: HouseholdStatus.DRAFT | HouseholdStatus.SUBMITTED | HouseholdStatus.PUBLISHED;
  filedOn: string;
}

const NOTICE_DAYS = 7;
const day = (date: string, plusDays: number, hour: number) =>
  new Date(
    new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`).getTime() + plusDays * 86_400_000,
  );

interface Step {
  action: HouseholdAction;
  from?: HouseholdStatus;
  to: HouseholdStatus;
  at: Date;
  by: string;
  role: string;
}

/** The steps a file took to reach its demo status, each dated after the previous one. */
function stepsTo(h: DemoHousehold, worker: string): Step[] {
  const { DRAFT, SUBMITTED, PUBLIC_NOTICE, PUBLISHED } = HouseholdStatus;
  const all: Step[] = [
    {
      action: HouseholdAction.CREATE,
      to: DRAFT,
      at: day(h.filedOn, 0, 10),
      by: worker,
      role: Role.GRID_WORKER,
    },
    {
      action: HouseholdAction.SUBMIT,
      from: DRAFT,
      to: SUBMITTED,
      at: day(h.filedOn, 2, 16),
      by: worker,
      role: Role.GRID_WORKER,
    },
    {
      action: HouseholdAction.APPROVE,
      from: SUBMITTED,
      to: PUBLIC_NOTICE,
      at: day(h.filedOn, 5, 9),
      by: '社区两委',
      role: Role.COMMUNITY_ADMIN,
    },
    {
      action: HouseholdAction.PUBLISH,
      from: PUBLIC_NOTICE,
      to: PUBLISHED,
      at: day(h.filedOn, 5 + NOTICE_DAYS, 9),
      by: '公示期满',
      role: 'SYSTEM',
    },
  ];
  return all.slice(0, all.findIndex((s) => s.to === h.status) + 1);
}

/**
 * A community's household files with their members and the history that brought each file to its
 * status (created and submitted by the grid worker, approved into the notice period, published when
 * the period ended). Idempotent by (community, code).
 */
export async function upsertHouseholds(
  em: EntityManager,
  tenant: Tenant,
  households: DemoHousehold[],
  people: Map<string, Person>,
  grids: Map<string, Grid>,
): Promise<void> {
  if (households.length === 0) return;
  const existing = new Set((await em.find(HouseholdFile, { tenant })).map((h) => h.code));
  const microGrids = new Map((await em.find(MicroGrid, { tenant })).map((m) => [m.code, m]));
  const person = (h: DemoHousehold, key: string) => {
    const found = people.get(key);
    if (!found) throw new Error(`demo household ${h.code}: unknown person ${key}`);
    return found;
  };
  for (const h of households) {
    if (existing.has(h.code)) continue;
    const grid = grids.get(h.grid);
    const microGrid = microGrids.get(h.microGrid);
    if (!grid || !microGrid)
      throw new Error(`demo household ${h.code}: unknown grid ${h.grid} / ${h.microGrid}`);
    const worker = person(h, h.gridWorker);
    const steps = stepsTo(h, worker.name);
    const notice = steps.find((s) => s.to === HouseholdStatus.PUBLIC_NOTICE);
    const file = em.create(HouseholdFile, {
      tenant,
      code: h.code,
      grid,
      microGrid,
      gridWorker: worker,
      head: person(h, h.head),
      categories: h.categories,
      disabilityGrade: h.disabilityGrade,
      situation: h.situation,
      needs: h.needs,
      reasonForSupport: h.reasonForSupport,
      status: h.status,
      noticeEndsAt: notice ? new Date(notice.at.getTime() + NOTICE_DAYS * 86_400_000) : undefined,
    });
    for (const m of h.members)
      em.create(HouseholdMember, {
        tenant,
        household: file,
        person: person(h, m.person),
        relation: m.relation,
      });
    for (const s of steps) {
      em.create(HouseholdEvent, {
        tenant,
        household: file,
        action: s.action,
        fromStatus: s.from,
        toStatus: s.to,
        occurredAt: s.at,
        actorKind: DEMO_ACTOR.actorKind,
        actorId: DEMO_ACTOR.actorId,
        actorName: `${s.by} (${DEMO_ACTOR.actorName})`,
        actorRole: s.role,
      });
    }
  }
}
