import { ArgumentsHost, BadRequestException, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ValidationError as OrmValidationError } from '@mikro-orm/core';
import { AppError, type ErrorCode, type ProblemDetail } from './app-error';
import { isTransientDatabaseError, RETRY_AFTER_SECONDS, transientReason } from './transient-error';

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

  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType() === 'http') return this.replyHttp(exception, host);
    if (exception instanceof GraphQLError) return exception;
    const { code, message, problems } = this.classify(exception);
    if (code === 'INTERNAL_SERVER_ERROR') this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (code === 'SERVICE_UNAVAILABLE') this.logger.warn(`database unavailable: ${transientReason(exception)}`);
    return new GraphQLError(message, {
      extensions: { code, ...(problems.length > 0 ? { problems } : {}), ...(code === 'SERVICE_UNAVAILABLE' ? UNAVAILABLE_EXTENSIONS : {}) },
    });
  }

  /** The plain HTTP routes (health, metrics): the status and the body the route gave, or 503/500. */
  private replyHttp(exception: unknown, host: ArgumentsHost): void {
    const res = host
      .switchToHttp()
      .getResponse<{ headersSent: boolean; status(n: number): { json(b: unknown): void }; setHeader(k: string, v: string): void }>();
    if (res.headersSent) return;
    if (exception instanceof HttpException) return void res.status(exception.getStatus()).json(exception.getResponse());
    // Errors of Express middleware (body parser: too large, malformed JSON) carry their status.
    const status = (exception as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return void res.status(status).json({
        status: 'error',
        code: HTTP_CODES[status] ?? 'BAD_USER_INPUT',
        message: status === 413 ? 'the request body is too large' : 'bad request',
      });
    }
    if (isTransientDatabaseError(exception)) {
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return void res.status(503).json({ status: 'error', code: 'SERVICE_UNAVAILABLE' });
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    res.status(500).json({ status: 'error', code: 'INTERNAL_SERVER_ERROR' });
  }

  private classify(exception: unknown): { code: ErrorCode; message: string; problems: ProblemDetail[] } {
    if (isTransientDatabaseError(exception)) {
      return { code: 'SERVICE_UNAVAILABLE', message: 'the database is not reachable just now; try again shortly', problems: [] };
    }
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
    // A value PostgreSQL cannot take (a NUL byte, an integer out of range, a date that does not
    // exist) is the client's mistake, even where no validation caught it first. The message
    // stays generic: PostgreSQL's names the statement's internals.
    const sqlState =
      (exception as { code?: unknown; sqlState?: unknown } | null)?.sqlState ?? (exception as { code?: unknown } | null)?.code;
    if (typeof sqlState === 'string' && /^22[0-9A-Z]{3}$/.test(sqlState)) {
      this.logger.warn(
        `bad value reached the database (${sqlState}): ${exception instanceof Error ? exception.message.slice(0, 200) : ''}`,
      );
      return { code: 'BAD_USER_INPUT', message: 'a value in the request is out of range or not valid', problems: [] };
    }
    return { code: 'INTERNAL_SERVER_ERROR', message: 'internal error', problems: [] };
  }
}

/**
 * A retryable failure: `retryable` for clients, and HTTP 503 with `Retry-After` on the response
 * (Apollo takes `extensions.http` off the error and applies it to the HTTP response).
 */
const UNAVAILABLE_EXTENSIONS = {
  retryable: true,
  http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
};

/** Ensures anything Apollo itself reports (parse and validation errors) carries no stack trace. */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
  void _stack;
  void _exception;
  const code = REQUEST_ERROR_CODES.has(String(extensions.code)) ? 'BAD_USER_INPUT' : extensions.code;
  // graphql-js parses recursively: a request nested too deeply ends in a RangeError.
  if (/Maximum call stack size exceeded/.test(formatted.message)) {
    return { message: 'the query is nested too deeply', extensions: { code: 'BAD_USER_INPUT' } };
  }
  return { ...formatted, extensions: { ...extensions, code } };
}

/** Apollo's own codes for a malformed request; api.md has one code for bad input. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);
