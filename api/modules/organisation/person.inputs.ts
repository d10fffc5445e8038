import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { IsMainlandMobile, IsResidentIdNumber } from '../../core/validation/decorators';

const present = (_: object, value: unknown) => value !== undefined;

@ArgsType()
export class PersonListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only people of this community (global id of a Tenant).' })
  @IsOptional()
  communityId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'An exact mobile number, an exact resident ID number, or the start of a name. Searches only the tenants ' +
      'you are staff of (a match confirms a value even when it is shown masked): FORBIDDEN with a communityId ' +
      'you are not staff of, or for a reader who is staff nowhere (district integrators, partners).',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  search?: string;
}

@InputType('PersonCreateInput', {
  description: 'A new person in your community. Personal values are stored as given and shown masked.',
})
export class PersonCreateInput {
  @Field(() => String, { description: 'Name (姓名).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Mobile number (手机号): 11 digits, e.g. 13812341234.',
  })
  @IsOptional()
  @IsMainlandMobile()
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Resident ID number (居民身份证号码), 18 characters with a valid check character (uppercase X).',
  })
  @IsOptional()
  @IsResidentIdNumber()
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Home address (住址), down to the door.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      "Birth date (出生日期); not in the future and, with an ID number, equal to the number's birth date (taken from it when omitted).",
  })
  @IsOptional()
  birthDate?: string | null;
}

@InputType('PersonUpdateInput', {
  description:
    'New values for a person of your community. Omitted fields stay as they are; null clears an optional one.',
})
export class PersonUpdateInput {
  @Field(() => ID, { description: 'Global id of the person.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name (姓名).' })
  @ValidateIf(present)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Mobile number (手机号).' })
  @IsOptional()
  @IsMainlandMobile()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  @IsOptional()
  @IsResidentIdNumber()
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Home address (住址).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Birth date (出生日期).' })
  @IsOptional()
  birthDate?: string | null;
}
