import { ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { paginate } from '../../core/graphql/connection';
import { fromGlobalId } from '../../core/graphql/global-id';
import { badInput } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { TenantKind } from '../tenants/tenant-kind.enum';
import { loadInScope } from '../organisation/organisation.service';
import { Programme } from './programme.entity';
import { Project } from './project.entity';
import type {
  ProgrammeCreateInput,
  ProgrammeListArgs,
  ProjectCreateInput,
  ProjectListArgs,
} from './programme.inputs';
import { assertCanWrite, programmeOwner, tenantInScope, tenantOf } from './projects.policy';

export async function listProgrammes(ctx: RequestContext, args: ProgrammeListArgs) {
  const where: FilterQuery<Programme> = {};
  if (args.tenantId) where.tenant = tenantInScope(ctx, args.tenantId, 'tenantId');
  if (args.status) where.status = args.status;
  return paginate(ctx.em, Programme, where, args, ctx.config.limits);
}

export async function listProjects(ctx: RequestContext, args: ProjectListArgs) {
  const where: FilterQuery<Project> = {};
  if (args.tenantId) where.tenant = tenantInScope(ctx, args.tenantId, 'tenantId');
  if (args.programmeId) where.programme = fromGlobalId(args.programmeId, 'Programme', 'programmeId');
  if (args.status) where.status = args.status;
  return paginate(ctx.em, Project, where, args, ctx.config.limits);
}

export const getProgramme = (ctx: RequestContext, id: string) => loadInScope(ctx, Programme, id);
export const getProject = (ctx: RequestContext, id: string) => loadInScope(ctx, Project, id);

export async function programmeCreate(ctx: RequestContext, input: ProgrammeCreateInput): Promise<Programme> {
  const owner = await programmeOwner(ctx, input.tenantId);
  const programme = ctx.em.create(Programme, {
    tenant: ref(Tenant, owner.id),
    name: input.name,
    description: input.description ?? undefined,
    status: input.status ?? undefined,
  });
  await ctx.em.flush();
  return programme;
}

/**
 * A project belongs to its programme's tenant, or to a community directly under the programme's
 * street. The caller must be allowed to write both the programme's tenant (it places the project
 * there) and the project's: for a community project in a street programme that is the street
 * admin, the only one who sees both rows.
 */
export async function projectCreate(ctx: RequestContext, input: ProjectCreateInput): Promise<Project> {
  const programme = await loadInScope(ctx, Programme, input.programmeId, 'programmeId');
  const ownerId = input.tenantId ? tenantInScope(ctx, input.tenantId, 'tenantId') : programme.tenant.id;
  if (ownerId !== programme.tenant.id) {
    const owner = await tenantOf(ctx, ownerId);
    if (owner.kind !== TenantKind.COMMUNITY || owner.parent?.id !== programme.tenant.id) {
      throw badInput(
        'tenantId',
        'tenantId must be the programme’s own tenant or a community of the programme’s street.',
      );
    }
  }
  await assertCanWrite(ctx, programme.tenant.id);
  await assertCanWrite(ctx, ownerId);
  const project = ctx.em.create(Project, {
    tenant: ref(Tenant, ownerId),
    programme,
    name: input.name,
    description: input.description ?? undefined,
    status: input.status ?? undefined,
  });
  await ctx.em.flush();
  return project;
}
