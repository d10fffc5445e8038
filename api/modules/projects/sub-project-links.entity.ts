import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Team } from '../teams/team.entity';
import { Partnership } from '../partners/partnership.entity';
import { SubProject } from './sub-project.entity';

/**
 * A supporting team (协办队伍) of a sub-project. Owned by the sub-project's tenant; the team is of
 * the same tenant or, for a community sub-project, of its street (so a plain foreign key to team,
 * checked by the service).
 */
@Entity({ tableName: 'sub_project_team' })
@Unique({ properties: ['subProject', 'team'] })
export class SubProjectTeam extends TenantOwnedEntity {
  @ManyToOne(() => SubProject, { ref: true, index: true, deleteRule: 'cascade' })
  subProject!: Ref<SubProject>;

  @ManyToOne(() => Team, { ref: true, index: true })
  team!: Ref<Team>;
}

/**
 * A co-building partner (共建单位) supporting a sub-project, through its partnership (共建协议)
 * with the sub-project's own tenant: a same-tenant foreign key, so a partner joins only projects
 * of tenants it has an agreement with.
 */
@ObjectType('SubProjectPartner', {
  description:
    'A co-building partner (共建单位) supporting a sub-project, through its partnership with the tenant.',
})
@Entity({ tableName: 'sub_project_partner' })
@Unique({ properties: ['subProject', 'partnership'] })
export class SubProjectPartner extends TenantOwnedEntity<'contribution'> {
  @ManyToOne(() => SubProject, { ref: true, index: true, deleteRule: 'cascade' })
  subProject!: Ref<SubProject>;

  @ManyToOne(() => Partnership, { ref: true, index: true })
  partnership!: Ref<Partnership>;

  @Field(() => String, { nullable: true, description: 'What the partner contributes, e.g. 提供场地.' })
  @Property({ type: 'text', nullable: true })
  contribution?: string;
}
