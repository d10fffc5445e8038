import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { UserAccount } from './user-account.entity';

/** A login session; the bearer token is shown once and stored as its SHA-256. */
@Entity({ tableName: 'user_session' })
export class UserSession extends BaseEntity<'revokedAt' | 'lastUsedAt'> {
  @ManyToOne(() => UserAccount, { ref: true, deleteRule: 'cascade' })
  user!: Ref<UserAccount>;

  @Property({ type: 'string', length: 64, hidden: true, unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date;
}
