import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../app/context';
import { UserAccount } from '../auth/user-account.entity';
import { Role } from '../auth/role.enum';
import { forbidden, notFound, unauthenticated } from '../errors/domain-error';
import { paginate, type ConnectionShape, type PageArgs } from '../graphql/connection';
import { fromGlobalId } from '../graphql/global-id';
import { AuditRecord } from './audit-record.entity';

export interface AuditLogFilter {
  communityId?: string;
  subjectPersonId?: string;
}

/**
 * The audit log of the communities the caller administers (社区两委): who revealed which
 * personal value, when, under which role and purpose. A street admin or integrator reads none:
 * the log is the owning community's, as the data is.
 */
export async function auditLog(
  ctx: RequestContext,
  args: PageArgs & AuditLogFilter,
): Promise<ConnectionShape<AuditRecord>> {
  const principal = ctx.principal;
  if (!principal) throw unauthenticated();
  const administered = principal.grants
    .filter((g) => g.role === Role.COMMUNITY_ADMIN && g.tenantId)
    .map((g) => g.tenantId as string);
  let tenants = administered;
  if (args.communityId) {
    const id = fromGlobalId(args.communityId, 'Tenant', 'communityId');
    if (!principal.tenantIds.includes(id)) throw notFound('Tenant', args.communityId);
    if (!administered.includes(id)) throw forbidden("Only the community's own admin may read its audit log.");
    tenants = [id];
  }
  if (tenants.length === 0) throw forbidden("Only a community's own admin may read its audit log.");
  const where: FilterQuery<AuditRecord> = { tenant: { $in: tenants } };
  if (args.subjectPersonId) {
    where.subjectPersonId = fromGlobalId(args.subjectPersonId, 'Person', 'subjectPersonId');
  }
  return paginate(ctx.em, AuditRecord, where, args, ctx.config.limits);
}

/**
 * Who read a resident's own personal data: the audit records about the person linked to the
 * caller's user account. An account without a linked person has read nothing to report.
 */
export async function myPersonalDataReads(
  ctx: RequestContext,
  args: PageArgs,
): Promise<ConnectionShape<AuditRecord>> {
  const principal = ctx.principal;
  if (!principal) throw unauthenticated();
  const account =
    principal.kind === 'USER'
      ? await ctx.em.findOne(UserAccount, { id: principal.id }, { fields: ['personId'] })
      : null;
  const where: FilterQuery<AuditRecord> = account?.personId
    ? { subjectPersonId: account.personId, tenant: { $in: principal.tenantIds } }
    : { id: null };
  return paginate(ctx.em, AuditRecord, where, args, ctx.config.limits);
}
