import { Field, ID, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsDivisionCode } from '../../core/validation/decorators';
import { Role } from '../../core/auth/role.enum';
import { TenantKind } from '../tenants/tenant-kind.enum';

@InputType('TenantCreateInput', { description: 'A new node of the governance tree (开通租户).' })
export class TenantCreateInput {
  @Field(() => TenantKind, { description: 'DISTRICT (no parent), STREET (under a district) or COMMUNITY.' })
  @IsEnum(TenantKind)
  kind!: TenantKind;

  @Field(() => String, {
    description:
      "Administrative division code (行政区划代码), 12 digits. A street's starts with its district's first 6 " +
      "digits, a community's with its street's first 9.",
  })
  @IsDivisionCode()
  code!: string;

  @Field(() => String, { description: 'Short name, e.g. 绿云社区.' })
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(100)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Full name with the higher levels, e.g. 河南省郑州市二七区.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fullName?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the parent: a district for a street, a street for a community.',
  })
  @IsOptional()
  parentId?: string;
}

@InputType('ApiKeyIssueInput', { description: 'A new API key for a machine principal (签发密钥).' })
export class ApiKeyIssueInput {
  @Field(() => Role, {
    description:
      'PLATFORM_ADMIN, DISTRICT_INTEGRATOR, PARTNER, DEVICE (智能门铃) or MOBILE_PROBE (移动探头); people log in instead.',
  })
  @IsEnum(Role)
  role!: Role;

  @Field(() => String, { description: 'What the key is for, shown in listings, e.g. 二七区大数据平台.' })
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The district (global id) of an integrator's key; the community of a device or mobile-probe key.",
  })
  @IsOptional()
  tenantId?: string;

  @Field(() => ID, { nullable: true, description: 'The partner unit (global id) of a partner key.' })
  @IsOptional()
  partnerUnitId?: string;

  @Field(() => Date, { nullable: true, description: 'When the key stops working (none: until revoked).' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date;
}

@InputType('ApiKeyRevokeInput', { description: 'The key to revoke (吊销密钥).' })
export class ApiKeyRevokeInput {
  @Field(() => ID, { description: 'Global id of the API key.' })
  id!: string;
}

@InputType('UserCreateInput', { description: 'A new user account that logs in with a password (创建账号).' })
export class UserCreateInput {
  @Field(() => String, {
    description: 'Login name: 3 to 64 letters, digits, ".", "_", "-" or "@"; stored in lower case.',
  })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/, {
    message:
      'username must be 3 to 64 letters, digits, ".", "_", "-" or "@", starting with a letter or digit',
  })
  username!: string;

  @Field(() => String, { description: 'Name shown in frontends, e.g. 张网格员.' })
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(100)
  displayName!: string;

  @Field(() => String, {
    description: 'Initial password, at least 10 characters; stored only as a scrypt hash.',
  })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters long' })
  @MaxLength(256)
  password!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The partner unit (global id) this account belongs to: it then acts as that partner.',
  })
  @IsOptional()
  partnerUnitId?: string;
}

@InputType('RoleAssignmentCreateInput', { description: 'Give a user a role at a tenant node (授权).' })
export class RoleAssignmentCreateInput {
  @Field(() => ID, { description: 'Global id of the user.' })
  userId!: string;

  @Field(() => Role, {
    description:
      'STREET_ADMIN (at a street), or COMMUNITY_ADMIN, GRID_WORKER, TEAM_LEADER, RESIDENT (at a community).',
  })
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { description: 'Global id of the street or community.' })
  tenantId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: "Grid workers only: global ids of the grids (网格) they serve, all of this community's.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  gridIds?: string[];
}

@InputType('RoleAssignmentRevokeInput', { description: 'The role assignment to withdraw.' })
export class RoleAssignmentRevokeInput {
  @Field(() => ID, { description: 'Global id of the role assignment.' })
  id!: string;
}

// The operator CLI validates `register-partner` with the partners module's input class.
export { PartnerUnitRegisterInput } from '../partners/partners.inputs';
