import { Collection, Entity, ManyToOne, OneToMany, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { PartnerUnit } from '../../modules/partners/partner-unit.entity';
import { RoleAssignment } from './role-assignment.entity';

/** A person who logs in with a password (staff, team leaders, residents, partner staff). */
@Entity({ tableName: 'user_account' })
export class UserAccount extends BaseEntity<'personId' | 'partnerUnit' | 'disabledAt'> {
  @Unique()
  @Property({ type: 'string', length: 64 })
  username!: string;

  @Property({ type: 'string', length: 100 })
  displayName!: string;

  /** scrypt hash in PHC-like form; never exposed. */
  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  /** The person record this account belongs to (tenant-owned, so held as a plain id). */
  @Property({ type: 'uuid', nullable: true })
  personId?: string;

  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true })
  partnerUnit?: Ref<PartnerUnit>;

  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date;

  @OneToMany(() => RoleAssignment, (r) => r.user)
  roleAssignments = new Collection<RoleAssignment>(this);
}
