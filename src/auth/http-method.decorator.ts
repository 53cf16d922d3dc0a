import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from './auth.decorators';

/** The HTTP method of the request (GET or POST for GraphQL); null outside HTTP. */
export const HttpMethod = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  const request = requestOf(context) as { method?: string } | undefined;
  return request?.method ?? null;
});
