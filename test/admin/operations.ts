import { Role } from '../../api/core/auth/role.enum';
import type { GraphQLResponse, TestServer } from '../support/server';
import { issueKey } from '../factories/principals';

/** The admin-path operations, as an operator's tooling would send them. */
export const TENANT_CREATE = `mutation TenantCreate($input: TenantCreateInput!) {
  tenantCreate(input: $input) { tenant { id kind code name fullName } }
}`;

export const API_KEY_FIELDS = `id name role prefix createdAt expiresAt revokedAt lastUsedAt
  tenant { id name } partnerUnit { id name }`;

export const API_KEY_ISSUE = `mutation ApiKeyIssue($input: ApiKeyIssueInput!) {
  apiKeyIssue(input: $input) { secret apiKey { ${API_KEY_FIELDS} } }
}`;

export const API_KEY_REVOKE = `mutation ApiKeyRevoke($input: ApiKeyRevokeInput!) {
  apiKeyRevoke(input: $input) { apiKey { ${API_KEY_FIELDS} } }
}`;

export const API_KEYS = `query ApiKeys($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${API_KEY_FIELDS} } }
  }
}`;

export const USER_CREATE = `mutation UserCreate($input: UserCreateInput!) {
  userCreate(input: $input) { user { id username displayName partnerUnit { name } disabledAt } }
}`;

export const ROLE_ASSIGNMENT_FIELDS = `id role gridIds revokedAt user { id username } tenant { id name }`;

export const ROLE_ASSIGNMENT_CREATE = `mutation RoleAssignmentCreate($input: RoleAssignmentCreateInput!) {
  roleAssignmentCreate(input: $input) { roleAssignment { ${ROLE_ASSIGNMENT_FIELDS} } }
}`;

export const ROLE_ASSIGNMENT_REVOKE = `mutation RoleAssignmentRevoke($input: RoleAssignmentRevokeInput!) {
  roleAssignmentRevoke(input: $input) { roleAssignment { ${ROLE_ASSIGNMENT_FIELDS} } }
}`;

export const PARTNER_UNIT_REGISTER = `mutation PartnerUnitRegister($input: PartnerUnitRegisterInput!) {
  partnerUnitRegister(input: $input) { partnerUnit { id name creditCode } }
}`;

const PARTNERSHIP_FIELDS = `partnership { id status signedOn endsOn } tenant { id name } partnerUnit { id name }`;

export const PARTNERSHIP_CREATE = `mutation PartnershipCreate($input: PartnershipCreateInput!) {
  partnershipCreate(input: $input) { ${PARTNERSHIP_FIELDS} }
}`;

export const PARTNERSHIP_END = `mutation PartnershipEnd($input: PartnershipEndInput!) {
  partnershipEnd(input: $input) { ${PARTNERSHIP_FIELDS} }
}`;

export const LOGIN = `mutation Login($input: SessionCreateInput!) {
  sessionCreate(input: $input) { token user { roles } }
}`;

export const ME = `query Me { me { kind name roles partnerUnitId grants { role tenant { name } gridIds } scope { name code kind } } }`;

/** Valid unified social credit codes (GB 32100 check characters). */
export const CREDIT_CODES = [
  '91350100M000100Y43',
  '91110000600037341L',
  '91440300MA5F00001A',
  '91410103MA00000019',
  '52410103MJ0000002X',
];

/** A platform-admin key and a caller that sends it. */
export async function asAdmin(server: TestServer) {
  const token = await issueKey(server.db, Role.PLATFORM_ADMIN);
  return <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) =>
    server.gql<T>(query, variables, { token });
}

/** Fails with the server's errors when a call that should succeed did not. */
export function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  if (res.data === null) throw new Error('no data');
  return res.data;
}
