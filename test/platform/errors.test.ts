import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { DatabaseUnreachableError, startDatabase } from '../../api/db/database';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/server';
import { testConfig } from '../support/config';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { issueKey, userSession } from '../factories/principals';

const TENANT = 'query($id: ID!) { tenant(id: $id) { name } }';
const COMMUNITIES = 'query($first: Int) { communities(first: $first) { totalCount } }';

/** Every response of this file, checked at the end for leaked internals. */
const seen: GraphQLResponse[] = [];

function expectError(res: GraphQLResponse, code: string, message?: RegExp | string) {
  seen.push(res);
  expect(res.errors).toBeDefined();
  expect(res.errors![0].extensions.code).toBe(code);
  if (typeof message === 'string') expect(res.errors![0].message).toBe(message);
  else if (message) expect(res.errors![0].message).toMatch(message);
  return res.errors![0];
}

/** Runs SQL as the owner on the maintenance database (not the one being blocked). */
async function asOwner(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('error codes over HTTP', () => {
  let server: TestServer;
  let tree: TenantTree;
  let adminA1: string;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    adminA1 = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
  });
  afterAll(() => server.close());

  const ownTenant = () => ({ id: toGlobalId('Tenant', tree.communityA1.id) });

  it('UNAUTHENTICATED without a bearer, with an unknown one, and with a malformed header', async () => {
    expectError(await server.gql(TENANT, ownTenant()), 'UNAUTHENTICATED', /^Authentication required/);
    expectError(
      await server.gql(TENANT, ownTenant(), { token: 'gs_unknown-session-token' }),
      'UNAUTHENTICATED',
      'The session token is not valid; log in again.',
    );
    expectError(
      await server.gql(TENANT, ownTenant(), { token: 'gk_unknown-api-key' }),
      'UNAUTHENTICATED',
      'The API key is not valid.',
    );
    expectError(
      await server.gql(TENANT, ownTenant(), { headers: { authorization: 'Basic dXNlcjpwYXNz' } }),
      'UNAUTHENTICATED',
      /must be "Bearer <API key or session token>"/,
    );
  });

  it('FORBIDDEN for a role the operation does not allow', async () => {
    const platformAdmin = await issueKey(server.db, Role.PLATFORM_ADMIN);
    const error = expectError(
      await server.gql(TENANT, ownTenant(), { token: platformAdmin }),
      'FORBIDDEN',
      /^This requires one of the roles: /,
    );
    expect(error.path).toEqual(['tenant']);
  });

  it('BAD_USER_INPUT for an invalid global id and for the id of another type', async () => {
    const invalid = expectError(
      await server.gql('{ tenant(id: "nope") { name } }', {}, { token: adminA1 }),
      'BAD_USER_INPUT',
      'id is not a valid id.',
    );
    expect(invalid.extensions.field).toBe('id');
    const gridId = toGlobalId('Grid', randomUUID());
    const wrongType = expectError(
      await server.gql(TENANT, { id: gridId }, { token: adminA1 }),
      'BAD_USER_INPUT',
      'id is the id of a Grid, expected a Tenant.',
    );
    expect(wrongType.extensions.field).toBe('id');
  });

  it('BAD_USER_INPUT on `first` over the page-size cap, inline and as a variable', async () => {
    const inline = expectError(
      await server.gql('{ communities(first: 500) { totalCount } }', {}, { token: adminA1 }),
      'BAD_USER_INPUT',
      'first must be at most 100 (the page-size cap).',
    );
    expect(inline.extensions.field).toBe('first');
    const variable = await server.gql(COMMUNITIES, { first: 500 }, { token: adminA1 });
    expect(variable.status).toBe(400);
    expect(expectError(variable, 'BAD_USER_INPUT', inline.message).extensions.field).toBe('first');
    const fine = await server.gql(COMMUNITIES, { first: 100 }, { token: adminA1 });
    expect(fine.errors).toBeUndefined();
  });

  it('BAD_USER_INPUT for a GraphQL syntax error and for an unknown field', async () => {
    expectError(await server.gql('{ tenant(id: ', {}, { token: adminA1 }), 'BAD_USER_INPUT', /^Syntax Error/);
    expectError(
      await server.gql('{ tenantz { name } }', {}, { token: adminA1 }),
      'BAD_USER_INPUT',
      /Cannot query field "tenantz"/,
    );
  });

  it("NOT_FOUND for a sibling's tenant", async () => {
    const sibling = toGlobalId('Tenant', tree.communityA2.id);
    const res = await server.gql(TENANT, { id: sibling }, { token: adminA1 });
    expect(res.data).toBeNull();
    expectError(res, 'NOT_FOUND', `Tenant "${sibling}" was not found.`);
  });

  it('QUERY_TOO_COMPLEX for depth, aliases and cost, naming the limit and the measured value', async () => {
    const deep = `query($id: ID!) { tenant(id: $id) { ${'parent { '.repeat(10)}name${' }'.repeat(10)} } }`;
    expectError(
      await server.gql(deep, ownTenant(), { token: adminA1 }),
      'QUERY_TOO_COMPLEX',
      'Query depth 12 exceeds the limit of 10.',
    );
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { name }`).join(' ')} }`;
    expectError(
      await server.gql(aliases, {}, { token: adminA1 }),
      'QUERY_TOO_COMPLEX',
      'Query uses 40 aliases, exceeding the limit of 30.',
    );
    const tree = (alias: string) =>
      `${alias}: communities(first: 100) { edges { node { grids { microGrids { leader { name } } assignments { person { name } } } } } }`;
    const cost = expectError(
      await server.gql(`{ ${tree('a')} ${tree('b')} ${tree('c')} }`, {}, { token: adminA1 }),
      'QUERY_TOO_COMPLEX',
      /^Query cost \d+ exceeds the limit of 50000\.$/,
    );
    expect(cost.extensions).toMatchObject({ limit: 50_000, actual: expect.any(Number) });
  });

  it('SERVICE_UNAVAILABLE while the database refuses connections, and recovery afterwards', async () => {
    const name = new URL(server.db.ownerUrl).pathname.slice(1);
    const query = '{ me { name } }';
    expect((await server.gql(query, {}, { token: adminA1 })).errors).toBeUndefined();
    await asOwner(`alter database "${name}" allow_connections false`);
    await asOwner(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`,
    );
    try {
      for (const token of [adminA1, 'gs_never-cached-token']) {
        const down = await server.gql(query, {}, { token });
        expect(down.data).toBeNull();
        expectError(
          down,
          'SERVICE_UNAVAILABLE',
          'The database is unreachable at the moment; try again shortly.',
        );
      }
    } finally {
      await asOwner(`alter database "${name}" allow_connections true`);
    }
    const back = await server.gql(query, {}, { token: adminA1 });
    expect(back.errors).toBeUndefined();
    expect(back.data!.me.name).toBeTruthy();
  });

  it('never sends a stack trace or SQL text in an error response', () => {
    expect(seen.length).toBeGreaterThan(10);
    for (const res of seen) {
      const text = JSON.stringify(res).toLowerCase();
      expect(text).not.toContain('stack');
      expect(text).not.toContain('select ');
      expect(text).not.toContain('at /');
    }
  });
});

describe('RATE_LIMITED', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer({ limits: { rateBudget: 50 } } as any);
    const tree = await createTenantTree(server.db);
    token = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
  });
  afterAll(() => server.close());

  it('answers RATE_LIMITED with retryAfterSeconds and HTTP 429 once the budget is spent', async () => {
    const query = '{ communities(first: 30) { edges { node { name } } } }'; // cost 61 > 50
    const res = await server.gql(query, {}, { token });
    expect(res.status).toBe(429);
    const error = expectError(res, 'RATE_LIMITED', /^Rate limit exceeded: this operation costs 61 /);
    expect(error.extensions.retryAfterSeconds).toEqual(expect.any(Number));
    expect(JSON.stringify(res)).not.toContain('stack');
  });
});

describe('startDatabase', () => {
  it('rejects with a one-line DatabaseUnreachableError naming host and port', async () => {
    const attempt = startDatabase({ ...testConfig(), databaseUrl: 'postgres://postgres@127.0.0.1:1/x' });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnreachableError);
    const error = (await attempt.catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('127.0.0.1:1');
    expect(error.message).not.toContain('\n');
  });
});
