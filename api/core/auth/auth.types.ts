import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from './role.enum';

@ObjectType('SessionUser', { description: 'The user a session was opened for (登录用户).' })
export class SessionUser {
  @Field(() => ID, { description: 'Global id of the user account.' })
  id!: string;

  @Field(() => String, { description: 'Login name.' })
  username!: string;

  @Field(() => String, { description: 'Name shown in frontends, e.g. 张网格员.' })
  displayName!: string;

  @Field(() => [Role], { description: 'Roles the user holds now (see `me.grants` for where).' })
  roles!: Role[];
}

@ObjectType('SessionCreatePayload', { description: 'A new login session.' })
export class SessionCreatePayload {
  @Field(() => String, {
    description:
      'The session token (gs_…), shown only here: send it as `Authorization: Bearer <token>`. ' +
      'The server keeps only its hash and cannot show it again.',
  })
  token!: string;

  @Field(() => Date, { description: 'When the session ends; log in again after it (SESSION_TTL_HOURS).' })
  expiresAt!: Date;

  @Field(() => SessionUser, { description: 'Who logged in.' })
  user!: SessionUser;
}

@ObjectType('SessionRevokePayload', { description: 'The result of logging out (退出登录).' })
export class SessionRevokePayload {
  @Field(() => Int, { description: 'How many sessions were ended (1, or more with `allSessions`).' })
  revokedCount!: number;
}
