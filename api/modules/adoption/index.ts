import { registerNode } from '../../core/graphql/node-registry';
import { Adoption } from './adoption.entity';
import { Pledge } from './pledge.entity';
import { SupportRecord } from './support-record.entity';
import { SupportFollowUp } from './support-follow-up.entity';
import {
  AdoptedHouseholdResolver,
  AdoptionResolver,
  HouseholdAdoptionFieldsResolver,
  PledgeResolver,
  SupportFollowUpFieldsResolver,
  SupportRecordResolver,
  TenantSupportSummaryResolver,
} from './adoption.resolver';
import { SupportFollowUpResolver } from './support.resolver';
import { ADOPTION_READERS, FOLLOW_UP_STAFF, principalOf, readableAdoptions } from './adoption.policy';
import { findAdoption } from './adoption.service';
import { readableFiles } from '../households';

export { Adoption, Pledge, SupportRecord, SupportFollowUp };
export * from './adoption.enums';
export * from './pledge-schedule';

export const adoptionEntities = [Adoption, Pledge, SupportRecord, SupportFollowUp];
export const adoptionResolvers = [
  AdoptionResolver,
  AdoptedHouseholdResolver,
  PledgeResolver,
  SupportRecordResolver,
  SupportFollowUpResolver,
  SupportFollowUpFieldsResolver,
  HouseholdAdoptionFieldsResolver,
  TenantSupportSummaryResolver,
];

// node(id:) obeys the same rules as the queries: rows of adoptions the caller reads.
registerNode('Adoption', { readers: ADOPTION_READERS, load: (ctx, id) => findAdoption(ctx, id) });
registerNode('Pledge', {
  readers: ADOPTION_READERS,
  load: (ctx, id) => ctx.em.findOne(Pledge, { id, adoption: readableAdoptions(principalOf(ctx)) }),
});
registerNode('SupportRecord', {
  readers: ADOPTION_READERS,
  load: (ctx, id) =>
    ctx.em.findOne(SupportRecord, { id, pledge: { adoption: readableAdoptions(principalOf(ctx)) } }),
});
registerNode('SupportFollowUp', {
  readers: FOLLOW_UP_STAFF,
  load: (ctx, id) => ctx.em.findOne(SupportFollowUp, { id, household: readableFiles(principalOf(ctx)) }),
});
