import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { TokenVerifier } from './token-verifier';
import { bearerToken } from './bearer-token';

type Req = { headers: Record<string, string | string[] | undefined>; ip?: string; res?: unknown };

/**
 * Rate limit per verified user (the token's subject), and per address for everything else:
 * requests without a token and requests whose token fails verification. Keying on the raw
 * header let the same token with different spacing count as new buckets, and let invalid
 * tokens through unlimited.
 */
@Injectable()
export class ThrottleGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  override getRequestResponse(context: ExecutionContext): { req: Record<string, unknown>; res: Record<string, unknown> } {
    if (context.getType<string>() === 'graphql') {
      const req = GqlExecutionContext.create(context).getContext<{ req: Req }>().req;
      return { req: req, res: req.res as never };
    }
    return super.getRequestResponse(context);
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const token = bearerToken((req as Req).headers?.authorization);
    if (token) {
      const principal = await this.verifier.verify(token).catch(() => null);
      if (principal) return `sub:${principal.sub}`;
    }
    return `ip:${(req as Req).ip ?? 'unknown'}`;
  }
}
