import { BadRequestException, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ValidationError as OrmValidationError } from '@mikro-orm/core';
import { AppError, type ErrorCode, type ProblemDetail } from './app-error';

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * The one place that decides what a client sees of an error: a stable code from api.md, a
 * message, and for bad input every problem with its path. Nothing else (no stack, no SQL).
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    const { code, message, problems } = this.classify(exception);
    if (code === 'INTERNAL_SERVER_ERROR') this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return new GraphQLError(message, {
      extensions: { code, ...(problems.length > 0 ? { problems } : {}) },
    });
  }

  private classify(exception: unknown): { code: ErrorCode; message: string; problems: ProblemDetail[] } {
    if (exception instanceof AppError) {
      return { code: exception.code, message: exception.message, problems: exception.problems };
    }
    if (exception instanceof BadRequestException) {
      const body = exception.getResponse() as { message?: string | string[]; problems?: ProblemDetail[] };
      const problems = body.problems ?? [];
      const message = Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? 'bad input');
      return { code: 'BAD_USER_INPUT', message, problems };
    }
    if (exception instanceof HttpException) {
      const code = HTTP_CODES[exception.getStatus()] ?? 'INTERNAL_SERVER_ERROR';
      return { code, message: code === 'INTERNAL_SERVER_ERROR' ? 'internal error' : exception.message, problems: [] };
    }
    if (exception instanceof OrmValidationError) {
      return { code: 'BAD_USER_INPUT', message: 'the input does not fit the registry', problems: [] };
    }
    return { code: 'INTERNAL_SERVER_ERROR', message: 'internal error', problems: [] };
  }
}

/** Ensures anything Apollo itself reports (parse and validation errors) carries no stack trace. */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
  void _stack;
  void _exception;
  const code = REQUEST_ERROR_CODES.has(String(extensions.code)) ? 'BAD_USER_INPUT' : extensions.code;
  return { ...formatted, extensions: { ...extensions, code } };
}

/** Apollo's own codes for a malformed request; api.md has one code for bad input. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);
