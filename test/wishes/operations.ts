import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type DefinitionNode } from 'graphql';
import { toGlobalId } from '../../api/core/graphql/global-id';
import type { GraphQLResponse } from '../support/server';

/*
 * The micro-wish operations as clients send them: the named operations of
 * clients/operations/wishes (what the SDK is generated from), so the tests exercise them too.
 */

const DIR = path.resolve(__dirname, '../../clients/operations/wishes');
const definitions: DefinitionNode[] = ['wishes.graphql', 'mutations.graphql'].flatMap(
  (f) => parse(readFileSync(path.join(DIR, f), 'utf8')).definitions,
);
const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);

/** The document of one named operation, with the fragments it may use. */
export function op(name: string): string {
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`no operation ${name} in clients/operations/wishes`);
  const source = print(operation);
  const used = fragments.filter((f) => source.includes(`...${f.name.value}`));
  return [source, ...used.map((f) => print(f))].join('\n');
}

export const POST = op('MicroWishPost');
export const APPROVE = op('MicroWishApprove');
export const REJECT = op('MicroWishReject');
export const CLAIM = op('MicroWishClaim');
export const RELEASE = op('MicroWishRelease');
export const DELIVER = op('MicroWishDeliver');
export const CLOSE = op('MicroWishClose');
export const WITHDRAW = op('MicroWishWithdraw');
export const SETTINGS_UPDATE = op('WishSettingsUpdate');
export const WALL = op('MicroWishWall');
export const WISH = op('MicroWish');
export const MY_CLAIMED = op('MyClaimedWishes');
export const SETTINGS = op('WishSettings');

export const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);
export const wishId = (row: { id: string }) => toGlobalId('MicroWish', row.id);

/** Fails with the server's errors when a call that should succeed did not. */
export function ok<T = Record<string, any>>(res: GraphQLResponse<T>): T {
  if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  if (res.data === null) throw new Error('no data');
  return res.data;
}

/** The error code of a failed call (and that it failed). */
export function codeOf(res: GraphQLResponse): string {
  if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  return res.errors[0].extensions.code as string;
}
