import { Authorized, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscriptionContext } from '../../app/context';
import { forbidden, unauthenticated } from '../../core/errors/domain-error';
import { ALERT_SUBSCRIBERS } from './care.policy';
import { CARE_ALERT_TOPIC, type CareAlertNoticePayload, mayReceive } from './care-events';
import { CareAlertNotice } from './care.types';

/**
 * Live care alerts over graphql-ws. Authorised twice: the role when subscribing (a refused
 * subscriber gets an error at once rather than a silent stream), and the scope for every notice
 * (`mayReceive`: a grid worker only its grids', a community admin its community's, a street admin
 * escalated ones of its communities), as the bus filters per subscriber on this instance.
 */
@Resolver(() => CareAlertNotice)
export class CareAlertSubscriptionResolver {
  @Authorized(ALERT_SUBSCRIBERS)
  @Subscription(() => CareAlertNotice, {
    description:
      'Care alerts (关爱预警) as they are raised, escalated, acknowledged and closed, for the alerts you follow: ' +
      'a grid worker its grids’, a community admin its community’s, a street admin escalated ones of its ' +
      'communities. The person’s name is masked; query careAlert(id:) for details.',
    subscribe: ({ context }) => {
      const { principal, events } = context as SubscriptionContext;
      if (!principal) throw unauthenticated();
      if (!principal.roles.some((r) => ALERT_SUBSCRIBERS.includes(r))) {
        throw forbidden(`This requires one of the roles: ${ALERT_SUBSCRIBERS.join(', ')}.`);
      }
      return events.subscribe<CareAlertNoticePayload>(CARE_ALERT_TOPIC, (n) => mayReceive(principal, n));
    },
  })
  careAlertNotices(@Root() notice: CareAlertNoticePayload): CareAlertNotice {
    return new CareAlertNotice(notice);
  }
}
