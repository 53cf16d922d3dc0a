import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenVerifier } from '../auth/token-verifier';
import { bearerToken } from '../auth/bearer-token';

type Next = (error?: unknown) => void;
type Handler = (req: IncomingMessage & { body?: unknown }, res: ServerResponse, next: Next) => void;
// express comes with @nestjs/platform-express; only its JSON parser is used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { json } = require('express') as { json: (options: { limit: string | number }) => Handler };

/** Any request body: queries and ordinary mutations are small. */
export const SMALL_BODY_LIMIT = 1024 * 1024;
/**
 * For administrators only (`importDataset`): a city's or a region's registry in one request
 * (the M benchmark file is 18 MB). Larger files go through `jaavi import`, which streams them:
 * a request body is parsed whole, and at the production heap size a 50 MB document did not fit.
 */
export const LARGE_BODY_LIMIT = 25 * 1024 * 1024;
/** Deeper nesting than any real query: graphql-js parses recursively and overflows the stack. */
const MAX_NESTING = 200;

export function graphqlError(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Parses JSON bodies up to 1 MB for anyone, and up to 25 MB only for a verified administrator:
 * the token is checked before a large body is read, so unauthenticated callers cannot make the
 * service buffer and parse 25 MB documents (body-parser refuses a declared length over the limit
 * without reading it).
 */
export function jsonBodies(verifier: TokenVerifier): Handler {
  const small = json({ limit: SMALL_BODY_LIMIT });
  const large = json({ limit: LARGE_BODY_LIMIT });
  return (req, res, next) => {
    const declared = Number(req.headers['content-length']);
    const token = bearerToken(req.headers.authorization);
    if ((Number.isFinite(declared) && declared <= SMALL_BODY_LIMIT) || !token) return small(req, res, next);
    verifier.verify(token).then(
      (principal) => (principal.roles.includes('admin') ? large : small)(req, res, next),
      () => small(req, res, next),
    );
  };
}

/** Refuses a query nested deeper than any real one before graphql-js parses it. */
export const nestingLimit: Handler = (req, res, next) => {
  const query = (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string' && nestingDepth(query) > MAX_NESTING) {
    return graphqlError(res, 400, 'BAD_USER_INPUT', `the query is nested deeper than ${MAX_NESTING} levels`);
  }
  next();
};

/** Body errors as GraphQL errors with their HTTP status: malformed JSON 400, too large 413. */
export function bodyErrors(
  error: { type?: string; status?: number } | undefined,
  _req: IncomingMessage,
  res: ServerResponse,
  next: Next,
): void {
  if (error?.type === 'entity.too.large') {
    return graphqlError(
      res,
      413,
      'BAD_USER_INPUT',
      `the request body is over ${SMALL_BODY_LIMIT / 1024 / 1024} MB (administrators' imports: ${LARGE_BODY_LIMIT / 1024 / 1024} MB)`,
    );
  }
  if (error?.type === 'entity.parse.failed') return graphqlError(res, 400, 'BAD_USER_INPUT', 'the request body is not valid JSON');
  if (error && typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return graphqlError(res, error.status, 'BAD_USER_INPUT', 'the request body cannot be read');
  }
  next(error);
}

function nestingDepth(query: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[' || c === '(') max = Math.max(max, ++depth);
    else if (c === '}' || c === ']' || c === ')') depth--;
  }
  return max;
}

const INTROSPECTION = /\b__(schema|type)\b/;

/**
 * In production the schema is described only to signed-in callers: introspection without a
 * valid token is refused (UNAUTHENTICATED) before GraphQL runs. Development keeps it open.
 */
export function introspectionGate(verifier: TokenVerifier): Handler {
  return (req, res, next) => {
    const fromBody = (req.body as { query?: unknown } | undefined)?.query;
    const fromUrl = new URL(req.url ?? '/', 'http://x').searchParams.get('query');
    const query = typeof fromBody === 'string' ? fromBody : fromUrl;
    if (!query || !INTROSPECTION.test(query)) return next();
    const token = bearerToken(req.headers.authorization);
    const refuse = () => graphqlError(res, 401, 'UNAUTHENTICATED', 'introspection needs a token in production');
    if (!token) return refuse();
    verifier.verify(token).then(() => next(), refuse);
  };
}
