import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import cors from 'cors';
import express from 'express';
import type { RequestContext } from './context';
import type { RequestLike } from './server';
import { logger } from '../core/logger';

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** An error of the body parser or CORS (e.g. 413 for a body over the limit) as a plain HTTP answer. */
function fail(res: ServerResponse, error: unknown): void {
  const status = (error as { status?: number; statusCode?: number }).status ?? 500;
  if (status >= 500) logger.error({ err: error }, 'HTTP request failed before GraphQL');
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(status >= 500 ? 'Internal server error' : (error as Error).message);
}

/**
 * GraphQL over HTTP straight on Node's server, as Apollo's standalone server does it: CORS, the
 * JSON body (at most `bodyLimit`), then Apollo. The hot path of every client runs no router:
 * express's routing and request decoration cost about a third of the throughput of a small query
 * here, so express serves only the REST routes (Open311).
 */
export function graphqlHttpHandler(
  server: ApolloServer<RequestContext>,
  createContext: (req: RequestLike) => Promise<RequestContext>,
  bodyLimit: string,
): (req: IncomingMessage, res: ServerResponse) => void {
  // Bearer tokens, no cookies: any origin may call (community frontends are served from anywhere).
  const corsHandler = cors() as unknown as Middleware;
  const json = express.json({ limit: bodyLimit }) as unknown as Middleware;
  return (req, res) => {
    corsHandler(req, res, (corsError) => {
      if (corsError) return fail(res, corsError);
      json(req, res, (bodyError) => {
        if (bodyError) return fail(res, bodyError);
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        const url = req.url ?? '/';
        const query = url.indexOf('?');
        server
          .executeHTTPGraphQLRequest({
            httpGraphQLRequest: {
              method: (req.method ?? 'GET').toUpperCase(),
              headers,
              search: query >= 0 ? url.slice(query) : '',
              body: (req as { body?: unknown }).body,
            },
            context: () => createContext(req),
          })
          .then(async (response) => {
            for (const [key, value] of response.headers) res.setHeader(key, value);
            res.statusCode = response.status ?? 200;
            if (response.body.kind === 'complete') {
              res.end(response.body.string);
              return;
            }
            for await (const chunk of response.body.asyncIterator) res.write(chunk);
            res.end();
          })
          .catch((error: unknown) => fail(res, error));
      });
    });
  };
}
