import type { EntityManager } from '@mikro-orm/postgresql';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import { addWorkingDays, chinaDate, endOfChinaDay, yearsAhead } from '../calendar/working-days';
import { CaseDeadlinePolicy } from './case-deadline-policy.entity';
import { CaseCategory, CaseLevel } from './case.enums';

/**
 * Working days allowed per level when the tenant set nothing (小事不出网格、大事不出社区、
 * 难事不出街道: the lower the level, the shorter). A petition (信访) gets longer at the first two
 * levels: it needs a written reply and the petitioner's acceptance, not just a fix.
 */
export const DEFAULT_WORKING_DAYS: Record<CaseLevel, number> = {
  [CaseLevel.GRID]: 3,
  [CaseLevel.COMMUNITY]: 7,
  [CaseLevel.STREET]: 15,
  [CaseLevel.DISTRICT]: 30,
};
export const PETITION_WORKING_DAYS: Record<CaseLevel, number> = {
  [CaseLevel.GRID]: 5,
  [CaseLevel.COMMUNITY]: 10,
  [CaseLevel.STREET]: 15,
  [CaseLevel.DISTRICT]: 30,
};

export const defaultWorkingDays = (level: CaseLevel, category: CaseCategory): number =>
  (category === CaseCategory.PETITION ? PETITION_WORKING_DAYS : DEFAULT_WORKING_DAYS)[level];

/**
 * The working days of a level for a case of `tenantId`: the tenant's limit for the category, else
 * its limit for every category, else the default. Policies are rows of the case's own community
 * (a street admin sets them for its communities), so every reader and the job, whatever its
 * scope, computes the same deadline.
 */
export async function workingDaysFor(
  em: EntityManager,
  tenantId: string,
  level: CaseLevel,
  category: CaseCategory,
): Promise<number> {
  const policies = await em.find(CaseDeadlinePolicy, {
    tenant: tenantId,
    level,
    $or: [{ category }, { category: null }],
  });
  const exact = policies.find((p) => p.category === category);
  const general = policies.find((p) => p.category == null);
  return (exact ?? general)?.workingDays ?? defaultWorkingDays(level, category);
}

/** The end (24:00 China time) of the `n`th working day after `enteredAt`, on the official calendar. */
export async function deadlineAfter(em: EntityManager, enteredAt: Date, n: number): Promise<Date> {
  const calendar = await loadWorkingCalendar(em, yearsAhead(enteredAt, n));
  return endOfChinaDay(addWorkingDays(chinaDate(enteredAt), n, calendar));
}

export async function levelDeadline(
  em: EntityManager,
  tenantId: string,
  level: CaseLevel,
  category: CaseCategory,
  enteredAt: Date,
): Promise<Date> {
  return deadlineAfter(em, enteredAt, await workingDaysFor(em, tenantId, level, category));
}
