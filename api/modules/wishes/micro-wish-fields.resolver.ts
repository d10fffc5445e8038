import { Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../app/context';
import type { Role } from '../../core/auth/role.enum';
import { notFound } from '../../core/errors/domain-error';
import { PersonalDataKind } from '../../core/privacy/masking';
import { protect, Sensitive } from '../../core/privacy/sensitive';
import { Person } from '../organisation/person.entity';
import { personById } from '../organisation/organisation.loaders';
import { PEOPLE_READERS, chinaToday } from '../organisation/organisation.policy';
import { PartnerUnit } from '../partners/partner-unit.entity';
import { partnerUnitById } from '../partners/partners.loaders';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { MicroWish } from './micro-wish.entity';
import { WishEvent } from './wish-event.entity';
import { ClaimantKind, MicroWishStatus, WishAction } from './wish.enums';
import { eventsByWishId } from './wish.loaders';
import { capacitiesOf, PERSONAL_ACTOR_ROLES } from './wish.policy';
import { availableActions as actionsOpenTo, effectiveStatus } from './wish.workflow';

/**
 * An account's name where it may be a private individual's (a resident's account): masked like
 * any personal name, plain only for the community's staff with @reveal (and then audited).
 */
export function accountName(
  name: string | null | undefined,
  role: Role | null | undefined,
  row: { id: string; tenant: { id: string } },
  ctx: RequestContext,
  info: GraphQLResolveInfo,
): string | null {
  if (!name) return null;
  if (!role || !PERSONAL_ACTOR_ROLES.includes(role)) return name;
  return protect(PersonalDataKind.NAME, name, row, ctx, info) as string;
}

export async function communityOf(ctx: RequestContext, tenantId: string): Promise<Tenant> {
  const tenant = await ctx.loaders.get(tenantById).load(tenantId);
  if (!tenant) throw notFound('Tenant', tenantId);
  return tenant;
}

/** Fields of a micro-wish that are read through loaders or derived (no N+1). */
@Resolver(() => MicroWish)
export class MicroWishFieldsResolver {
  @FieldResolver(() => MicroWishStatus, {
    description: 'Where the wish stands today: EXPIRED for an unclaimed wish past its expiry date.',
  })
  status(@Root() wish: MicroWish): MicroWishStatus {
    return effectiveStatus(wish, chinaToday());
  }

  @FieldResolver(() => Tenant, { description: 'The community (社区) the wish belongs to.' })
  community(@Root() wish: MicroWish, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return communityOf(ctx, wish.tenant.id);
  }

  @Sensitive(PersonalDataKind.NAME)
  @FieldResolver(() => String, {
    nullable: true,
    description: "The resident's name (心愿人). Masked as 王** unless the community's staff reveal it.",
  })
  async posterName(@Root() wish: MicroWish, @Ctx() ctx: RequestContext): Promise<string | null> {
    const person = await ctx.loaders.get(personById).load(wish.poster.id);
    return person?.name ?? null;
  }

  @Authorized(PEOPLE_READERS)
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The resident whose wish it is (staff and integrators; masked unless revealed).',
  })
  poster(@Root() wish: MicroWish, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.get(personById).load(wish.poster.id);
  }

  @FieldResolver(() => ClaimantKind, {
    nullable: true,
    description: 'Who holds the claim; null while unclaimed.',
  })
  claimantKind(@Root() wish: MicroWish): ClaimantKind | null {
    if (wish.claimantPartnerUnit) return ClaimantKind.PARTNER_UNIT;
    return wish.claimantPerson ? ClaimantKind.PERSON : null;
  }

  @FieldResolver(() => PartnerUnit, {
    nullable: true,
    description: 'The partner unit (共建单位) that claimed it.',
  })
  claimantPartnerUnit(
    @Root() wish: MicroWish,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerUnit | null> | null {
    return wish.claimantPartnerUnit
      ? ctx.loaders.get(partnerUnitById).load(wish.claimantPartnerUnit.id)
      : null;
  }

  @Authorized(PEOPLE_READERS)
  @FieldResolver(() => Person, {
    nullable: true,
    description:
      'The volunteer or party member who claimed it (staff and integrators; masked unless revealed).',
  })
  claimantPerson(@Root() wish: MicroWish, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return wish.claimantPerson ? ctx.loaders.get(personById).load(wish.claimantPerson.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Who recorded the delivery (送达人): a partner’s or staff account’s name; a resident’s is masked unless revealed.',
  })
  deliveredByName(
    @Root() wish: MicroWish,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): string | null {
    // The wish's audit subject is its poster; the deliverer's name is someone else's.
    const row = { id: wish.id, tenant: wish.tenant };
    return accountName(wish.deliveredByName, wish.deliveredByRole, row, ctx, info);
  }

  @FieldResolver(() => [WishEvent], {
    description: 'The wish’s history (心愿记录), in the order it happened.',
  })
  events(@Root() wish: MicroWish, @Ctx() ctx: RequestContext): Promise<WishEvent[]> {
    return ctx.loaders.get(eventsByWishId).load(wish.id);
  }

  @FieldResolver(() => [WishAction], { description: 'The steps you may take on this wish now.' })
  availableActions(@Root() wish: MicroWish, @Ctx() ctx: RequestContext): WishAction[] {
    if (!ctx.principal) return [];
    return actionsOpenTo(effectiveStatus(wish, chinaToday()), capacitiesOf(ctx.principal, wish));
  }
}

@Resolver(() => WishEvent)
export class WishEventResolver {
  @FieldResolver(() => String, {
    description:
      'Who took the step: a staff or partner account’s name; a resident’s is masked unless revealed.',
  })
  actorName(@Root() event: WishEvent, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): string {
    return accountName(event.actorName, event.actorRole, event, ctx, info) ?? '';
  }
}
