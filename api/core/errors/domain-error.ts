import { GraphQLError } from 'graphql';

/** The stable error codes clients switch on (`errors[].extensions.code`). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  RATE_LIMITED = 'RATE_LIMITED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * A failure the client can act on. Services throw these; formatError passes them through
 * unchanged, while anything else becomes a generic INTERNAL_SERVER_ERROR.
 */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (
  message = 'Authentication required: send a valid API key or session token.',
) => new DomainError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'Your role does not allow this operation.') =>
  new DomainError(ErrorCode.FORBIDDEN, message);

export const notFound = (what: string, id?: string) =>
  new DomainError(ErrorCode.NOT_FOUND, id ? `${what} "${id}" was not found.` : `${what} was not found.`);

export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);

/** A bad value in one input field; `field` is the dotted path inside `input`. */
export const badInput = (field: string, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });

export const invalidTransition = (entity: string, state: string, action: string) =>
  new DomainError(
    ErrorCode.INVALID_TRANSITION,
    `${entity} is ${state}: "${action}" is not allowed from this state.`,
    {
      state,
    },
  );
