import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Observable, retry, throwError, timer } from 'rxjs';
import { isTransientDatabaseError } from './transient-error';

/** Long enough for the pool to drop the dead connection and open a new one. */
const RETRY_DELAY_MS = 200;

/**
 * A query whose database connection was lost is run once more, on a fresh connection: reads
 * change nothing, so repeating them is safe (a check stores its run in one transaction, which
 * was rolled back). Mutations are never repeated here: the client gets SERVICE_UNAVAILABLE and
 * decides, because a lost commit acknowledgement can hide a write that did happen.
 */
@Injectable()
export class RetryReadsInterceptor implements NestInterceptor {
  private readonly logger = new Logger('RetryReads');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.operation.operation !== 'query') return next.handle();
    const retryOnce = (error: unknown) => {
      if (!isTransientDatabaseError(error)) return throwError(() => error);
      this.logger.warn(`${info.fieldName}: the database connection was lost; running the query once more`);
      return timer(RETRY_DELAY_MS);
    };
    return next.handle().pipe(retry({ count: 1, delay: retryOnce }));
  }
}
