import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { AppConfig } from './config/app-config';

/**
 * Request body limit: a city's or a region's registry can be imported in one request (the M
 * benchmark file is 18 MB). Larger files go through `jaavi import`, which streams them: a
 * request body is parsed whole, and at the production heap size (`npm run start:prod`) a 50 MB
 * document of dense records did not fit.
 */
export const BODY_LIMIT = '25mb';

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
