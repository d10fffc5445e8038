import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/connection';
import { Tenant } from '../tenants/tenant.entity';
import { PartnerUnit } from './partner-unit.entity';
import { Partnership } from './partnership.entity';

@ObjectType('PartnerUnitConnection', { description: 'A page of co-building partner units.' })
export class PartnerUnitConnection extends Connection(PartnerUnit) {}

@ObjectType('PartnershipConnection', { description: 'A page of co-building agreements.' })
export class PartnershipConnection extends Connection(Partnership) {}

@ObjectType('PartnerUnitPayload', { description: 'The partner unit registered.' })
export class PartnerUnitPayload {
  @Field(() => PartnerUnit, { description: 'The unit.' })
  partnerUnit!: PartnerUnit;
}

@ObjectType('PartnershipPayload', { description: 'The co-building agreement changed.' })
export class PartnershipPayload {
  @Field(() => Partnership, { description: 'The agreement.' })
  partnership!: Partnership;

  @Field(() => Tenant, { description: 'The tenant it is with.' })
  tenant!: Tenant;

  @Field(() => PartnerUnit, { description: 'The partner unit.' })
  partnerUnit!: PartnerUnit;
}
