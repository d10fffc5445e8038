import { ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { badInput, conflict, invalidTransition, notFound } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { TenantKind } from '../tenants/tenant-kind.enum';
import { Team } from '../teams/team.entity';
import { Partnership, PartnershipStatus } from '../partners/partnership.entity';
import { loadInScope } from '../organisation/organisation.service';
import { chinaToday } from '../organisation/organisation.policy';
import { Project } from './project.entity';
import { SubProject } from './sub-project.entity';
import { SubProjectPartner, SubProjectTeam } from './sub-project-links.entity';
import { canTransition } from './project-status';
import type {
  SubProjectCreateInput,
  SubProjectListArgs,
  SubProjectPartnerAddInput,
  SubProjectScheduleSetInput,
  SubProjectTeamInput,
  SubProjectUpdateInput,
} from './sub-project.inputs';
import { assertCanWrite, tenantInScope } from './projects.policy';

/** Rejects a period that ends before it starts, naming the end field. */
export function assertPeriod(
  startsOn: string | null | undefined,
  endsOn: string | null | undefined,
  field: string,
) {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw badInput(field, `${field} must not be before the start date.`);
  }
}

export async function listSubProjects(ctx: RequestContext, args: SubProjectListArgs) {
  const conditions: FilterQuery<SubProject>[] = [];
  if (args.tenantId) conditions.push({ tenant: tenantInScope(ctx, args.tenantId, 'tenantId') });
  if (args.projectId) conditions.push({ project: fromGlobalId(args.projectId, 'Project', 'projectId') });
  if (args.status) conditions.push({ status: args.status });
  assertPeriod(args.activeFrom, args.activeTo, 'activeTo');
  // Period overlap: open ends (null) overlap everything.
  if (args.activeFrom) conditions.push({ $or: [{ endsOn: null }, { endsOn: { $gte: args.activeFrom } }] });
  if (args.activeTo) conditions.push({ $or: [{ startsOn: null }, { startsOn: { $lte: args.activeTo } }] });
  if (args.teamId) {
    const teamId = fromGlobalId(args.teamId, 'Team', 'teamId');
    const links = await ctx.em.find(SubProjectTeam, { team: teamId }, { fields: ['subProject'] });
    const supported = links.map((l) => l.subProject.id);
    conditions.push({ $or: [{ leadTeam: teamId }, { id: { $in: supported } }] });
  }
  const where: FilterQuery<SubProject> = conditions.length ? { $and: conditions } : {};
  return paginate(ctx.em, SubProject, where, args, ctx.config.limits);
}

export const getSubProject = (ctx: RequestContext, id: string) => loadInScope(ctx, SubProject, id);

/** A sub-project to change: in scope (NOT_FOUND otherwise) and writable by the caller. */
async function loadForChange(ctx: RequestContext, globalId: string, field: string) {
  const subProject = await loadInScope(ctx, SubProject, globalId, field);
  const tenant = await assertCanWrite(ctx, subProject.tenant.id);
  return { subProject, tenant };
}

/**
 * A team for a sub-project of `tenant`: in scope (NOT_FOUND otherwise), and of the same tenant
 * or, for a community, of its street (跃进's street teams lead its communities' sub-projects).
 */
async function teamFor(ctx: RequestContext, tenant: Tenant, globalId: string, field: string): Promise<Team> {
  const team = await loadInScope(ctx, Team, globalId, field);
  const ownStreet = tenant.kind === TenantKind.COMMUNITY && team.tenant.id === tenant.parent?.id;
  if (team.tenant.id !== tenant.id && !ownStreet) {
    throw badInput(field, `${field} must be a team of the sub-project’s own tenant or of its street.`);
  }
  return team;
}

export async function subProjectCreate(
  ctx: RequestContext,
  input: SubProjectCreateInput,
): Promise<SubProject> {
  const project = await loadInScope(ctx, Project, input.projectId, 'projectId');
  const tenant = await assertCanWrite(ctx, project.tenant.id);
  assertPeriod(input.startsOn, input.endsOn, 'endsOn');
  const leadTeam = input.leadTeamId ? await teamFor(ctx, tenant, input.leadTeamId, 'leadTeamId') : undefined;
  const subProject = ctx.em.create(SubProject, {
    tenant: ref(Tenant, tenant.id),
    project,
    name: input.name,
    description: input.description ?? undefined,
    status: input.status ?? undefined,
    startsOn: input.startsOn ?? undefined,
    endsOn: input.endsOn ?? undefined,
    leadTeam,
  });
  await ctx.em.flush();
  return subProject;
}

export async function subProjectUpdate(
  ctx: RequestContext,
  input: SubProjectUpdateInput,
): Promise<SubProject> {
  const { subProject, tenant } = await loadForChange(ctx, input.id, 'id');
  if (input.status !== undefined && !canTransition(subProject.status, input.status)) {
    throw invalidTransition('SubProject', subProject.status, `status → ${input.status}`);
  }
  const startsOn = input.startsOn !== undefined ? input.startsOn : subProject.startsOn;
  const endsOn = input.endsOn !== undefined ? input.endsOn : subProject.endsOn;
  // Name the field the caller changed, so the message points at the input it sent.
  assertPeriod(startsOn, endsOn, input.endsOn !== undefined ? 'endsOn' : 'startsOn');
  if (input.leadTeamId !== undefined) {
    subProject.leadTeam = input.leadTeamId
      ? ref(await teamFor(ctx, tenant, input.leadTeamId, 'leadTeamId'))
      : undefined;
  }
  if (input.name !== undefined) subProject.name = input.name;
  if (input.description !== undefined) subProject.description = input.description ?? undefined;
  if (input.status !== undefined) subProject.status = input.status;
  subProject.startsOn = startsOn ?? undefined;
  subProject.endsOn = endsOn ?? undefined;
  await ctx.em.flush();
  return subProject;
}

export async function subProjectTeamAdd(
  ctx: RequestContext,
  input: SubProjectTeamInput,
): Promise<SubProject> {
  const { subProject, tenant } = await loadForChange(ctx, input.subProjectId, 'subProjectId');
  const team = await teamFor(ctx, tenant, input.teamId, 'teamId');
  if ((await ctx.em.count(SubProjectTeam, { subProject, team })) > 0) {
    throw conflict(`${team.name} already supports this sub-project.`);
  }
  ctx.em.create(SubProjectTeam, { tenant: ref(Tenant, tenant.id), subProject, team });
  await ctx.em.flush();
  return subProject;
}

export async function subProjectTeamRemove(
  ctx: RequestContext,
  input: SubProjectTeamInput,
): Promise<SubProject> {
  const { subProject } = await loadForChange(ctx, input.subProjectId, 'subProjectId');
  const teamId = fromGlobalId(input.teamId, 'Team', 'teamId');
  const link = await ctx.em.findOne(SubProjectTeam, { subProject, team: teamId });
  if (!link) throw notFound('Supporting team', input.teamId);
  ctx.em.remove(link);
  await ctx.em.flush();
  return subProject;
}

/** A partner joins through an ACTIVE, unexpired partnership of the sub-project's own tenant. */
export async function subProjectPartnerAdd(
  ctx: RequestContext,
  input: SubProjectPartnerAddInput,
): Promise<SubProjectPartner> {
  const { subProject, tenant } = await loadForChange(ctx, input.subProjectId, 'subProjectId');
  const partnership = await loadInScope(ctx, Partnership, input.partnershipId, 'partnershipId');
  if (partnership.tenant.id !== tenant.id) {
    throw badInput('partnershipId', 'partnershipId must be a partnership of the sub-project’s own tenant.');
  }
  const expired =
    partnership.endsOn !== undefined && partnership.endsOn !== null && partnership.endsOn < chinaToday();
  if (partnership.status !== PartnershipStatus.ACTIVE || expired) {
    throw badInput('partnershipId', 'partnershipId must be an active partnership (共建协议).');
  }
  if ((await ctx.em.count(SubProjectPartner, { subProject, partnership })) > 0) {
    throw conflict('This partner already supports this sub-project.');
  }
  const link = ctx.em.create(SubProjectPartner, {
    tenant: ref(Tenant, tenant.id),
    subProject,
    partnership,
    contribution: input.contribution ?? undefined,
  });
  await ctx.em.flush();
  return link;
}

export async function subProjectScheduleSet(
  ctx: RequestContext,
  input: SubProjectScheduleSetInput,
): Promise<SubProject> {
  const { subProject } = await loadForChange(ctx, input.subProjectId, 'subProjectId');
  assertPeriod(input.startsOn, input.endsOn, 'endsOn');
  subProject.scheduleFrequency = input.frequency;
  subProject.scheduleWeekday = input.weekday;
  subProject.scheduleStartsOn = input.startsOn;
  subProject.scheduleEndsOn = input.endsOn ?? undefined;
  subProject.scheduleServiceFields = [...input.serviceFields];
  subProject.scheduleVolunteerCount = input.volunteerCount ?? undefined;
  await ctx.em.flush();
  return subProject;
}
