import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType('SessionCreateInput', { description: 'Credentials of a user account (登录).' })
export class SessionCreateInput {
  @Field(() => String, { description: 'Login name (case-insensitive).' })
  @IsString()
  @IsNotEmpty({ message: 'username must not be empty' })
  @MaxLength(64)
  username!: string;

  @Field(() => String, { description: 'Password.' })
  @IsString()
  @IsNotEmpty({ message: 'password must not be empty' })
  // scrypt cost does not grow with length, but nobody needs a longer one and it bounds the request.
  @MaxLength(256)
  password!: string;
}

@InputType('SessionRevokeInput', { description: 'What to log out.' })
export class SessionRevokeInput {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Also end every other session of the same user (log out everywhere, e.g. after a lost phone).',
  })
  @IsOptional()
  @IsBoolean()
  allSessions?: boolean;
}
