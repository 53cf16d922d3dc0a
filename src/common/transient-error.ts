/**
 * PostgreSQL SQLSTATEs that mean "the connection or the server is gone for now", not "this
 * request is wrong": class 08 (connection exception), 57P01–57P03 (administrator or crash
 * shutdown, the server is starting), 53300 (too many connections).
 */
const TRANSIENT_SQLSTATE = /^(08...|57P0[123]|53300)$/;

/** Node's socket errors when the server cannot be reached or the connection broke. */
const TRANSIENT_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * What node-postgres and knex say when a connection died under them or none could be had.
 * "Transaction query already complete" is knex refusing a statement of a transaction that was
 * already ended under it: here, statements of one transaction run in parallel (the facts
 * loader), and when the connection is lost the first failure ends the transaction.
 */
const TRANSIENT_MESSAGE =
  /Connection terminated|Connection ended unexpectedly|connection error and is not queryable|Timeout acquiring a connection|terminating connection|the database system is (starting up|shutting down)|Client was closed and is not queryable|Transaction query already complete/i;

/**
 * True when an error (or anything in its cause chain) comes from losing the database rather
 * than from the request: the client should retry, and the pool replaces the connection.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, name, message, cause, previous } = e as {
      code?: unknown;
      name?: unknown;
      message?: unknown;
      cause?: unknown;
      previous?: unknown;
    };
    if (typeof code === 'string' && (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_ERRNO.has(code))) return true;
    if (name === 'ConnectionException' || name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && TRANSIENT_MESSAGE.test(message)) return true;
    e = cause ?? previous;
  }
  return false;
}

/** Seconds a client is told to wait before retrying (the pool reconnects within about one). */
export const RETRY_AFTER_SECONDS = 1;

/**
 * What to log of a transient error: its code and the driver's own words, never the statement
 * (MikroORM puts the SQL with its parameters, personal data included, before " - ").
 */
export function transientReason(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text =
    typeof message === 'string'
      ? message
          .slice(message.lastIndexOf(' - ') + 1)
          .replace(/^- /, '')
          .trim()
      : String(error);
  return [typeof code === 'string' ? code : null, text.slice(0, 200)].filter(Boolean).join(' ');
}
