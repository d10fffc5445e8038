/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation SessionCreate($input: SessionCreateInput!) {\n  sessionCreate(input: $input) {\n    token\n    expiresAt\n    user {\n      displayName\n      roles\n    }\n  }\n}": typeof types.SessionCreateDocument,
    "query CommunityOrganisation($id: ID!) {\n  tenant(id: $id) {\n    id\n    name\n    code\n    profile {\n      areaKm2\n      foundedOn\n      compounds\n      buildings\n      compoundsWithoutPropertyManager\n    }\n    grids {\n      id\n      code\n      name\n      microGrids {\n        id\n        code\n        name\n        kind\n        leader {\n          id\n          name\n        }\n      }\n      assignments {\n        id\n        role\n        startedOn\n        person {\n          id\n          name\n          phone\n        }\n      }\n    }\n  }\n}": typeof types.CommunityOrganisationDocument,
    "query IntegratorCommunityTree($first: Int, $after: String) {\n  communities(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        parent {\n          name\n        }\n        grids {\n          name\n          microGrids {\n            name\n            leader {\n              name\n            }\n          }\n          assignments {\n            role\n            person {\n              name\n              phone\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.IntegratorCommunityTreeDocument,
    "mutation GridCreate($input: GridCreateInput!) {\n  gridCreate(input: $input) {\n    grid {\n      id\n      code\n      name\n    }\n  }\n}\n\nmutation PersonCreate($input: PersonCreateInput!) {\n  personCreate(input: $input) {\n    person {\n      id\n      name\n      phone\n      birthDate\n    }\n  }\n}\n\nmutation GridAssignmentCreate($input: GridAssignmentCreateInput!) {\n  gridAssignmentCreate(input: $input) {\n    gridAssignment {\n      id\n      role\n      startedOn\n      person {\n        name\n      }\n    }\n  }\n}": typeof types.GridCreateDocument,
    "query PersonsForHomeVisit($first: Int, $after: String, $search: String) @reveal(purpose: HOME_VISIT) {\n  persons(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        phone\n        address\n      }\n    }\n  }\n}": typeof types.PersonsForHomeVisitDocument,
    "query Me {\n  me {\n    kind\n    name\n    roles\n    scope {\n      id\n      name\n      kind\n      code\n    }\n  }\n}": typeof types.MeDocument,
    "query AuditLog($first: Int, $after: String) {\n  auditLog(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        createdAt\n        actorName\n        role\n        purpose\n        entityType\n        field\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.AuditLogDocument,
    "query Communities($first: Int, $after: String, $updatedSince: DateTimeISO, $under: ID) {\n  communities(\n    first: $first\n    after: $after\n    updatedSince: $updatedSince\n    under: $under\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        code\n        name\n        updatedAt\n        parent {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n}": typeof types.CommunitiesDocument,
};
const documents: Documents = {
    "mutation SessionCreate($input: SessionCreateInput!) {\n  sessionCreate(input: $input) {\n    token\n    expiresAt\n    user {\n      displayName\n      roles\n    }\n  }\n}": types.SessionCreateDocument,
    "query CommunityOrganisation($id: ID!) {\n  tenant(id: $id) {\n    id\n    name\n    code\n    profile {\n      areaKm2\n      foundedOn\n      compounds\n      buildings\n      compoundsWithoutPropertyManager\n    }\n    grids {\n      id\n      code\n      name\n      microGrids {\n        id\n        code\n        name\n        kind\n        leader {\n          id\n          name\n        }\n      }\n      assignments {\n        id\n        role\n        startedOn\n        person {\n          id\n          name\n          phone\n        }\n      }\n    }\n  }\n}": types.CommunityOrganisationDocument,
    "query IntegratorCommunityTree($first: Int, $after: String) {\n  communities(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        parent {\n          name\n        }\n        grids {\n          name\n          microGrids {\n            name\n            leader {\n              name\n            }\n          }\n          assignments {\n            role\n            person {\n              name\n              phone\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.IntegratorCommunityTreeDocument,
    "mutation GridCreate($input: GridCreateInput!) {\n  gridCreate(input: $input) {\n    grid {\n      id\n      code\n      name\n    }\n  }\n}\n\nmutation PersonCreate($input: PersonCreateInput!) {\n  personCreate(input: $input) {\n    person {\n      id\n      name\n      phone\n      birthDate\n    }\n  }\n}\n\nmutation GridAssignmentCreate($input: GridAssignmentCreateInput!) {\n  gridAssignmentCreate(input: $input) {\n    gridAssignment {\n      id\n      role\n      startedOn\n      person {\n        name\n      }\n    }\n  }\n}": types.GridCreateDocument,
    "query PersonsForHomeVisit($first: Int, $after: String, $search: String) @reveal(purpose: HOME_VISIT) {\n  persons(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        phone\n        address\n      }\n    }\n  }\n}": types.PersonsForHomeVisitDocument,
    "query Me {\n  me {\n    kind\n    name\n    roles\n    scope {\n      id\n      name\n      kind\n      code\n    }\n  }\n}": types.MeDocument,
    "query AuditLog($first: Int, $after: String) {\n  auditLog(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        createdAt\n        actorName\n        role\n        purpose\n        entityType\n        field\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.AuditLogDocument,
    "query Communities($first: Int, $after: String, $updatedSince: DateTimeISO, $under: ID) {\n  communities(\n    first: $first\n    after: $after\n    updatedSince: $updatedSince\n    under: $under\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        code\n        name\n        updatedAt\n        parent {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n}": types.CommunitiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionCreate($input: SessionCreateInput!) {\n  sessionCreate(input: $input) {\n    token\n    expiresAt\n    user {\n      displayName\n      roles\n    }\n  }\n}"): (typeof documents)["mutation SessionCreate($input: SessionCreateInput!) {\n  sessionCreate(input: $input) {\n    token\n    expiresAt\n    user {\n      displayName\n      roles\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityOrganisation($id: ID!) {\n  tenant(id: $id) {\n    id\n    name\n    code\n    profile {\n      areaKm2\n      foundedOn\n      compounds\n      buildings\n      compoundsWithoutPropertyManager\n    }\n    grids {\n      id\n      code\n      name\n      microGrids {\n        id\n        code\n        name\n        kind\n        leader {\n          id\n          name\n        }\n      }\n      assignments {\n        id\n        role\n        startedOn\n        person {\n          id\n          name\n          phone\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CommunityOrganisation($id: ID!) {\n  tenant(id: $id) {\n    id\n    name\n    code\n    profile {\n      areaKm2\n      foundedOn\n      compounds\n      buildings\n      compoundsWithoutPropertyManager\n    }\n    grids {\n      id\n      code\n      name\n      microGrids {\n        id\n        code\n        name\n        kind\n        leader {\n          id\n          name\n        }\n      }\n      assignments {\n        id\n        role\n        startedOn\n        person {\n          id\n          name\n          phone\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IntegratorCommunityTree($first: Int, $after: String) {\n  communities(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        parent {\n          name\n        }\n        grids {\n          name\n          microGrids {\n            name\n            leader {\n              name\n            }\n          }\n          assignments {\n            role\n            person {\n              name\n              phone\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query IntegratorCommunityTree($first: Int, $after: String) {\n  communities(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        parent {\n          name\n        }\n        grids {\n          name\n          microGrids {\n            name\n            leader {\n              name\n            }\n          }\n          assignments {\n            role\n            person {\n              name\n              phone\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridCreate($input: GridCreateInput!) {\n  gridCreate(input: $input) {\n    grid {\n      id\n      code\n      name\n    }\n  }\n}\n\nmutation PersonCreate($input: PersonCreateInput!) {\n  personCreate(input: $input) {\n    person {\n      id\n      name\n      phone\n      birthDate\n    }\n  }\n}\n\nmutation GridAssignmentCreate($input: GridAssignmentCreateInput!) {\n  gridAssignmentCreate(input: $input) {\n    gridAssignment {\n      id\n      role\n      startedOn\n      person {\n        name\n      }\n    }\n  }\n}"): (typeof documents)["mutation GridCreate($input: GridCreateInput!) {\n  gridCreate(input: $input) {\n    grid {\n      id\n      code\n      name\n    }\n  }\n}\n\nmutation PersonCreate($input: PersonCreateInput!) {\n  personCreate(input: $input) {\n    person {\n      id\n      name\n      phone\n      birthDate\n    }\n  }\n}\n\nmutation GridAssignmentCreate($input: GridAssignmentCreateInput!) {\n  gridAssignmentCreate(input: $input) {\n    gridAssignment {\n      id\n      role\n      startedOn\n      person {\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonsForHomeVisit($first: Int, $after: String, $search: String) @reveal(purpose: HOME_VISIT) {\n  persons(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        phone\n        address\n      }\n    }\n  }\n}"): (typeof documents)["query PersonsForHomeVisit($first: Int, $after: String, $search: String) @reveal(purpose: HOME_VISIT) {\n  persons(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        phone\n        address\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    kind\n    name\n    roles\n    scope {\n      id\n      name\n      kind\n      code\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    kind\n    name\n    roles\n    scope {\n      id\n      name\n      kind\n      code\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($first: Int, $after: String) {\n  auditLog(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        createdAt\n        actorName\n        role\n        purpose\n        entityType\n        field\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AuditLog($first: Int, $after: String) {\n  auditLog(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        createdAt\n        actorName\n        role\n        purpose\n        entityType\n        field\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Communities($first: Int, $after: String, $updatedSince: DateTimeISO, $under: ID) {\n  communities(\n    first: $first\n    after: $after\n    updatedSince: $updatedSince\n    under: $under\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        code\n        name\n        updatedAt\n        parent {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Communities($first: Int, $after: String, $updatedSince: DateTimeISO, $under: ID) {\n  communities(\n    first: $first\n    after: $after\n    updatedSince: $updatedSince\n    under: $under\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        code\n        name\n        updatedAt\n        parent {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;