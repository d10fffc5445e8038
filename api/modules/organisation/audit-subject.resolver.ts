import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { AuditRecord } from '../../core/privacy/audit-record.entity';
import { Person } from './person.entity';
import { personById } from './organisation.loaders';

/**
 * The person an audit record is about. Declared here, not in core/privacy, because people are
 * this module's: the privacy core knows only a subject id.
 */
@Resolver(() => AuditRecord)
export class AuditSubjectResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person whose data was read (masked unless revealed), if the value was about a person.',
  })
  async subject(@Root() record: AuditRecord, @Ctx() ctx: RequestContext): Promise<Person | null> {
    if (!record.subjectPersonId) return null;
    return ctx.loaders.get(personById).load(record.subjectPersonId);
  }
}
