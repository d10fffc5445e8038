import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';

/**
 * The first response to a mutation sent with an `Idempotency-Key` header, replayed for the
 * same principal and key for IDEMPOTENCY_TTL_HOURS. Platform table keyed by principal.
 */
@Entity({ tableName: 'idempotency_record' })
@Unique({ properties: ['principalKey', 'key'] })
export class IdempotencyRecord extends BaseEntity<'response' | 'completedAt'> {
  @Property({ type: 'string', length: 80 })
  principalKey!: string;

  @Property({ type: 'string', length: 200 })
  key!: string;

  /** SHA-256 of the query and variables: the same key with another request is a CONFLICT. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'json', nullable: true })
  response?: unknown;

  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date;
}
