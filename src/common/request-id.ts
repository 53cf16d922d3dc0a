import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a caller's request id may look like (a proxy's or a client's trace id): short, no spaces. */
const ACCEPTABLE = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/**
 * The request's id for the logs: the caller's `X-Request-Id` when it is a sensible token (so a
 * request can be followed from the load balancer into jaavi's log), otherwise a new UUID; it is
 * returned in the response's `X-Request-Id` either way.
 */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}
