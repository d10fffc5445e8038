import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { MicroWishStatus, WishCategory } from './wish.enums';
import { MAX_EXPIRY_DAYS } from './wish-settings.entity';

/** Something other than whitespace (a title of spaces is as empty as none). */
const NOT_BLANK = /\S/;

@InputType('MicroWishPostInput', {
  description:
    'A new micro-wish. A resident posts for itself; a community admin posts on a resident’s behalf (posterId).',
})
export class MicroWishPostInput {
  @Field(() => String, {
    description: 'What is wished for, e.g. 《优雅走过下雨天》 (at most 100 characters).',
  })
  @IsString()
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(100)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Why, for whom, any detail.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => WishCategory, { description: 'Kind of wish.' })
  @IsEnum(WishCategory)
  category!: WishCategory;

  @Field(() => Int, {
    nullable: true,
    description: 'Estimated value in fen (分; 3500 = ¥35.00); positive when given.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'estimatedValueFen must be a positive number of fen' })
  estimatedValueFen?: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: `Last day it may be claimed: from today to ${MAX_EXPIRY_DAYS} days ahead (default: the community's defaultExpiryDays from today).`,
  })
  @IsOptional()
  expiresOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Community admins only: global id of the resident (Person of your community) whose wish it is.',
  })
  @IsOptional()
  @IsString()
  posterId?: string | null;
}

@InputType('MicroWishStepInputBase')
export class MicroWishStepInput {
  @Field(() => ID, { description: 'Global id of the micro-wish.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'Note recorded with the step.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType('MicroWishApproveInput', { description: 'Approve a pending wish: it goes on the wish wall.' })
export class MicroWishApproveInput extends MicroWishStepInput {}

@InputType('MicroWishRejectInput', { description: 'Reject a pending wish, with the reason in the note.' })
export class MicroWishRejectInput extends MicroWishStepInput {}

@InputType('MicroWishClaimInput', {
  description: 'Claim an open wish for your partner unit, or as a volunteer of the community.',
})
export class MicroWishClaimInput extends MicroWishStepInput {}

@InputType('MicroWishReleaseInput', { description: 'Give up a claim: the wish is open again.' })
export class MicroWishReleaseInput extends MicroWishStepInput {}

@InputType('MicroWishCloseInput', { description: 'Confirm a delivered wish and close it.' })
export class MicroWishCloseInput extends MicroWishStepInput {}

@InputType('MicroWishWithdrawInput', { description: 'Withdraw a wish not yet claimed.' })
export class MicroWishWithdrawInput extends MicroWishStepInput {}

@InputType('MicroWishDeliverInput', {
  description: 'Record that a claimed wish was handed over (by the claimant, or staff on its behalf).',
})
export class MicroWishDeliverInput extends MicroWishStepInput {
  @Field(() => Date, {
    nullable: true,
    description: 'When it was handed over (default: now); not in the future, not before the claim.',
  })
  @IsOptional()
  @IsDate()
  deliveredAt?: Date | null;
}

@InputType('WishSettingsUpdateInput', {
  description: "Your community's micro-wish settings. Omitted fields stay as they are.",
})
export class WishSettingsUpdateInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether new wishes wait for approval (审核) before they go on the wall.',
  })
  @IsOptional()
  @IsBoolean()
  requiresApproval?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: `Days a wish stays claimable when its poster gives no date (1 to ${MAX_EXPIRY_DAYS}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_EXPIRY_DAYS)
  defaultExpiryDays?: number | null;
}

@ArgsType()
export class MicroWishWallArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only wishes of this community (global id of a Tenant in your scope).',
  })
  @IsOptional()
  @IsString()
  communityId?: string;

  @Field(() => MicroWishStatus, { nullable: true, description: 'Only wishes in this (effective) state.' })
  @IsOptional()
  @IsEnum(MicroWishStatus)
  status?: MicroWishStatus;

  @Field(() => WishCategory, { nullable: true, description: 'Only wishes of this kind.' })
  @IsOptional()
  @IsEnum(WishCategory)
  category?: WishCategory;
}

@ArgsType()
export class MyClaimedWishesArgs extends PageArgs {
  @Field(() => MicroWishStatus, { nullable: true, description: 'Only wishes in this (effective) state.' })
  @IsOptional()
  @IsEnum(MicroWishStatus)
  status?: MicroWishStatus;
}

@ArgsType()
export class WishSettingsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The community (global id of a Tenant in your scope); default: your own community.',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  communityId?: string;
}
