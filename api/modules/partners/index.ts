import { registerNode } from '../../core/graphql/node-registry';
import { PartnerUnit } from './partner-unit.entity';
import { Partnership, PartnershipStatus } from './partnership.entity';
import { PartnerUnitResolver } from './partner-unit.resolver';
import { PartnershipResolver, TenantPartnershipsResolver } from './partnership.resolver';
import { PARTNER_UNIT_READERS, PARTNERSHIP_READERS } from './partners.policy';
import { findPartnership, findPartnerUnit } from './partners.service';

export { PartnerUnit, Partnership, PartnershipStatus };
export { Commitment, PartnerUnitKind } from './partners.enums';
export * from './partners.loaders';
export { registerPartnerUnit, findPartnerUnitByCode } from './partners.service';

export const partnerEntities = [PartnerUnit, Partnership];
export const partnerResolvers = [PartnerUnitResolver, PartnershipResolver, TenantPartnershipsResolver];

// node(id:) refetches as the type's own queries would show it.
registerNode('PartnerUnit', { readers: PARTNER_UNIT_READERS, load: (ctx, id) => findPartnerUnit(ctx, id) });
registerNode('Partnership', { readers: PARTNERSHIP_READERS, load: (ctx, id) => findPartnership(ctx, id) });
