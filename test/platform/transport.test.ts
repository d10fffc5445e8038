import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../api/core/auth/role.enum';
import { startTestServer, type TestServer } from '../support/server';
import { issueKey } from '../factories/principals';
import { createTenantTree, type TenantTree } from '../factories/tenants';

let server: TestServer;
let tree: TenantTree;
let adminToken: string;

beforeAll(async () => {
  server = await startTestServer();
  tree = await createTenantTree(server.db);
  adminToken = await issueKey(server.db, Role.DISTRICT_INTEGRATOR, { tenant: tree.district });
});
afterAll(() => server.close());

const origin = () => new URL(server.url).origin;
const wsUrl = () => `ws://${new URL(server.url).host}/graphql`;

function wsClient(params: Record<string, unknown>): { client: Client; closed: Promise<number> } {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: wsUrl(),
    webSocketImpl: WebSocket,
    connectionParams: params,
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
    onNonLazyError: () => undefined,
  });
  return { client, closed };
}

/** The first result or error of a subscription. */
function firstOf(client: Client, query: string): Promise<unknown> {
  return new Promise((resolve) => {
    const dispose = client.subscribe(
      { query },
      {
        next: (value) => {
          dispose();
          resolve(value);
        },
        error: (error) => resolve({ error }),
        complete: () => undefined,
      },
    );
  });
}

describe('HTTP transport', () => {
  it('answers GraphQL at /graphql and at /, by POST and by GET', async () => {
    const query = '{ me { name roles } }';
    for (const path of ['/graphql', '/']) {
      const post = await fetch(`${origin()}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ query }),
      });
      expect(post.status).toBe(200);
      expect(((await post.json()) as { data: { me: { roles: string[] } } }).data.me.roles).toEqual([
        Role.DISTRICT_INTEGRATOR,
      ]);
      const get = await fetch(`${origin()}${path}?query=${encodeURIComponent(query)}`, {
        headers: { authorization: `Bearer ${adminToken}`, 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(200);
      expect(((await get.json()) as { data: { me: { roles: string[] } } }).data.me.roles).toEqual([
        Role.DISTRICT_INTEGRATOR,
      ]);
    }
  });

  it('serves the in-browser IDE on a browser GET and allows cross-origin frontends', async () => {
    const page = await fetch(`${origin()}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const preflight = await fetch(`${origin()}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://frontend.lvyun.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses a request body over 2 MB with 413', async () => {
    const response = await fetch(`${origin()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(2_200_000)}` }),
    });
    expect(response.status).toBe(413);
  });
});

describe('WebSocket transport (graphql-ws at /graphql)', () => {
  it('closes a socket whose credential is not valid with 4403', async () => {
    const { client, closed } = wsClient({ authorization: 'Bearer gk_not-a-real-key' });
    expect(await closed).toBe(4403);
    await client.dispose();
  });

  it('validates and limits a subscription like any operation, with coded errors', async () => {
    const { client } = wsClient({ authorization: `Bearer ${adminToken}` });
    const unknown = (await firstOf(client, 'subscription { noSuchField }')) as {
      error: { message: string; extensions: { code: string; reason: string } }[];
    };
    // The same codes as over HTTP: BAD_USER_INPUT, with graphql-js's reason.
    expect(unknown.error[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
    expect(unknown.error[0].message).toContain('noSuchField');
    const broken = (await firstOf(client, 'subscription {')) as typeof unknown;
    expect(broken.error[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: alertId`).join(' ');
    const tooMany = (await firstOf(client, `subscription { careAlertNotices { ${aliases} } }`)) as {
      error: { extensions: { code: string } }[];
    };
    expect(tooMany.error[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    await client.dispose();
  });
});
