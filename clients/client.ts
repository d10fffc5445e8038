import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export interface ClientOptions {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  /** API key (gk_…) or session token (gs_…). */
  token?: string;
  /** Purpose-free extra headers, e.g. Idempotency-Key on a mutation. */
  headers?: Record<string, string>;
}

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** Raised for any GraphQL error; `code` is the first error's extensions.code. */
export class GridApiError extends Error {
  constructor(
    public readonly errors: GraphQLErrorBody[],
    public readonly code = errors[0]?.extensions?.code,
  ) {
    super(errors.map((e) => e.message).join('; '));
  }
}

export interface ResultWithExtensions<T> {
  data: T;
  extensions?: { cost?: { requested: number; limit: number; remaining: number; resetInSeconds: number } };
}

/**
 * A minimal typed client over fetch for the generated documents in clients/sdk:
 * `await client.request(CommunitiesDocument, { first: 50 })` is typed end to end.
 */
export function createClient(options: ClientOptions) {
  async function execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    headers: Record<string, string> = {},
  ): Promise<ResultWithExtensions<TResult>> {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
        ...headers,
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as {
      data?: TResult;
      errors?: GraphQLErrorBody[];
      extensions?: ResultWithExtensions<TResult>['extensions'];
    };
    if (body.errors?.length) throw new GridApiError(body.errors);
    return { data: body.data as TResult, extensions: body.extensions };
  }
  return {
    execute,
    request: async <TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables?: TVariables,
    ) => (await execute(document, variables)).data,
  };
}
