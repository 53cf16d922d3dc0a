import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { bearerToken } from './bearer-token';
import { AppError } from '../common/app-error';
import { sqlRunner } from '../database/sql';
import { TokenVerifier } from './token-verifier';
import { MEETING_SCOPE_KEY, PUBLIC_KEY, ROLES_KEY, requestOf } from './auth.decorators';
import { hasRole, type Principal, type Role } from './roles';

interface MeetingScope {
  argument: string;
  kind: 'meeting' | 'item' | 'finding' | 'body';
}

const BODY_OF: Record<Exclude<MeetingScope['kind'], 'body'>, string> = {
  meeting: 'select body_id from meeting where id = ?',
  item: 'select m.body_id from agenda_item i join meeting m on m.id = i.meeting_id where i.id = ?',
  finding: `select m.body_id from finding f join check_run r on r.id = f.run_id join meeting m on m.id = r.meeting_id
            where f.id::text = ?`,
};

/**
 * The one place where access is decided: a valid bearer token, a role the operation allows
 * (`@Roles`; none means nobody), and for a secretary, a meeting of their own bodies
 * (`@MeetingScope`). Officials' own-person rule lives in the operations that take no person
 * argument (they use the caller's person); field-level personal data in PersonalDataPolicy.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly em: EntityManager,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = requestOf(context);
    const principal = await this.authenticate(request.headers.authorization);
    request.principal = principal;

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    const granted = allowed.filter((role) => hasRole(principal, role));
    if (granted.length === 0) throw new AppError('FORBIDDEN', 'your role may not do this');

    const scope = this.reflector.getAllAndOverride<MeetingScope | undefined>(MEETING_SCOPE_KEY, targets);
    const unlimited = granted.some((role) => role !== 'secretary');
    if (scope && !unlimited) await this.checkBodies(principal, scope, context);
    return true;
  }

  private async authenticate(header: string | string[] | undefined): Promise<Principal> {
    const token = bearerToken(header);
    if (!token) throw new AppError('UNAUTHENTICATED', 'an Authorization: Bearer token is required');
    return this.verifier.verify(token);
  }

  private async checkBodies(principal: Principal, scope: MeetingScope, context: ExecutionContext): Promise<void> {
    const args = GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
    const id = scope.argument.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], args);
    if (typeof id !== 'string') throw new AppError('FORBIDDEN', 'your role may not do this');
    // An id no row can have (PostgreSQL text takes no NUL) is not looked up: it is nobody's.
    if (id.includes('\u0000') || id.length > 1000) throw new AppError('FORBIDDEN', 'this meeting belongs to a body you do not serve');
    const bodyId =
      scope.kind === 'body' ? id : ((await sqlRunner(this.em.fork())(BODY_OF[scope.kind], [id]))[0]?.body_id as string | undefined);
    // A meeting that does not exist is NOT_FOUND (api.md); ids are not secret (every signed-in
    // user lists meetings), so telling "missing" from "not yours" reveals nothing.
    if (!bodyId) throw AppError.notFound(scope.kind, id);
    if (!principal.bodies.includes(String(bodyId))) {
      throw new AppError('FORBIDDEN', 'this meeting belongs to a body you do not serve');
    }
  }
}
