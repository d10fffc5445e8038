import { ApolloServer, HeaderMap } from '@apollo/server';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { buildSchema, execute, printSchema } from 'graphql';
import {
  apolloGatewayContextModule,
  installGatewayRequestContext,
  makeGatewayRequestContext,
} from '../../api/app/gateway-request-context';

function requestContext(search: string) {
  const requestHeaders = new HeaderMap([
    ['content-type', 'application/json'],
    ['x-request-id', 'r1'],
  ]);
  const responseHeaders = new HeaderMap([['x-a', '1']]);
  return {
    request: {
      query: '{ __typename }',
      operationName: 'Q',
      variables: { first: 3 },
      http: { method: 'POST', search, headers: requestHeaders },
    },
    response: { http: { status: undefined as number | undefined, headers: responseHeaders } },
    schema: { schema: true },
    contextValue: { ctx: true },
    queryHash: 'abc',
    document: { kind: 'Document' },
    source: '{ __typename }',
    operationName: 'Q',
    operation: { kind: 'OperationDefinition' },
    errors: [],
    metrics: { m: 1 },
    overallCachePolicy: { policy: 1 },
    requestIsBatched: false,
  };
}

describe("the gateway's request context (a class per request was promoting every request)", () => {
  const apollo = apolloGatewayContextModule()!.makeGatewayGraphQLRequestContext;
  const server = { logger: { log: true }, cache: { cache: true } };
  const internals = { includeStacktraceInErrorResponses: false };

  it.each(['', '?a=1', 'a=1'])('builds what Apollo builds (search %j)', (search) => {
    const a = apollo(requestContext(search), server, internals);
    const ours = requestContext(search);
    const b = makeGatewayRequestContext(ours, server, internals);
    const plain = ({ request, response: _response, ...rest }: Record<string, unknown>) => {
      const { http, ...req } = request as { http: { method: string; url: string } };
      return { ...rest, req, method: http.method, url: http.url };
    };
    expect(plain(b)).toEqual(plain(a));

    // Headers: the same Fetch-style view of the request's and the response's HeaderMaps.
    const headersA = (a.request as { http: { headers: Headers } }).http.headers;
    const headersB = (b.request as { http: { headers: Headers } }).http.headers;
    expect([...headersB]).toEqual([...headersA]);
    expect(headersB.get('x-request-id')).toBe('r1');
    expect(headersB.get('absent')).toBeNull();
    const responseHttp = (b.response as { http: { status?: number; headers: Headers } }).http;
    responseHttp.headers.append('x-a', '2');
    expect(ours.response.http.headers.get('x-a')).toBe('1, 2');

    // status reads and writes the request's own, as Apollo's getter and setter do.
    responseHttp.status = 207;
    expect(ours.response.http.status).toBe(207);
    ours.response.http.status = 208;
    expect(responseHttp.status).toBe(208);
    // …through the prototype, not a getter and setter of each object's own.
    expect(Object.getOwnPropertyDescriptor(responseHttp, 'status')).toBeUndefined();
  });

  it("is what Apollo's request pipeline calls once installed", async () => {
    expect(installGatewayRequestContext()).toBe(apollo);
    expect(apolloGatewayContextModule()!.makeGatewayGraphQLRequestContext).toBe(makeGatewayRequestContext);

    const schema = buildSchema('type Query { hello: String }');
    let seenOwnStatus: PropertyDescriptor | undefined = { value: 'not called' };
    const gateway: GatewayInterface = {
      load: async () => ({
        executor: async (requestContext) => {
          const http = requestContext.response!.http!;
          seenOwnStatus = Object.getOwnPropertyDescriptor(http, 'status');
          http.status = 203;
          return execute({ schema, document: requestContext.document });
        },
      }),
      onSchemaLoadOrUpdate: (callback) => {
        callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
        return () => undefined;
      },
      stop: async () => undefined,
    };
    const apolloServer = new ApolloServer({ gateway });
    await apolloServer.start();
    try {
      const response = await apolloServer.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([['content-type', 'application/json']]),
          search: '',
          body: { query: '{ __typename }' },
        },
        context: async () => ({}),
      });
      expect(response.status).toBe(203);
      expect(response.body.kind === 'complete' && JSON.parse(response.body.string)).toEqual({
        data: { __typename: 'Query' },
      });
      expect(seenOwnStatus).toBeUndefined();
    } finally {
      await apolloServer.stop();
    }
  });
});
