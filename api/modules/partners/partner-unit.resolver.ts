import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { PartnerUnit } from './partner-unit.entity';
import { Partnership } from './partnership.entity';
import { PartnerUnitListArgs, PartnerUnitRegisterInput } from './partners.inputs';
import { partnershipsByPartnerUnitId } from './partners.loaders';
import { ownUnitOnly, PARTNERSHIP_READERS, PARTNERSHIP_WRITERS } from './partners.policy';
import { listPartnerUnits, partnerUnitByCreditCode, partnerUnitRegister } from './partners.service';
import { PartnerUnitConnection, PartnerUnitPayload } from './partners.types';

@Resolver(() => PartnerUnit)
export class PartnerUnitResolver {
  @Authorized(PARTNERSHIP_READERS)
  @Query(() => PartnerUnitConnection, {
    description:
      'Partner units (共建单位) with an agreement in your scope, oldest first; a partner sees its own unit.',
  })
  partnerUnits(@Args(() => PartnerUnitListArgs) args: PartnerUnitListArgs, @Ctx() ctx: RequestContext) {
    return listPartnerUnits(ctx, args);
  }

  @Authorized(PARTNERSHIP_WRITERS)
  @Query(() => PartnerUnit, {
    nullable: true,
    description:
      'A registered unit by its unified social credit code (统一社会信用代码), or null: look a unit up before ' +
      'registering it, since each is registered once for the platform.',
  })
  partnerUnitByCreditCode(
    @Arg('creditCode', () => String, { description: 'The 18-character code.' }) creditCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerUnit | null> {
    return partnerUnitByCreditCode(ctx, creditCode);
  }

  @Authorized(PARTNERSHIP_WRITERS)
  @Mutation(() => PartnerUnitPayload, {
    description:
      'Register a co-building partner unit (登记共建单位) once for the platform: the platform admin, street and ' +
      'community admins. A credit code already registered is CONFLICT (find it with partnerUnitByCreditCode).',
  })
  async partnerUnitRegister(
    @Arg('input', () => PartnerUnitRegisterInput, { description: 'The unit.' })
    input: PartnerUnitRegisterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerUnitPayload> {
    return { partnerUnit: await partnerUnitRegister(ctx, input) };
  }

  @Authorized(PARTNERSHIP_READERS)
  @FieldResolver(() => [Partnership], {
    description: "The unit's agreements (共建协议) in your scope, oldest first; other tenants' are left out.",
  })
  async partnerships(@Root() unit: PartnerUnit, @Ctx() ctx: RequestContext): Promise<Partnership[]> {
    const own = ownUnitOnly(ctx);
    if (own && own !== unit.id) return [];
    return ctx.loaders.get(partnershipsByPartnerUnitId).load(unit.id);
  }
}
