import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { LocalDate } from '../../core/graphql/scalars';
import { Amenity, VenueKind, VenueSpaceKind, Weekday } from './venue.enums';
import { CLOSES_FORMAT, OPENS_FORMAT } from './opening-hours';

/** Absent (undefined) leaves a field as it is; an explicit null is checked like any value. */
const present = (_: object, value: unknown) => value !== undefined;

@InputType('TimeIntervalInput', { description: 'One opening interval, China time (UTC+8).' })
export class TimeIntervalInput {
  @Field(() => String, { description: 'Opening time, HH:mm (00:00–23:59).' })
  @Matches(OPENS_FORMAT, { message: '$property must be a time HH:mm between 00:00 and 23:59' })
  opens!: string;

  @Field(() => String, { description: 'Closing time, HH:mm after `opens`; 24:00 for midnight.' })
  @Matches(CLOSES_FORMAT, { message: '$property must be a time HH:mm between 00:00 and 24:00' })
  closes!: string;
}

@InputType('OpeningDayInput', { description: 'The opening intervals of one weekday.' })
export class OpeningDayInput {
  @Field(() => Weekday, { description: 'The weekday; each at most once.' })
  @IsEnum(Weekday)
  weekday!: Weekday;

  @Field(() => [TimeIntervalInput], {
    description: 'One or more intervals that do not overlap, e.g. 08:30–11:30 and 14:30–17:30.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'intervals must list at least one interval (leave a closed day out)' })
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  intervals!: TimeIntervalInput[];
}

@InputType('OpeningHoursInput', {
  description: 'Weekly opening hours; a weekday not listed is closed. 24 hours: 00:00–24:00.',
})
export class OpeningHoursInput {
  @Field(() => [OpeningDayInput], { description: 'The open weekdays.' })
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  days!: OpeningDayInput[];

  @Field(() => String, { nullable: true, description: 'Notes, e.g. 节假日另行通知.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string | null;
}

@ArgsType()
export class VenueListArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only venues owned by this street or community (global id of a Tenant, in your scope).',
  })
  @IsOptional()
  @IsString()
  tenantId?: string;

  @Field(() => VenueKind, { nullable: true, description: 'Only venues of this kind.' })
  @IsOptional()
  @IsEnum(VenueKind)
  kind?: VenueKind;

  @Field(() => Amenity, { nullable: true, description: 'Only venues offering this amenity.' })
  @IsOptional()
  @IsEnum(Amenity)
  amenity?: Amenity;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Include venues closed for good (history); default false.',
  })
  @IsOptional()
  @IsBoolean()
  includeClosed?: boolean;
}

@ArgsType()
export class BookableRoomListArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only rooms of venues owned by this street or community (global id of a Tenant).',
  })
  @IsOptional()
  @IsString()
  tenantId?: string;

  @Field(() => Int, { nullable: true, description: 'Only rooms holding at least this many people.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  minCapacity?: number;
}

@InputType('VenueCreateInput', {
  description: 'A new venue (阵地) of your street or community; the owner comes from your role.',
})
export class VenueCreateInput {
  @Field(() => String, { description: 'Name, unique within your tenant, e.g. 绿云长者食堂.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => VenueKind, { description: 'What the venue is for.' })
  @IsEnum(VenueKind)
  kind!: VenueKind;

  @Field(() => String, { nullable: true, description: 'Address (地址).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'What it offers (简介).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the micro-grid it stands in (yours).' })
  @IsOptional()
  @IsString()
  microGridId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the team that runs it (yours).' })
  @IsOptional()
  @IsString()
  operatorTeamId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the co-building partnership (共建协议) under which a partner runs it.',
  })
  @IsOptional()
  @IsString()
  operatorPartnershipId?: string | null;

  @Field(() => [Amenity], { nullable: true, description: 'Amenities offered (default none).' })
  @IsOptional()
  @IsArray()
  @IsEnum(Amenity, { each: true })
  amenities?: Amenity[] | null;

  @Field(() => OpeningHoursInput, { nullable: true, description: 'Weekly opening hours.' })
  @IsOptional()
  @ValidateNested()
  openingHours?: OpeningHoursInput | null;
}

@InputType('VenueUpdateInput', {
  description: 'New values for a venue you manage. Omitted fields stay; null clears an optional one.',
})
export class VenueUpdateInput {
  @Field(() => ID, { description: 'Global id of the venue.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @ValidateIf(present)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @Field(() => VenueKind, { nullable: true, description: 'New kind.' })
  @ValidateIf(present)
  @IsEnum(VenueKind)
  kind?: VenueKind;

  @Field(() => String, { nullable: true, description: 'New address; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'New micro-grid; null clears it.' })
  @IsOptional()
  @IsString()
  microGridId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New operating team; null clears it.' })
  @IsOptional()
  @IsString()
  operatorTeamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New operating partnership; null clears it.' })
  @IsOptional()
  @IsString()
  operatorPartnershipId?: string | null;

  @Field(() => [Amenity], { nullable: true, description: 'The full new list of amenities.' })
  @ValidateIf(present)
  @IsArray()
  @IsEnum(Amenity, { each: true })
  amenities?: Amenity[];

  @Field(() => OpeningHoursInput, {
    nullable: true,
    description: 'The full new opening hours; null clears them (not recorded).',
  })
  @IsOptional()
  @ValidateNested()
  openingHours?: OpeningHoursInput | null;
}

@InputType('VenueCloseInput', { description: 'A venue closes for good; it is kept as history.' })
export class VenueCloseInput {
  @Field(() => ID, { description: 'Global id of the venue.' })
  @IsString()
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: 'First day it is closed (default: today).' })
  @IsOptional()
  closedOn?: string | null;
}

@InputType('VenueReopenInput', { description: 'A closed venue operates again.' })
export class VenueReopenInput {
  @Field(() => ID, { description: 'Global id of the venue.' })
  @IsString()
  id!: string;
}

@InputType('VenueSpaceAddInput', { description: 'A new zone or room of a venue you manage.' })
export class VenueSpaceAddInput {
  @Field(() => ID, { description: 'Global id of the venue.' })
  @IsString()
  venueId!: string;

  @Field(() => String, { description: 'Name, unique within the venue, e.g. 矛盾调解区.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => VenueSpaceKind, { description: 'Zone or room.' })
  @IsEnum(VenueSpaceKind)
  kind!: VenueSpaceKind;

  @Field(() => Int, { nullable: true, description: 'How many people it holds; at least 1.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be at least 1' })
  capacity?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether residents can book it (default false); only rooms with a capacity.',
  })
  @IsOptional()
  @IsBoolean()
  bookable?: boolean | null;

  @Field(() => String, { nullable: true, description: 'What happens here.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [Amenity], { nullable: true, description: 'Amenities of this space (default none).' })
  @IsOptional()
  @IsArray()
  @IsEnum(Amenity, { each: true })
  amenities?: Amenity[] | null;
}

@InputType('VenueSpaceUpdateInput', {
  description: 'New values for a zone or room. Omitted fields stay; null clears an optional one.',
})
export class VenueSpaceUpdateInput {
  @Field(() => ID, { description: 'Global id of the space.' })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name, unique within the venue.' })
  @ValidateIf(present)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @Field(() => VenueSpaceKind, { nullable: true, description: 'New kind.' })
  @ValidateIf(present)
  @IsEnum(VenueSpaceKind)
  kind?: VenueSpaceKind;

  @Field(() => Int, { nullable: true, description: 'New capacity (at least 1); null clears it.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be at least 1' })
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether residents can book it.' })
  @ValidateIf(present)
  @IsBoolean()
  bookable?: boolean;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [Amenity], { nullable: true, description: 'The full new list of amenities.' })
  @ValidateIf(present)
  @IsArray()
  @IsEnum(Amenity, { each: true })
  amenities?: Amenity[];
}
