import 'reflect-metadata';
import { buildSchema, type MiddlewareFn, type NonEmptyArray } from 'type-graphql';
import type { RequestContext } from './context';
import {
  DirectiveLocation,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLNonNull,
  GraphQLSchema,
  type GraphQLInterfaceType,
} from 'graphql';
import { authChecker } from '../core/auth/auth-checker';
import { MeResolver } from '../core/auth/me.resolver';
import { authResolvers } from '../core/auth';
import { privacyResolvers } from '../core/privacy';
import { NodeResolver } from '../core/graphql/node.resolver';
import { resolveNodeType } from '../core/graphql/node';
import { AuditRecord } from '../core/privacy/audit-record.entity';
import { applySensitiveFields } from '../core/privacy/sensitive';
import { dropPassThroughResolvers } from '../core/graphql/plain-fields';
import { leanFieldResolvers } from '../core/graphql/lean-resolvers';
import { tenantResolvers } from '../modules/tenants';
import { organisationResolvers } from '../modules/organisation';
import { adminResolvers } from '../modules/admin';
import { teamResolvers } from '../modules/teams';
import { projectResolvers } from '../modules/projects';
import { partnerResolvers } from '../modules/partners';
import { venueResolvers } from '../modules/venues';
import { householdResolvers } from '../modules/households';
import { wishResolvers } from '../modules/wishes';
import { adoptionResolvers } from '../modules/adoption';
import { calendarResolvers } from '../modules/calendar';
import { caseResolvers } from '../modules/cases';
import { careResolvers } from '../modules/care';
import { meetingResolvers } from '../modules/meetings';

/** The composition root of the schema: every module's resolvers, in one list. */
const resolvers = [
  MeResolver,
  NodeResolver,
  ...authResolvers,
  ...privacyResolvers,
  ...tenantResolvers,
  ...organisationResolvers,
  ...teamResolvers,
  ...projectResolvers,
  ...partnerResolvers,
  ...venueResolvers,
  ...householdResolvers,
  ...wishResolvers,
  ...adoptionResolvers,
  ...calendarResolvers,
  ...caseResolvers,
  ...careResolvers,
  ...meetingResolvers,
  ...adminResolvers,
] as unknown as NonEmptyArray<Function>; // eslint-disable-line @typescript-eslint/no-unsafe-function-type

/**
 * `@reveal(purpose:)` on an operation: the request-level statement of why personal data is
 * needed in plain form (second-level visibility). Added after type-graphql builds the schema,
 * because its argument type is the RevealPurpose enum type-graphql creates.
 */
function withRevealDirective(schema: GraphQLSchema): GraphQLSchema {
  const purpose = schema.getType('RevealPurpose') as GraphQLEnumType;
  const reveal = new GraphQLDirective({
    name: 'reveal',
    description:
      'Ask for personal data in plain form for a stated purpose. Only staff of the owning tenant get plain values; ' +
      'every plain value is recorded in the audit log (个人信息查看记录). Without it, personal data is masked.',
    locations: [DirectiveLocation.QUERY, DirectiveLocation.MUTATION],
    args: { purpose: { type: new GraphQLNonNull(purpose), description: 'Why the data is needed.' } },
  });
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, directives: [...config.directives, reveal] });
}

/** None today; dropPassThroughResolvers must know of any, so both read this one list. */
const globalMiddlewares: MiddlewareFn<RequestContext>[] = [];

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    globalMiddlewares,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
    // Subscriptions supply their own `subscribe` (the request's EventBus, filtered by scope), so
    // this is never used; type-graphql only insists that one is given.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('Subscriptions subscribe through the EventBus of their context.');
      },
    },
    // The reveal directive's argument type lives on AuditRecord; keep it in the schema.
    orphanedTypes: [AuditRecord],
  });
  // type-graphql wraps every resolveType in an async function; graphql-jit needs the type at once.
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = resolveNodeType;
  // After type-graphql, before the sensitive-field wrappers (which wrap the default resolver).
  dropPassThroughResolvers(schema, globalMiddlewares);
  leanFieldResolvers(schema, { resolvers, globalMiddlewares, authChecker });
  return applySensitiveFields(withRevealDirective(schema));
}
