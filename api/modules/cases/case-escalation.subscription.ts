import { Authorized, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext, SubscriptionContext } from '../../app/context';
import type { Principal } from '../../core/auth/principal';
import { Role } from '../../core/auth/role.enum';
import { forbidden, unauthenticated } from '../../core/errors/domain-error';
import { toGlobalId } from '../../core/graphql/global-id';
import type { JobContext } from '../../core/jobs';
import { logger } from '../../core/logger';
import type { Case } from './case.entity';
import { CaseCategory, CaseLevel } from './case.enums';

export const CASE_ESCALATION_TOPIC = 'case.escalated';

/** Who may follow escalations: the staff of the levels a case can reach, and the district's system. */
const ESCALATION_SUBSCRIBERS = [Role.COMMUNITY_ADMIN, Role.STREET_ADMIN, Role.DISTRICT_INTEGRATOR];

/** What a subscriber is told: self-contained (no EntityManager in a subscription), no personal data. */
export interface CaseEscalationPayload {
  caseId: string;
  tenantId: string;
  level: CaseLevel;
  category: CaseCategory;
  deadlineAt: string;
  automatic: boolean;
  occurredAt: string;
}

export const escalationOf = (c: Case, automatic: boolean, at: Date): CaseEscalationPayload => ({
  caseId: c.id,
  tenantId: c.tenant.id,
  level: c.level,
  category: c.category,
  deadlineAt: c.deadlineAt.toISOString(),
  automatic,
  occurredAt: at.toISOString(),
});

/**
 * The staff of the level the case has reached, and no one else: the community admin of its
 * community at COMMUNITY, a street admin whose street holds it at STREET, the district's
 * integrator at DISTRICT ("小事不出网格、大事不出社区、难事不出街道": each level hears of its own).
 */
export function mayReceiveEscalation(principal: Principal | null, n: CaseEscalationPayload): boolean {
  if (!principal) return false;
  const roleAt: Partial<Record<CaseLevel, Role>> = {
    [CaseLevel.COMMUNITY]: Role.COMMUNITY_ADMIN,
    [CaseLevel.STREET]: Role.STREET_ADMIN,
    [CaseLevel.DISTRICT]: Role.DISTRICT_INTEGRATOR,
  };
  const role = roleAt[n.level];
  if (!role || !principal.tenantIds.includes(n.tenantId)) return false;
  return principal.grants.some(
    (g) => g.role === role && (role !== Role.COMMUNITY_ADMIN || g.tenantId === n.tenantId),
  );
}

/** After the request's commit: nothing is told of an escalation that was rolled back. */
export const publishEscalation = (ctx: RequestContext, c: Case, at: Date) =>
  ctx.publishAfterCommit(CASE_ESCALATION_TOPIC, escalationOf(c, false, at));

/** From a deadline job, after its transaction: a lost notice must not fail (and retry) the job. */
export async function publishEscalationFromJob(context: JobContext, n: CaseEscalationPayload | null) {
  if (!n) return;
  await context.events.publish(CASE_ESCALATION_TOPIC, n).catch((err: unknown) => {
    logger.error({ err, caseId: n.caseId }, 'case escalation notice not published');
  });
}

@ObjectType('CaseEscalationNotice', {
  description:
    'A live notice that a case was escalated (上报) to your level: by hand or by its deadline. Query case(id:) for details.',
})
export class CaseEscalationNotice {
  constructor(private readonly n: CaseEscalationPayload) {}

  @Field(() => ID, { description: 'Global id of the Case.' })
  get caseId(): string {
    return toGlobalId('Case', this.n.caseId);
  }

  @Field(() => ID, { description: 'Global id of the community (Tenant) that owns the case.' })
  get communityId(): string {
    return toGlobalId('Tenant', this.n.tenantId);
  }

  @Field(() => CaseLevel, { description: 'The level the case has reached.' })
  get level(): CaseLevel {
    return this.n.level;
  }

  @Field(() => CaseCategory, { description: 'The case’s category.' })
  get category(): CaseCategory {
    return this.n.category;
  }

  @Field(() => Date, { description: 'The new level’s deadline (办理时限).' })
  get deadlineAt(): Date {
    return new Date(this.n.deadlineAt);
  }

  @Field(() => Boolean, { description: 'True when the lower level’s deadline passed (超期自动上报).' })
  get automatic(): boolean {
    return this.n.automatic;
  }

  @Field(() => Date, { description: 'When it was escalated (by the platform clock).' })
  get occurredAt(): Date {
    return new Date(this.n.occurredAt);
  }
}

/** Live escalations over graphql-ws, authorised by role when subscribing and by scope per notice. */
@Resolver(() => CaseEscalationNotice)
export class CaseEscalationSubscriptionResolver {
  @Authorized(ESCALATION_SUBSCRIBERS)
  @Subscription(() => CaseEscalationNotice, {
    description:
      'Cases as they are escalated to your level (上报): a community admin hears of its community’s cases reaching ' +
      'COMMUNITY, a street admin of its communities’ reaching STREET, a district integrator of DISTRICT ones.',
    subscribe: ({ context }) => {
      const { principal, events } = context as SubscriptionContext;
      if (!principal) throw unauthenticated();
      if (!principal.roles.some((r) => ESCALATION_SUBSCRIBERS.includes(r))) {
        throw forbidden(`This requires one of the roles: ${ESCALATION_SUBSCRIBERS.join(', ')}.`);
      }
      return events.subscribe<CaseEscalationPayload>(CASE_ESCALATION_TOPIC, (n) =>
        mayReceiveEscalation(principal, n),
      );
    },
  })
  caseEscalations(@Root() notice: CaseEscalationPayload): CaseEscalationNotice {
    return new CaseEscalationNotice(notice);
  }
}
