import { toGlobalId } from '../../api/core/graphql/global-id';
import type { GraphQLResponse } from '../support/server';

/** The partners operations, as a community frontend or an integrator would send them. */
export const UNIT_FIELDS = 'id name kind creditCode address';
export const PARTNERSHIP_FIELDS = `id status signedOn startsOn endsOn commitments commitmentNote acceptsPoints
  contactName contactPhone inForce partnerUnit { name kind } tenant { name }`;

export const UNIT_REGISTER = `mutation PartnerUnitRegister($input: PartnerUnitRegisterInput!) {
  partnerUnitRegister(input: $input) { partnerUnit { ${UNIT_FIELDS} } }
}`;

export const UNIT_BY_CODE = `query PartnerUnitByCreditCode($code: String!) {
  partnerUnitByCreditCode(creditCode: $code) { ${UNIT_FIELDS} }
}`;

export const UNITS = `query PartnerUnits($kind: PartnerUnitKind, $search: String, $first: Int, $after: String) {
  partnerUnits(kind: $kind, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${UNIT_FIELDS} partnerships { tenant { name } } } }
  }
}`;

export const CREATE = `mutation PartnershipCreate($input: PartnershipCreateInput!) {
  partnershipCreate(input: $input) { partnership { ${PARTNERSHIP_FIELDS} } tenant { name } partnerUnit { name } }
}`;

export const END = `mutation PartnershipEnd($input: PartnershipEndInput!) {
  partnershipEnd(input: $input) { partnership { id status endsOn inForce } }
}`;

export const LIST = `query Partnerships($tenantId: ID, $status: PartnershipStatus, $kind: PartnerUnitKind,
  $acceptsPoints: Boolean, $first: Int, $after: String) {
  partnerships(tenantId: $tenantId, status: $status, kind: $kind, acceptsPoints: $acceptsPoints,
    first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${PARTNERSHIP_FIELDS} } }
  }
}`;

export const MY_TENANTS = `query MyPartnerTenants { myPartnerTenants(first: 100) { totalCount edges { node { name } } } }`;

export const TENANT = `query Tenant($id: ID!) { tenant(id: $id) { name partnerships { partnerUnit { name } } } }`;

export const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

/** Fails with the server's errors when a call that should succeed did not. */
export function ok<T = Record<string, any>>(res: GraphQLResponse<T>): T {
  if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  if (res.data === null) throw new Error('no data');
  return res.data;
}

/** The names in a list of edges, sorted. */
export const names = (edges: { node: { name?: string; partnerUnit?: { name: string } } }[]) =>
  edges.map((e) => e.node.name ?? e.node.partnerUnit!.name).sort();
