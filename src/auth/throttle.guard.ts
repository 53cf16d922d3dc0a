import { createHash } from 'node:crypto';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

type Req = { headers: Record<string, string | string[] | undefined>; ip?: string; res?: unknown };

/**
 * Rate limit per token (a hash of it; the address for requests without one), before the token
 * is verified, so floods of bad tokens are limited too.
 */
@Injectable()
export class ThrottleGuard extends ThrottlerGuard {
  override getRequestResponse(context: ExecutionContext): { req: Record<string, unknown>; res: Record<string, unknown> } {
    if (context.getType<string>() === 'graphql') {
      const req = GqlExecutionContext.create(context).getContext<{ req: Req }>().req;
      return { req: req, res: req.res as never };
    }
    return super.getRequestResponse(context);
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const headers = (req as Req).headers ?? {};
    const authorization = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
    if (authorization) return `token:${createHash('sha256').update(authorization).digest('hex')}`;
    return `ip:${(req as Req).ip ?? 'unknown'}`;
  }
}
