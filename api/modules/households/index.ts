import type { FilterQuery } from '@mikro-orm/postgresql';
import { registerNode } from '../../core/graphql/node-registry';
import type { RequestContext } from '../../app/context';
import { HouseholdFile } from './household-file.entity';
import { HouseholdMember } from './household-member.entity';
import { HouseholdEvent } from './household-event.entity';
import { HouseholdObjection } from './household-objection.entity';
import { HouseholdResolver } from './household.resolver';
import { HouseholdMemberResolver } from './household-member.resolver';
import { HouseholdObjectionResolver } from './household-objection.resolver';
import {
  HouseholdNoticeResolver,
  HouseholdStatsResolver,
  PublishedHouseholdResolver,
} from './household-views.resolver';
import { FILE_READERS, FILE_STAFF, principalOf, readableFiles } from './household.policy';
import { findReadable } from './household.service';
import './household-notice.job';

export { HouseholdEvent, HouseholdFile, HouseholdMember, HouseholdObjection };
export * from './household.enums';
export * from './household.loaders';
// The adoption module's extension points: lock a file, take ADOPT / START_SUPPORT / END_ADOPTION.
export {
  actorOf,
  applyHouseholdTransition,
  lockHousehold,
  recordHouseholdFinding,
  SYSTEM,
  type HouseholdActor,
  type HouseholdFindingUpdate,
} from './household-transition';
export { partnerMayReadFully, readableFiles, staffRoleFor } from './household.policy';
export { HOUSEHOLD_WORKFLOW, stepFor, nextStatus } from './household.workflow';

export const householdEntities = [HouseholdFile, HouseholdMember, HouseholdEvent, HouseholdObjection];
export const householdResolvers = [
  HouseholdResolver,
  HouseholdMemberResolver,
  HouseholdObjectionResolver,
  HouseholdNoticeResolver,
  PublishedHouseholdResolver,
  HouseholdStatsResolver,
];

/** A row hanging off a file the caller may read (node(id:) obeys the same rule as the file). */
const ofReadableFile =
  <T extends object>(entity: new () => T) =>
  (ctx: RequestContext, id: string) =>
    ctx.em.findOne(entity, { id, household: readableFiles(principalOf(ctx)) } as unknown as FilterQuery<T>);

registerNode('HouseholdFile', { readers: FILE_READERS, load: (ctx, id) => findReadable(ctx, id) });
registerNode('HouseholdMember', { readers: FILE_READERS, load: ofReadableFile(HouseholdMember) });
registerNode('HouseholdEvent', { readers: FILE_READERS, load: ofReadableFile(HouseholdEvent) });
registerNode('HouseholdObjection', { readers: FILE_STAFF, load: ofReadableFile(HouseholdObjection) });
