/** The error codes clients see (api.md); mapped to GraphQL in one filter and to CLI exit codes. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  /** The database (or the rate limiter's store) cannot be reached: retry after `Retry-After`. */
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface ProblemDetail {
  /** Where the problem is: a JSON path in a dataset, or a GraphQL argument path. */
  path: string;
  message: string;
  code?: string;
}

/** An expected failure with a stable code and, for bad input, every problem found. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: ProblemDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(kind: string, id: string): AppError {
    return new AppError('NOT_FOUND', `no ${kind} "${id}"`, [{ path: 'id', message: `no ${kind} "${id}"` }]);
  }

  static badInput(message: string, problems: ProblemDetail[]): AppError {
    return new AppError('BAD_USER_INPUT', message, problems);
  }
}
