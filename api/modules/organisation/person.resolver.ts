import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Role } from '../../core/auth/role.enum';
import { notFound } from '../../core/errors/domain-error';
import { Tenant } from '../tenants/tenant.entity';
import { tenantById } from '../tenants/tenant.loaders';
import { Person } from './person.entity';
import { PersonCreateInput, PersonListArgs, PersonUpdateInput } from './person.inputs';
import { PEOPLE_READERS } from './organisation.policy';
import { getPerson, listPersons, personCreate, personUpdate } from './person.service';
import { PersonConnection, PersonCreatePayload, PersonUpdatePayload } from './organisation.types';

@Resolver(() => Person)
export class PersonResolver {
  @Authorized(PEOPLE_READERS)
  @Query(() => Person, {
    description: 'One person in your scope by global id (masked unless revealed); NOT_FOUND outside it.',
  })
  person(
    @Arg('id', () => ID, { description: 'Global id of the person.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getPerson(ctx, id);
  }

  @Authorized(PEOPLE_READERS)
  @Query(() => PersonConnection, {
    description: 'People in your scope, personal fields masked unless revealed; oldest first.',
  })
  persons(@Args(() => PersonListArgs) args: PersonListArgs, @Ctx() ctx: RequestContext) {
    return listPersons(ctx, args);
  }

  @Authorized([Role.COMMUNITY_ADMIN])
  @Mutation(() => PersonCreatePayload, {
    description: 'Record a person in your community (community admin).',
  })
  async personCreate(
    @Arg('input', () => PersonCreateInput, { description: 'The new person.' }) input: PersonCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonCreatePayload> {
    return { person: await personCreate(ctx, input) };
  }

  @Authorized([Role.COMMUNITY_ADMIN])
  @Mutation(() => PersonUpdatePayload, {
    description: 'Change a person of your community (community admin).',
  })
  async personUpdate(
    @Arg('input', () => PersonUpdateInput, { description: 'The person and the new values.' })
    input: PersonUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonUpdatePayload> {
    return { person: await personUpdate(ctx, input) };
  }

  @FieldResolver(() => Tenant, { description: 'The community (社区) the person is recorded in.' })
  async community(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<Tenant> {
    const tenant = await ctx.loaders.get(tenantById).load(person.tenant.id);
    if (!tenant) throw notFound('Tenant', person.tenant.id);
    return tenant;
  }
}
