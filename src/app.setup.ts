import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from './config/app-config';

/** Request body limit: a whole registry can be imported in one request. */
export const BODY_LIMIT = '50mb';

/** HTTP settings shared by the service and the tests, so what is tested is what runs. */
export function configureApp(app: NestExpressApplication, _config: AppConfig): void {
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.enableCors({ origin: false });
}
