import { Args, ArgsType, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { RequestContext } from '../../app/context';
import { Role } from '../auth/role.enum';
import { Connection, PageArgs } from '../graphql/connection';
import { AuditRecord } from './audit-record.entity';
import { auditLog, myPersonalDataReads } from './audit.service';

@ObjectType('AuditRecordConnection', { description: 'A page of audit records (个人信息查看记录).' })
export class AuditRecordConnection extends Connection(AuditRecord) {}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this community (global id of a Tenant); default: every community you administer.',
  })
  @IsOptional()
  communityId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only reads of this person’s data (global id of a Person).',
  })
  @IsOptional()
  subjectPersonId?: string;
}

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Authorized([Role.COMMUNITY_ADMIN])
  @Query(() => AuditRecordConnection, {
    description:
      'Reads of unmasked personal data in your community (个人信息查看记录), oldest first (community admin only).',
  })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: RequestContext) {
    return auditLog(ctx, args);
  }

  @Authorized([Role.RESIDENT])
  @Query(() => AuditRecordConnection, {
    description: 'Who read your own personal data, under which role and purpose, oldest first (resident).',
  })
  myPersonalDataReads(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return myPersonalDataReads(ctx, args);
  }
}
