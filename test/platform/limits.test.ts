import { randomBytes } from 'node:crypto';
import {
  getIntrospectionQuery,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { Role } from '../../api/core/auth/role.enum';
import { toGlobalId } from '../../api/core/graphql/global-id';
import { checkOperation, createRateLimiter } from '../../api/core/graphql/limits';
import { loadConfig } from '../../api/config';
import { startTestServer, type TestServer } from '../support/server';
import { testConfig } from '../support/config';
import { createTenantTree, type TenantTree } from '../factories/tenants';
import { userSession } from '../factories/principals';

/** `tenant(id) { parent { … { name } } }` with the given depth (tenant and name included). */
const nested = (depth: number) =>
  `query($id: ID!) { tenant(id: $id) { ${'parent { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;

const aliased = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { name }`).join(' ')} }`;

/** The benchmark's nested community query: must pass with room to spare. */
const BENCHMARK = `{ communities(first: 50) { edges { node { name grids { name
  microGrids { name leader { name } } assignments { role person { name phone } } } } } } }`;

/** An organisation tree under each community: three of these at first = 100 cost more than 50000. */
const organisationTree = (first: string) =>
  `communities(first: ${first}) { edges { node { grids { microGrids { leader { name } } assignments { person { name } } } } } }`;

const EXPENSIVE_INLINE = `{ a: ${organisationTree('100')} b: ${organisationTree('100')} c: ${organisationTree('100')} }`;
const EXPENSIVE_VARIABLE = `query($n: Int) { a: ${organisationTree('$n')} b: ${organisationTree('$n')} c: ${organisationTree('$n')} }`;

describe('request limits over HTTP (default limits)', () => {
  let server: TestServer;
  let tree: TenantTree;
  let admin: string;
  let tenantId: string;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await createTenantTree(server.db);
    admin = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
    tenantId = toGlobalId('Tenant', tree.communityA1.id);
  });
  afterAll(() => server.close());

  it('passes a query at the depth limit (10) and rejects depth 11 with QUERY_TOO_COMPLEX', async () => {
    const ok = await server.gql(nested(10), { id: tenantId }, { token: admin });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.tenant).toEqual({ parent: null });

    const deep = await server.gql(nested(11), { id: tenantId }, { token: admin });
    expect(deep.status).toBe(400);
    expect(deep.data).toBeNull();
    expect(deep.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 10, actual: 11 });
    expect(deep.errors![0].message).toBe('Query depth 11 exceeds the limit of 10.');
  });

  it('follows fragments when measuring depth', async () => {
    const query = `query($id: ID!) { tenant(id: $id) { ...A } }
      fragment A on Tenant { parent { parent { ...B } } }
      fragment B on Tenant { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } }`;
    const res = await server.gql(query, { id: tenantId }, { token: admin });
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 10, actual: 10 + 1 });
  });

  it('allows 30 aliases and rejects 31', async () => {
    const ok = await server.gql(aliased(30), {}, { token: admin });
    expect(ok.errors).toBeUndefined();
    expect(Object.keys(ok.data!)).toHaveLength(30);

    const many = await server.gql(aliased(31), {}, { token: admin });
    expect(many.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 30, actual: 31 });
    expect(many.errors![0].message).toBe('Query uses 31 aliases, exceeding the limit of 30.');
  });

  it('rejects a query whose cost exceeds 50000, with `first` inline', async () => {
    const res = await server.gql(EXPENSIVE_INLINE, {}, { token: admin });
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 50_000 });
    const actual = res.errors![0].extensions.actual as number;
    expect(actual).toBeGreaterThan(50_000);
    expect(res.errors![0].message).toBe(`Query cost ${actual} exceeds the limit of 50000.`);
  });

  it('counts page sizes passed as variables', async () => {
    const small = await server.gql(EXPENSIVE_VARIABLE, { n: 10 }, { token: admin });
    expect(small.errors).toBeUndefined();
    const large = await server.gql(EXPENSIVE_VARIABLE, { n: 100 }, { token: admin });
    expect(large.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 50_000 });
    const inline = await server.gql(EXPENSIVE_INLINE, {}, { token: admin });
    expect(large.errors![0].extensions.actual).toBe(inline.errors![0].extensions.actual);
  });

  it('charges a repeated operation by its own variables each time (measured costs are kept per variables)', async () => {
    const cost = async (n: number) => {
      const res = await server.gql(EXPENSIVE_VARIABLE, { n }, { token: admin });
      expect(res.errors).toBeUndefined();
      return res.extensions!.cost.requested as number;
    };
    const [ten, twenty, tenAgain] = [await cost(10), await cost(20), await cost(10)];
    expect(twenty).toBeGreaterThan(ten);
    expect(tenAgain).toBe(ten);
    const large = await server.gql(EXPENSIVE_VARIABLE, { n: 100 }, { token: admin });
    expect(large.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it("passes the benchmark's nested community query with room to spare", async () => {
    const res = await server.gql(BENCHMARK, {}, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(res.data!.communities.edges).toHaveLength(1);
    const cost = res.extensions!.cost.requested as number;
    expect(cost).toBeGreaterThan(50 * 10); // pages and lists multiply
    expect(cost).toBeLessThanOrEqual(50_000 / 2);
  });

  it('exempts introspection (the IDE and codegen query is deeper than 10)', async () => {
    const res = await server.gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.queryType.name).toBe('Query');
  });

  it('reports extensions.cost on every response: success, limit error, parse error, auth error', async () => {
    const responses = [
      await server.gql('{ me { name } }', {}, { token: admin }),
      await server.gql(aliased(31), {}, { token: admin }),
      await server.gql('{ me { name ', {}, { token: admin }),
      await server.gql('{ me { name } }'),
    ];
    for (const res of responses) {
      expect(res.extensions!.cost).toEqual({
        requested: expect.any(Number),
        limit: 50_000,
        remaining: expect.any(Number),
        resetInSeconds: expect.any(Number),
      });
    }
    expect(responses[0].extensions!.cost.requested).toBe(1);
    expect(responses[0].extensions!.cost.remaining).toBeLessThan(1_000_000);
    expect(responses[1].extensions!.cost.requested).toBe(0);
  });
});

describe('rate limit by cost (tiny budget)', () => {
  let server: TestServer;
  let admin: string;
  let other: string;

  beforeAll(async () => {
    server = await startTestServer({ limits: { rateBudget: 50 } } as any);
    const tree = await createTenantTree(server.db);
    admin = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA1);
    other = await userSession(server.db, Role.COMMUNITY_ADMIN, tree.communityA2);
  });
  afterAll(() => server.close());

  it('charges each operation its cost until the budget is spent, then RATE_LIMITED with HTTP 429', async () => {
    // 1 + 10 × (edges 1 + node 1) = 21 per request.
    const query = '{ communities(first: 10) { edges { node { name } } } }';
    const first = await server.gql(query, {}, { token: admin });
    expect(first.errors).toBeUndefined();
    expect(first.extensions!.cost).toMatchObject({ requested: 21, remaining: 29, limit: 50_000 });
    const second = await server.gql(query, {}, { token: admin });
    expect(second.errors).toBeUndefined();
    expect(second.extensions!.cost.remaining).toBe(8);

    const third = await server.gql(query, {}, { token: admin });
    expect(third.status).toBe(429);
    expect(third.data).toBeNull();
    expect(third.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(third.errors![0].extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(third.errors![0].extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(third.errors![0].message).toMatch(/^Rate limit exceeded: this operation costs 21/);
    expect(third.extensions!.cost.remaining).toBe(0);

    // Another principal has a budget of its own.
    const elsewhere = await server.gql(query, {}, { token: other });
    expect(elsewhere.errors).toBeUndefined();
  });
});

describe('Redis-backed rate limiter', () => {
  const config = { ...testConfig(), redisUrl: 'redis://127.0.0.1:6379' };
  config.limits = { ...config.limits, rateBudget: 100, rateWindowSeconds: 60 };
  const keyPrefix = `grid-rate-test-${randomBytes(6).toString('hex')}`;

  it('shares one budget between two instances', async () => {
    const a = await createRateLimiter(config, { keyPrefix });
    const b = await createRateLimiter(config, { keyPrefix });
    try {
      expect(await a.consume('USER:p1', 60)).toMatchObject({ allowed: true, remaining: 40 });
      expect(await b.peek('USER:p1')).toMatchObject({ allowed: true, remaining: 40 });
      expect(await b.consume('USER:p1', 30)).toMatchObject({ allowed: true, remaining: 10 });
      const refused = await a.consume('USER:p1', 30);
      expect(refused).toMatchObject({ allowed: false, remaining: 0 });
      expect(refused.resetInSeconds).toBeGreaterThan(0);
      expect(await b.consume('USER:p2', 30)).toMatchObject({ allowed: true, remaining: 70 });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('fails open to a per-instance budget when Redis is unreachable', async () => {
    const limiter = await createRateLimiter({ ...config, redisUrl: 'redis://127.0.0.1:1' }, { keyPrefix });
    try {
      expect(await limiter.consume('USER:p1', 60)).toMatchObject({ allowed: true, remaining: 40 });
      expect(await limiter.consume('USER:p1', 60)).toMatchObject({ allowed: false, remaining: 0 });
    } finally {
      await limiter.close();
    }
  });
});

describe('the cost model (on a small schema)', () => {
  const Leaf = new GraphQLObjectType({
    name: 'Leaf',
    fields: { name: { type: GraphQLString } },
  });
  const Item: GraphQLObjectType = new GraphQLObjectType({
    name: 'Item',
    fields: () => ({
      name: { type: GraphQLString },
      leaf: { type: Leaf },
      children: { type: new GraphQLList(Item) },
      few: { type: new GraphQLList(Item), extensions: { complexity: 3 } },
      tags: { type: new GraphQLList(GraphQLString) },
      child: { type: Item },
    }),
  });
  const ItemConnection = new GraphQLObjectType({
    name: 'ItemConnection',
    fields: {
      edges: {
        type: new GraphQLList(new GraphQLObjectType({ name: 'ItemEdge', fields: { node: { type: Item } } })),
      },
      totalCount: { type: GraphQLInt },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        items: { type: new GraphQLNonNull(ItemConnection), args: { first: { type: GraphQLInt } } },
        item: { type: Item },
      },
    }),
  });
  const limits = loadConfig().limits;
  const cost = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return checkOperation(
      schema,
      document,
      document.definitions[0] as OperationDefinitionNode,
      variables,
      limits,
    );
  };

  it('charges 0 for scalars and 1 for objects', () => {
    expect(cost('{ item { name tags } }')).toBe(1);
    expect(cost('{ item { leaf { name } } }')).toBe(2);
  });

  it('multiplies the children of plain lists by 10, or by their declared complexity', () => {
    expect(cost('{ item { children { name } } }')).toBe(1 + 1);
    expect(cost('{ item { children { leaf { name } } } }')).toBe(1 + 1 + 10 * 1);
    expect(cost('{ item { few { leaf { name } } } }')).toBe(1 + 1 + 3 * 1);
    expect(cost('{ item { children { children { leaf { name } } } } }')).toBe(1 + 1 + 10 * (1 + 10 * 1));
  });

  it('multiplies a connection by first (default 20), and not again by its edges', () => {
    expect(cost('{ items(first: 5) { totalCount edges { node { name } } } }')).toBe(1 + 5 * (1 + 1));
    expect(cost('{ items { edges { node { name } } } }')).toBe(1 + 20 * 2);
    expect(cost('query($n: Int) { items(first: $n) { edges { node { leaf { name } } } } }', { n: 7 })).toBe(
      1 + 7 * 3,
    );
  });

  it('rejects first over the page-size cap as BAD_USER_INPUT on `first`', () => {
    expect(() => cost('{ items(first: 101) { totalCount } }')).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }),
      }),
    );
  });

  it('measures fragments once however often they are spread (no exponential blow-up)', () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Item { ${i + 1 < levels ? `...F${i + 1} a${i}: child { ...F${i + 1} }` : 'name'} }`,
    );
    const started = Date.now();
    expect(() => cost(`{ item { ...F0 } } ${fragments.join(' ')}`)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) }),
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
