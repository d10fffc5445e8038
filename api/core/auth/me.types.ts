import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role.enum';
import { Tenant } from '../../modules/tenants/tenant.entity';

@ObjectType('RoleGrant', { description: 'A role held at a tenant node.' })
export class RoleGrantView {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => Tenant, {
    nullable: true,
    description: 'Where the role applies (null: platform-wide or partner).',
  })
  tenant!: Tenant | null;

  @Field(() => [ID], { description: 'Global ids of the grids a grid worker serves.' })
  gridIds!: string[];
}

@ObjectType('Me', { description: 'The calling principal, its roles and its scope.' })
export class Me {
  @Field(() => String, { description: 'API_KEY or USER.' })
  kind!: string;

  @Field(() => String, { description: 'Name of the key or display name of the user.' })
  name!: string;

  @Field(() => [Role], { description: 'Roles held.' })
  roles!: Role[];

  @Field(() => [RoleGrantView], { description: 'Where each role applies.' })
  grants!: RoleGrantView[];

  @Field(() => [Tenant], { description: 'Every tenant this principal may read (its scope).' })
  scope!: Tenant[];

  @Field(() => ID, { nullable: true, description: 'Global id of the partner unit, for partner principals.' })
  partnerUnitId!: string | null;
}
