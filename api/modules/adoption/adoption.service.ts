import { LockMode } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../../core/errors/domain-error';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { assertNotFuture, chinaToday, communityFilter } from '../organisation/organisation.policy';
import { Person } from '../organisation/person.entity';
import { Partnership, PartnershipStatus } from '../partners/partnership.entity';
import {
  applyHouseholdTransition,
  HouseholdAction,
  HouseholdFile,
  HouseholdMember,
  HouseholdStatus,
  lockHousehold,
  readableFiles,
  staffRoleFor,
  type HouseholdActor,
} from '../households';
import { Adoption } from './adoption.entity';
import { Pledge } from './pledge.entity';
import { SupportRecord } from './support-record.entity';
import { SupportFollowUp } from './support-follow-up.entity';
import {
  AdoptionStatus,
  FollowUpStatus,
  PledgeFrequency,
  PledgeKind,
  SupportConfirmation,
} from './adoption.enums';
import type {
  AdoptionEndInput,
  AdoptionListArgs,
  FollowUpListArgs,
  HouseholdAdoptInput,
  PledgeInput,
  SupportFollowUpResolveInput,
  SupportRecordConfirmInput,
  SupportRecordCreateInput,
} from './adoption.inputs';
import { partnerUnitOf, principalOf, readableAdoptions, supportRole } from './adoption.policy';
import { planRecurring } from './pledge-schedule';

const actor = (ctx: RequestContext, role: Role): HouseholdActor => {
  const p = principalOf(ctx);
  return { kind: p.kind, id: p.id, name: p.name, role };
};

interface PledgeRow {
  kind: PledgeKind;
  description?: string;
  amountFen?: number;
  frequency?: PledgeFrequency;
  startsOn: string;
  endsOn?: string;
  dueOn?: string;
  untilPerson?: Person;
}

/** A pledge checked against every rule (BAD_USER_INPUT naming `pledges.i.field`), not yet stored. */
async function checkPledge(ctx: RequestContext, file: HouseholdFile, input: PledgeInput, i: number) {
  const at = (field: string) => `pledges.${i}.${field}`;
  const today = chinaToday();
  const startsOn = input.startsOn ?? today;
  const description = input.description?.trim() || undefined;
  if (input.amountFen !== undefined && input.amountFen !== null) {
    if (input.kind !== PledgeKind.RECURRING_MONEY) {
      throw badInput(at('amountFen'), 'amountFen is for RECURRING_MONEY pledges only.');
    }
    if (input.amountFen <= 0) throw badInput(at('amountFen'), 'amountFen must be a positive number of fen.');
  }
  if (input.kind === PledgeKind.ONE_OFF_IN_KIND) {
    if (!description) throw badInput(at('description'), 'A pledge in kind needs a description of the item.');
    if (input.frequency || input.endsOn || input.untilMemberId) {
      throw badInput(
        at('frequency'),
        'A one-off pledge has a dueOn, not a frequency, endsOn or untilMemberId.',
      );
    }
    return { kind: input.kind, description, startsOn, dueOn: input.dueOn ?? startsOn } as PledgeRow;
  }
  if (!input.frequency) throw badInput(at('frequency'), 'A recurring pledge needs a frequency.');
  if (input.dueOn) throw badInput(at('dueOn'), 'dueOn is for one-off pledges; recurring ones use startsOn.');
  const money = input.kind === PledgeKind.RECURRING_MONEY;
  if (money) {
    if (!input.amountFen) throw badInput(at('amountFen'), 'A money pledge needs amountFen (in fen, > 0).');
    if (![PledgeFrequency.MONTHLY, PledgeFrequency.YEARLY].includes(input.frequency)) {
      throw badInput(at('frequency'), 'A money pledge is MONTHLY or YEARLY.');
    }
  } else if (!description) {
    throw badInput(at('description'), 'A service pledge needs a description of the service.');
  }
  let child: Person | undefined;
  if (input.untilMemberId) {
    const id = fromGlobalId(input.untilMemberId, 'HouseholdMember', at('untilMemberId'));
    const member = await ctx.em.findOne(
      HouseholdMember,
      { id, household: file.id },
      { populate: ['person'] },
    );
    if (!member) throw badInput(at('untilMemberId'), 'untilMemberId is not a member of this household.');
    child = member.person.getEntity();
    if (!child.birthDate) {
      throw badInput(at('untilMemberId'), 'This member’s birth date is unknown: give endsOn instead.');
    }
  }
  const plan = planRecurring(
    {
      startsOn,
      frequency: input.frequency,
      endsOn: input.endsOn ?? null,
      childBirthDate: child?.birthDate ? String(child.birthDate).slice(0, 10) : null,
      requiresEnd: money,
    },
    today,
  );
  if (!plan.ok) throw badInput(at(plan.problem.field), plan.problem.message);
  return {
    kind: input.kind,
    description,
    amountFen: money ? input.amountFen : undefined,
    frequency: input.frequency,
    startsOn,
    endsOn: plan.endsOn ?? undefined,
    untilPerson: child,
  } as PledgeRow;
}

/**
 * Adopts a published household (认领) with its pledges, in one transaction with the file row
 * locked: of two partners adopting at once, the second waits for the first's commit and then
 * finds the file ADOPTED, which is a CONFLICT ("already adopted"), not an illegal step. Any
 * other state (not published yet, withdrawn, closed) is INVALID_TRANSITION naming it.
 */
export async function householdAdopt(ctx: RequestContext, input: HouseholdAdoptInput) {
  const unitId = partnerUnitOf(ctx);
  const p = principalOf(ctx);
  const id = fromGlobalId(input.householdId, 'HouseholdFile', 'householdId');
  const file = await lockHousehold(ctx.em, id, { tenant: { $in: p.tenantIds } });
  if (!file) throw notFound('HouseholdFile', input.householdId);
  const partnership = await ctx.em.findOne(Partnership, {
    tenant: file.tenant.id,
    partnerUnit: unitId,
    status: PartnershipStatus.ACTIVE,
  });
  if (!partnership) throw notFound('HouseholdFile', input.householdId);
  if (file.status === HouseholdStatus.ADOPTED || file.status === HouseholdStatus.SUPPORT_UNDER_WAY) {
    throw conflict(`This household has already been adopted (已被认领); it is ${file.status}.`);
  }
  const pledges = [];
  for (const [i, pledge] of input.pledges.entries()) pledges.push(await checkPledge(ctx, file, pledge, i));
  const event = applyHouseholdTransition(
    ctx.em,
    file,
    HouseholdAction.ADOPT,
    actor(ctx, Role.PARTNER),
    input.note,
  );
  const adoption = ctx.em.create(Adoption, {
    tenant: file.tenant,
    household: file,
    partnerUnit: unitId,
    partnership,
    adoptedAt: new Date(),
    adoptedByName: p.name,
    note: input.note?.trim() || undefined,
  });
  // Listed in the order given: one millisecond apart, as lists order by (createdAt, id).
  const now = Date.now();
  pledges.forEach((row, i) =>
    ctx.em.create(Pledge, { ...row, tenant: file.tenant, adoption, createdAt: new Date(now + i) }),
  );
  await ctx.em.flush();
  return { adoption, event };
}

/** An adoption the caller reads, by global id (NOT_FOUND otherwise, whoever's it is). */
export async function findAdoption(ctx: RequestContext, id: string): Promise<Adoption | null> {
  return ctx.em.findOne(Adoption, { $and: [{ id }, readableAdoptions(principalOf(ctx))] });
}

/** Ends an adoption: by its unit, or by the community admin; the household is published again. */
export async function adoptionEnd(ctx: RequestContext, input: AdoptionEndInput) {
  const found = await findAdoption(ctx, fromGlobalId(input.id, 'Adoption'));
  if (!found) throw notFound('Adoption', input.id);
  const file = await lockHousehold(ctx.em, found.household.id);
  if (!file) throw notFound('Adoption', input.id);
  const adoption = await ctx.em.findOneOrFail(Adoption, { id: found.id }, { refresh: true });
  const p = principalOf(ctx);
  const role =
    p.partnerUnitId === adoption.partnerUnit.id && p.roles.includes(Role.PARTNER)
      ? Role.PARTNER
      : staffRoleFor(p, file) === Role.COMMUNITY_ADMIN
        ? Role.COMMUNITY_ADMIN
        : null;
  if (!role) throw forbidden('Only the adopting partner or the community admin may end this adoption.');
  if (adoption.status !== AdoptionStatus.ACTIVE)
    throw invalidTransition('The adoption', adoption.status, 'END');
  const event = applyHouseholdTransition(
    ctx.em,
    file,
    HouseholdAction.END_ADOPTION,
    actor(ctx, role),
    input.reason,
  );
  adoption.status = AdoptionStatus.ENDED;
  adoption.endedAt = new Date();
  adoption.endReason = input.reason.trim();
  await ctx.em.flush();
  return { adoption, event };
}

/**
 * Records a delivery on a pledge: the adopting unit or the community's staff, while the
 * adoption lasts. Someone else's pledge is NOT_FOUND (a partner cannot probe others' pledges).
 * The first delivery starts the support (ADOPTED → SUPPORT_UNDER_WAY) in the same transaction.
 */
export async function supportRecordCreate(ctx: RequestContext, input: SupportRecordCreateInput) {
  const pledge = await ctx.em.findOne(Pledge, {
    id: fromGlobalId(input.pledgeId, 'Pledge', 'pledgeId'),
    adoption: readableAdoptions(principalOf(ctx)),
  });
  if (!pledge) throw notFound('Pledge', input.pledgeId);
  const adoption = await ctx.em.findOneOrFail(Adoption, { id: pledge.adoption.id });
  const file = await lockHousehold(ctx.em, adoption.household.id);
  if (!file) throw notFound('Pledge', input.pledgeId);
  const role = supportRole(ctx, adoption, file);
  if (!role)
    throw forbidden('Only the adopting partner or the household’s community staff may record support.');
  await ctx.em.refresh(adoption);
  if (adoption.status !== AdoptionStatus.ACTIVE)
    throw invalidTransition('The adoption', adoption.status, 'RECORD');
  assertNotFuture('deliveredOn', input.deliveredOn);
  const money = pledge.kind === PledgeKind.RECURRING_MONEY;
  if (money && !input.amountFen) throw badInput('amountFen', 'A delivery on a money pledge needs amountFen.');
  if (!money && input.amountFen) throw badInput('amountFen', 'amountFen is for money pledges only.');
  if (input.amountFen !== undefined && input.amountFen !== null && input.amountFen <= 0) {
    throw badInput('amountFen', 'amountFen must be a positive number of fen.');
  }
  if (file.status === HouseholdStatus.ADOPTED) {
    applyHouseholdTransition(
      ctx.em,
      file,
      HouseholdAction.START_SUPPORT,
      actor(ctx, role),
      'First delivery recorded.',
    );
  }
  const p = principalOf(ctx);
  const record = ctx.em.create(SupportRecord, {
    tenant: pledge.tenant,
    pledge,
    deliveredOn: input.deliveredOn,
    amountFen: input.amountFen ?? undefined,
    item: input.item?.trim() || (money ? undefined : pledge.description),
    evidenceNote: input.evidenceNote?.trim() || undefined,
    recordedByKind: p.kind,
    recordedById: p.id,
    recordedByName: p.name,
    recordedByRole: role,
  });
  await ctx.em.flush();
  return { supportRecord: record, followUp: null };
}

/**
 * Confirms a delivery with the household (入户核实): the grid worker of the file's grid or the
 * community admin, once per record (the row is locked; a second confirmation is
 * INVALID_TRANSITION). A discrepancy opens a follow-up for the community.
 */
export async function supportRecordConfirm(ctx: RequestContext, input: SupportRecordConfirmInput) {
  const p = principalOf(ctx);
  const record = await ctx.em.findOne(
    SupportRecord,
    { id: fromGlobalId(input.id, 'SupportRecord'), tenant: { $in: p.tenantIds } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!record) throw notFound('SupportRecord', input.id);
  const pledge = await ctx.em.findOneOrFail(Pledge, { id: record.pledge.id });
  const adoption = await ctx.em.findOneOrFail(Adoption, { id: pledge.adoption.id });
  const file = await ctx.em.findOneOrFail(HouseholdFile, { id: adoption.household.id });
  if (!staffRoleFor(p, file)) {
    throw forbidden(
      'Only the grid worker of the household’s grid or the community admin may confirm support.',
    );
  }
  if (record.confirmation) throw invalidTransition('The support record', record.confirmation, 'CONFIRM');
  const discrepancy = input.confirmation !== SupportConfirmation.RECEIVED;
  const note = input.note?.trim() || undefined;
  if (discrepancy && !note)
    throw badInput('note', 'Say what the household reported (note) for a discrepancy.');
  record.confirmation = input.confirmation;
  record.confirmedAt = new Date();
  record.confirmedByName = p.name;
  record.confirmationNote = note;
  const followUp = discrepancy
    ? ctx.em.create(SupportFollowUp, {
        tenant: record.tenant,
        household: file,
        supportRecord: record,
        reason: input.confirmation,
        note,
      })
    : null;
  await ctx.em.flush();
  return { supportRecord: record, followUp };
}

export async function supportFollowUpResolve(ctx: RequestContext, input: SupportFollowUpResolveInput) {
  const p = principalOf(ctx);
  const followUp = await ctx.em.findOne(
    SupportFollowUp,
    { id: fromGlobalId(input.id, 'SupportFollowUp'), household: readableFiles(p) },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!followUp) throw notFound('SupportFollowUp', input.id);
  if (followUp.status !== FollowUpStatus.OPEN) {
    throw invalidTransition('The follow-up', followUp.status, 'RESOLVE');
  }
  followUp.status = FollowUpStatus.RESOLVED;
  followUp.resolvedAt = new Date();
  followUp.resolvedByName = p.name;
  followUp.resolution = input.resolution.trim();
  await ctx.em.flush();
  return { followUp };
}

export function listAdoptions(ctx: RequestContext, args: AdoptionListArgs) {
  const where: FilterQuery<Adoption>[] = [readableAdoptions(principalOf(ctx))];
  const community = communityFilter(ctx, args.communityId);
  if (community) where.push({ tenant: community });
  if (args.status) where.push({ status: args.status });
  return paginate(ctx.em, Adoption, { $and: where }, args, ctx.config.limits);
}

/** Follow-ups on files the caller keeps (the admin its community's, a grid worker its grids'). */
export function listFollowUps(ctx: RequestContext, args: FollowUpListArgs) {
  const where: FilterQuery<SupportFollowUp>[] = [{ household: readableFiles(principalOf(ctx)) }];
  const community = communityFilter(ctx, args.communityId);
  if (community) where.push({ tenant: community });
  if (args.status) where.push({ status: args.status });
  return paginate(ctx.em, SupportFollowUp, { $and: where }, args, ctx.config.limits);
}
