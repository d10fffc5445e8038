import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { IsUnifiedSocialCreditCode } from '../../core/validation/decorators';
import { PartnershipStatus } from './partnership.entity';
import { Commitment, PartnerUnitKind } from './partners.enums';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A mainland mobile (13812341234) or a landline with its area code (0371-12345678). */
const CONTACT_PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

@InputType('PartnerUnitRegisterInput', {
  description: 'A co-building partner unit (共建单位), registered once for the whole platform.',
})
export class PartnerUnitRegisterInput {
  @Field(() => String, { description: 'Registered name, e.g. 某某律师事务所.' })
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, {
    description:
      'Unified social credit code (统一社会信用代码), 18 characters with its GB 32100 check character.',
  })
  @IsUnifiedSocialCreditCode()
  creditCode!: string;

  // Required in the schema; optional here only for the operator CLI, which registers ENTERPRISE units.
  @Field(() => PartnerUnitKind, { description: 'Kind of unit (单位类型).' })
  @IsOptional()
  @IsEnum(PartnerUnitKind)
  kind?: PartnerUnitKind;

  @Field(() => String, { nullable: true, description: 'Registered business address (单位地址).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string | null;
}

@InputType('PartnershipCreateInput', { description: 'A co-building agreement (共建协议) with one tenant.' })
export class PartnershipCreateInput {
  @Field(() => ID, { description: 'Global id of the partner unit (find it with partnerUnitByCreditCode).' })
  partnerUnitId!: string;

  @Field(() => ID, {
    description:
      "Global id of the street or community it partners with: yours, or one of your street's communities.",
  })
  tenantId!: string;

  @Field(() => LocalDate, { description: 'Date signed (签订日期).' })
  @Matches(LOCAL_DATE, { message: 'signedOn must be a date (YYYY-MM-DD)' })
  signedOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'First day of the agreement; defaults to signedOn.',
  })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the agreement, if it has one.' })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn?: string | null;

  @Field(() => [Commitment], { nullable: true, description: 'Commitments (共建内容), each at most once.' })
  @IsOptional()
  @ArrayUnique({ message: 'commitments must not repeat a commitment' })
  @IsEnum(Commitment, { each: true })
  commitments?: Commitment[] | null;

  @Field(() => String, { nullable: true, description: 'Further commitments in free text (其他约定).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  commitmentNote?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Merchants (MERCHANT units) only: accepts residents' points (积分), e.g. in a 雷锋超市.",
  })
  @IsOptional()
  @IsBoolean()
  acceptsPoints?: boolean | null;

  @Field(() => String, { nullable: true, description: "The unit's contact person for this tenant (联络人)." })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'contactName must not be empty' })
  @MaxLength(50)
  contactName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact phone (联系电话): a mobile number or a landline with area code (0371-12345678).',
  })
  @IsOptional()
  @Matches(CONTACT_PHONE, { message: 'contactPhone must be a mobile number or a landline with area code' })
  contactPhone?: string | null;
}

@InputType('PartnershipEndInput', { description: 'The co-building agreement to end.' })
export class PartnershipEndInput {
  @Field(() => ID, { description: 'Global id of the partnership.' })
  id!: string;
}

@ArgsType()
export class PartnershipListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only agreements with this tenant (in your scope).' })
  @IsOptional()
  tenantId?: string;

  @Field(() => PartnershipStatus, { nullable: true, description: 'Only agreements in this state.' })
  @IsOptional()
  @IsEnum(PartnershipStatus)
  status?: PartnershipStatus;

  @Field(() => PartnerUnitKind, { nullable: true, description: 'Only agreements with units of this kind.' })
  @IsOptional()
  @IsEnum(PartnerUnitKind)
  kind?: PartnerUnitKind;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only merchants accepting points (true) or only the others (false).',
  })
  @IsOptional()
  @IsBoolean()
  acceptsPoints?: boolean;
}

@ArgsType()
export class PartnerUnitListArgs extends PageArgs {
  @Field(() => PartnerUnitKind, { nullable: true, description: 'Only units of this kind.' })
  @IsOptional()
  @IsEnum(PartnerUnitKind)
  kind?: PartnerUnitKind;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, or a whole credit code (统一社会信用代码).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
