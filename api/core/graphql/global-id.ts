import { badInput } from '../errors/domain-error';

/**
 * Opaque global ids (Relay): base64url("Type:uuid"). Clients must not parse them; the server
 * checks the type so an id of one type is never accepted where another is expected.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseGlobalId(globalId: string, field = 'id'): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep <= 0 || !UUID.test(id) || toGlobalId(type, id) !== globalId) {
    throw badInput(field, `${field} is not a valid id.`);
  }
  return { type, id };
}

/** The uuid behind a global id that must be of `expected` type (BAD_USER_INPUT otherwise). */
export function fromGlobalId(globalId: string, expected: string, field = 'id'): string {
  const { type, id } = parseGlobalId(globalId, field);
  if (type !== expected) throw badInput(field, `${field} is the id of a ${type}, expected a ${expected}.`);
  return id;
}
