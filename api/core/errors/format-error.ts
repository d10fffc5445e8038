import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ValidationError as ClassValidatorError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import {
  ForeignKeyConstraintViolationException,
  NotFoundError,
  UniqueConstraintViolationException,
  ConnectionException,
} from '@mikro-orm/core';
import { ErrorCode } from './domain-error';
import { logger } from '../logger';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** First failed constraint of a class-validator tree, as a dotted field path inside `input`. */
function firstViolation(
  errors: ClassValidatorError[],
  prefix = '',
): { field: string; message: string } | null {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) return { field: path, message: Object.values(e.constraints)[0] };
    const nested = firstViolation(e.children ?? [], path);
    if (nested) return nested;
  }
  return null;
}

function isConnectionFailure(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  const code = (error as { code?: string })?.code;
  if (
    ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', '08006', '08001'].includes(code ?? '') ||
    /Connection terminated|connect ECONNREFUSED|Knex: Timeout acquiring a connection|not currently accepting connections/.test(
      String((error as Error)?.message),
    )
  )
    return true;
  // A failure outside a resolver (e.g. while authenticating) arrives wrapped in a GraphQLError.
  const cause = (error as { originalError?: unknown })?.originalError;
  return cause !== undefined && cause !== error && isConnectionFailure(cause);
}

/**
 * The one place errors become responses: domain errors pass through, known failures get their
 * code, anything else is INTERNAL_SERVER_ERROR with only a reference (logged with its stack).
 * No stack traces or SQL leave the server unless EXPOSE_ERROR_DETAILS is set.
 */
export function makeFormatError(exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const code = formatted.extensions?.code as string | undefined;

    if (original instanceof ArgumentValidationError) {
      const violation = firstViolation(
        original.extensions.validationErrors as unknown as ClassValidatorError[],
      );
      return {
        ...base,
        message: violation ? violation.message : 'The input is not valid.',
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: violation?.field },
      };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return {
        ...base,
        message: 'A record with the same unique value already exists.',
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    if (original instanceof ForeignKeyConstraintViolationException) {
      return {
        ...base,
        message: 'A referenced record does not exist or is still in use.',
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    if (original instanceof NotFoundError) {
      return { ...base, message: 'The record was not found.', extensions: { code: ErrorCode.NOT_FOUND } };
    }
    if (isConnectionFailure(original)) {
      logger.error({ err: original }, 'database unreachable');
      return {
        ...base,
        message: 'The database is unreachable at the moment; try again shortly.',
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (code && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...base, extensions: { ...formatted.extensions, stacktrace: undefined } };
    }
    // graphql-js parse and validation errors, and Apollo's own request errors.
    if (code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST') {
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code } };
    }
    if (
      code === 'BAD_USER_INPUT' ||
      code === 'PERSISTED_QUERY_NOT_FOUND' ||
      code === 'OPERATION_RESOLUTION_FAILURE'
    ) {
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    logger.error({ err: original }, 'unexpected error');
    return {
      message: 'Internal server error.',
      path: formatted.path,
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        ...(exposeDetails && original instanceof Error
          ? { detail: original.message, stack: original.stack }
          : {}),
      },
    };
  };
}
