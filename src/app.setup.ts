import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { AppConfig } from './config/app-config';
import { TokenVerifier } from './auth/token-verifier';
import { bodyErrors, introspectionGate, jsonBodies, nestingLimit } from './common/request-limits';

/** HTTP settings shared by the service and the tests, so what is tested is what runs. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  // The web app fetches the OpenID Connect provider's discovery document and token endpoint.
  const provider = config.OIDC_ISSUER ? new URL(config.OIDC_ISSUER).origin : null;
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { 'connect-src': ["'self'", ...(provider ? [provider] : [])] } },
    }),
  );
  // Registered before Nest's own parsers, which then skip JSON (the body is already read).
  app.use(jsonBodies(app.get(TokenVerifier)));
  app.use(bodyErrors);
  app.use(nestingLimit);
  if (config.NODE_ENV === 'production') app.use('/graphql', introspectionGate(app.get(TokenVerifier)));
  const origins = (config.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  app.enableCors({ origin: origins.length > 0 ? origins : false });
  app.set('trust proxy', config.NODE_ENV === 'production' ? 1 : false);
}
