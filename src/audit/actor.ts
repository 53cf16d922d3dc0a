import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from '../auth/auth.decorators';
import type { Principal, Role } from '../auth/roles';

/** Who acts, for the audit log: the caller and the request it came in. */
export interface Actor {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly requestId: string | null;
  readonly principal: Principal | null;
}

/** The command line acts as an operator with database access (an administrator). */
export const CLI_ACTOR: Actor = { sub: 'cli', roles: ['admin'], requestId: null, principal: null };

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = requestOf(context);
  const principal = request.principal ?? null;
  const header = request.headers['x-request-id'];
  const requestId = request.id !== undefined ? String(request.id) : Array.isArray(header) ? header[0] : (header ?? null);
  return { sub: principal?.sub ?? 'anonymous', roles: principal?.roles ?? [], requestId, principal };
});
