import { ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { badInput, conflict, notFound } from '../../core/errors/domain-error';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { residentIdBirthDate } from '../../core/validation/identifiers';
import { Tenant } from '../tenants/tenant.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { assertNotFuture, communityFilter } from '../organisation/organisation.policy';
import { loadInScope, loadReferenced } from '../organisation/organisation.service';
import { HouseholdFile } from './household-file.entity';
import { HouseholdMember } from './household-member.entity';
import { HouseholdEvent } from './household-event.entity';
import { HouseholdAction, HouseholdCategory, HouseholdRelation } from './household.enums';
import { illegalStep } from './household.errors';
import type {
  HouseholdCreateInput,
  HouseholdListArgs,
  HouseholdMemberInput,
  HouseholdUpdateInput,
} from './household.inputs';
import { assertMayWriteIn, principalOf, readableFiles } from './household.policy';
import { actorOf, lockHousehold } from './household-transition';
import { EDITABLE_STATES } from './household.workflow';

export async function listHouseholds(ctx: RequestContext, args: HouseholdListArgs) {
  const where: FilterQuery<HouseholdFile>[] = [readableFiles(principalOf(ctx))];
  const community = communityFilter(ctx, args.communityId);
  if (community) where.push({ tenant: community });
  if (args.status) where.push({ status: args.status });
  if (args.category) where.push({ categories: { $contains: [args.category] } });
  return paginate(ctx.em, HouseholdFile, { $and: where }, args, ctx.config.limits);
}

/** A file the caller may read (community staff of its grid, or the subtree's street/integrator). */
export async function getHousehold(ctx: RequestContext, globalId: string): Promise<HouseholdFile> {
  const id = fromGlobalId(globalId, 'HouseholdFile');
  const file = await findReadable(ctx, id);
  if (!file) throw notFound('HouseholdFile', globalId);
  return file;
}

export const findReadable = (ctx: RequestContext, id: string) =>
  ctx.em.findOne(HouseholdFile, { $and: [{ id }, readableFiles(principalOf(ctx))] });

/** DISABILITY comes with its grade, and a grade only with DISABILITY. */
function assertCategories(categories: HouseholdCategory[], grade: number | null | undefined) {
  const disabled = categories.includes(HouseholdCategory.DISABILITY);
  if (disabled && (grade === null || grade === undefined)) {
    throw badInput(
      'disabilityGrade',
      'disabilityGrade (残疾等级, 1–4) is required with the category DISABILITY.',
    );
  }
  if (!disabled && grade !== null && grade !== undefined) {
    throw badInput('disabilityGrade', 'disabilityGrade is only recorded with the category DISABILITY.');
  }
}

interface ResolvedMember {
  person: Person;
  relation: HouseholdRelation;
}

/**
 * The members as people of the community: exactly one head, nobody twice, every birth date
 * given valid (not in the future, the ID number's when there is one) and recorded on the person.
 * Every input rule is checked before anything is written.
 */
async function resolveMembers(
  ctx: RequestContext,
  communityId: string,
  members: HouseholdMemberInput[],
): Promise<ResolvedMember[]> {
  const ids = members.map((m, i) => fromGlobalId(m.personId, 'Person', `members.${i}.personId`));
  if (new Set(ids).size !== ids.length)
    throw badInput('members', 'A person is listed twice among the members.');
  if (members.filter((m) => m.relation === HouseholdRelation.HEAD).length !== 1) {
    throw badInput('members', 'Exactly one member must be the head of the household (HEAD).');
  }
  members.forEach((m, i) => assertNotFuture(`members.${i}.birthDate`, m.birthDate));
  const found = await ctx.em.find(Person, { id: { $in: ids }, tenant: communityId });
  const byId = new Map(found.map((p) => [p.id, p]));
  return members.map((m, i) => {
    const person = byId.get(ids[i]);
    if (!person)
      throw badInput(`members.${i}.personId`, `Person "${m.personId}" is not a person of this community.`);
    if (m.birthDate) {
      const encoded = person.idNumber ? residentIdBirthDate(person.idNumber) : null;
      if (encoded && encoded !== m.birthDate) {
        throw badInput(
          `members.${i}.birthDate`,
          `birthDate must be ${encoded}, the birth date in the ID number.`,
        );
      }
      person.birthDate = m.birthDate;
    }
    return { person, relation: m.relation };
  });
}

function writeMembers(ctx: RequestContext, file: HouseholdFile, members: ResolvedMember[]) {
  for (const m of members) {
    ctx.em.create(HouseholdMember, {
      tenant: file.tenant,
      household: file,
      person: m.person,
      relation: m.relation,
    });
  }
  file.head = ref(members.find((m) => m.relation === HouseholdRelation.HEAD)!.person);
}

async function assertCodeFree(ctx: RequestContext, communityId: string, code: string) {
  if ((await ctx.em.count(HouseholdFile, { tenant: communityId, code })) > 0) {
    throw conflict(`Your community already has a household file numbered "${code}".`);
  }
}

/** A micro-grid the caller keeps files for (admin of its community, or worker of its grid). */
async function writableMicroGrid(ctx: RequestContext, globalId: string) {
  const microGrid = await loadInScope(ctx, MicroGrid, globalId, 'microGridId');
  const role = assertMayWriteIn(ctx, { tenant: microGrid.tenant, grid: microGrid.grid });
  return { microGrid, role };
}

/** A new file, as a DRAFT with its CREATE event, in the micro-grid's community. */
export async function householdCreate(
  ctx: RequestContext,
  input: HouseholdCreateInput,
): Promise<HouseholdFile> {
  assertCategories(input.categories, input.disabilityGrade);
  const { microGrid, role } = await writableMicroGrid(ctx, input.microGridId);
  const communityId = microGrid.tenant.id;
  const gridWorker = await loadReferenced(ctx, Person, input.gridWorkerId, 'gridWorkerId', communityId);
  const members = await resolveMembers(ctx, communityId, input.members);
  const code = input.code.trim();
  await assertCodeFree(ctx, communityId, code);
  const file = ctx.em.create(HouseholdFile, {
    tenant: ref(Tenant, communityId),
    code,
    grid: microGrid.grid,
    microGrid,
    gridWorker,
    head: members[0].person,
    categories: input.categories,
    disabilityGrade: input.disabilityGrade ?? undefined,
    situation: input.situation ?? undefined,
    needs: input.needs.trim(),
    reasonForSupport: input.reasonForSupport.trim(),
  });
  writeMembers(ctx, file, members);
  const actor = actorOf(ctx, role);
  ctx.em.create(HouseholdEvent, {
    tenant: file.tenant,
    household: file,
    action: HouseholdAction.CREATE,
    toStatus: file.status,
    actorKind: actor.kind,
    actorId: actor.id ?? undefined,
    actorName: actor.name,
    actorRole: actor.role,
    occurredAt: new Date(),
  });
  await ctx.em.flush();
  return file;
}

/** Changes to a DRAFT or REJECTED file (afterwards the file is what was reviewed and noticed). */
export async function householdUpdate(
  ctx: RequestContext,
  input: HouseholdUpdateInput,
): Promise<HouseholdFile> {
  const file = await lockHousehold(
    ctx.em,
    fromGlobalId(input.id, 'HouseholdFile'),
    readableFiles(principalOf(ctx)),
  );
  if (!file) throw notFound('HouseholdFile', input.id);
  assertMayWriteIn(ctx, file);
  if (!EDITABLE_STATES.includes(file.status)) throw illegalStep(file.status, 'UPDATE');
  const categories = input.categories ?? file.categories;
  const grade = input.disabilityGrade !== undefined ? input.disabilityGrade : file.disabilityGrade;
  assertCategories(categories, grade);
  const communityId = file.tenant.id;
  if (input.microGridId) {
    const { microGrid } = await writableMicroGrid(ctx, input.microGridId);
    if (microGrid.tenant.id !== communityId) throw notFound('MicroGrid', input.microGridId);
    file.microGrid = ref(microGrid);
    file.grid = microGrid.grid;
  }
  if (input.gridWorkerId) {
    file.gridWorker = ref(await loadReferenced(ctx, Person, input.gridWorkerId, 'gridWorkerId', communityId));
  }
  if (input.members) {
    const members = await resolveMembers(ctx, communityId, input.members);
    await ctx.em.nativeDelete(HouseholdMember, { household: file.id });
    writeMembers(ctx, file, members);
  }
  if (input.code !== undefined && input.code.trim() !== file.code) {
    await assertCodeFree(ctx, communityId, input.code.trim());
    file.code = input.code.trim();
  }
  file.categories = categories;
  file.disabilityGrade = grade ?? undefined;
  if (input.situation !== undefined) file.situation = input.situation ?? undefined;
  if (input.needs !== undefined) file.needs = input.needs.trim();
  if (input.reasonForSupport !== undefined) file.reasonForSupport = input.reasonForSupport.trim();
  await ctx.em.flush();
  return file;
}
