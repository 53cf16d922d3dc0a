import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Principal, Role } from './roles';

export const ROLES_KEY = 'jaavi:roles';
export const PUBLIC_KEY = 'jaavi:public';
export const MEETING_SCOPE_KEY = 'jaavi:meeting-scope';

/** Who may call an operation. An operation without it is refused to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Needs no token (the health check). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The operation acts on the meeting named by this argument (a dotted path into the arguments,
 * e.g. `input.meetingId`), or on the meeting of an item or finding, or directly on a body: a
 * secretary may use it only for their own bodies.
 */
export const MeetingScope = (argument: string, kind: 'meeting' | 'item' | 'finding' | 'body' = 'meeting') =>
  SetMetadata(MEETING_SCOPE_KEY, { argument, kind });

export interface RequestWithPrincipal {
  principal?: Principal;
  id?: string | number;
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
}

export function requestOf(context: ExecutionContext): RequestWithPrincipal {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithPrincipal>();
}

/** The verified caller (set by the AuthGuard). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = requestOf(context).principal;
  if (!principal) throw new Error('CurrentPrincipal used on an operation without authentication');
  return principal;
});
