import type { RequestContext } from '../../app/context';
import type { JobContext } from '../../core/jobs';
import type { Principal } from '../../core/auth/principal';
import { Role } from '../../core/auth/role.enum';
import { logger } from '../../core/logger';
import { maskName } from '../../core/privacy/masking';
import type { CareAlertAction, CareAlertStatus } from './care.enums';

export const CARE_ALERT_TOPIC = 'care.alert';

/**
 * What a subscriber is told about an alert: a self-contained plain object (a subscription has no
 * EntityManager), the name already masked. Ids are uuids here; the GraphQL type turns them into
 * global ids. The client queries `careAlert(id:)` for the rest, under its own scope.
 */
export interface CareAlertNoticePayload {
  alertId: string;
  tenantId: string;
  gridId: string;
  event: CareAlertAction;
  status: CareAlertStatus;
  subjectName: string;
  day: string;
  raisedAt: string;
  escalated: boolean;
  occurredAt: string;
}

export interface AlertLike {
  id: string;
  tenant: { id: string };
  grid: { id: string };
  day: string;
  raisedAt: Date;
  status: CareAlertStatus;
  escalatedAt?: Date | null;
}

export function noticeOf(
  alert: AlertLike,
  event: CareAlertAction,
  subjectName: string,
  occurredAt: Date,
): CareAlertNoticePayload {
  return {
    alertId: alert.id,
    tenantId: alert.tenant.id,
    gridId: alert.grid.id,
    event,
    status: alert.status,
    subjectName: maskName(subjectName),
    day: alert.day,
    raisedAt: alert.raisedAt.toISOString(),
    escalated: !!alert.escalatedAt,
    occurredAt: occurredAt.toISOString(),
  };
}

/**
 * Who is told about an alert (authorisation by scope, per subscriber): the grid worker of the
 * alert's grid, the community admin of its community, and a street admin of the street above for
 * escalated alerts (its communities' grid work is theirs only once escalated).
 */
export function mayReceive(principal: Principal | null | undefined, n: CareAlertNoticePayload): boolean {
  if (!principal) return false;
  return principal.grants.some((g) => {
    if (g.role === Role.GRID_WORKER) return g.tenantId === n.tenantId && g.gridIds.includes(n.gridId);
    if (g.role === Role.COMMUNITY_ADMIN) return g.tenantId === n.tenantId;
    if (g.role === Role.STREET_ADMIN) return n.escalated && principal.tenantIds.includes(n.tenantId);
    return false;
  });
}

/** Publishes once the request's transaction has committed (nothing for a rolled-back step). */
export function publishAfterCommit(ctx: RequestContext, notice: CareAlertNoticePayload): void {
  ctx.publishAfterCommit(CARE_ALERT_TOPIC, notice);
}

/**
 * Publishes from a job, after its transaction returned. A notice that cannot be delivered (Redis
 * briefly away) must not fail the job, whose alert is stored and listed: subscribers are a
 * convenience on top of `careAlerts`, and a retried job would find nothing left to do.
 */
export async function publishFromJob(context: JobContext, notices: CareAlertNoticePayload[]): Promise<void> {
  for (const notice of notices) {
    try {
      await context.events.publish(CARE_ALERT_TOPIC, notice);
    } catch (error) {
      logger.error({ err: error, alertId: notice.alertId }, 'care alert notice not published');
    }
  }
}
