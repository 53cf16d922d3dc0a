import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { AppConfig } from './config/app-config';

/** Request body limit: a whole registry can be imported in one request. */
export const BODY_LIMIT = '50mb';

/** HTTP settings shared by the service and the tests, so what is tested is what runs. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  // The web app fetches the OpenID Connect provider's discovery document and token endpoint.
  const provider = config.OIDC_ISSUER ? new URL(config.OIDC_ISSUER).origin : null;
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { 'connect-src': ["'self'", ...(provider ? [provider] : [])] } },
    }),
  );
  app.useBodyParser('json', { limit: BODY_LIMIT });
  const origins = (config.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  app.enableCors({ origin: origins.length > 0 ? origins : false });
  app.set('trust proxy', config.NODE_ENV === 'production' ? 1 : false);
}
