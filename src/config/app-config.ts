import { plainToInstance, Transform } from 'class-transformer';
import { parseRoleMap } from '../auth/claim-mapping';
import { ConfigError } from './config-error';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

/** Every environment variable jaavi reads, validated once at start-up (README: Configuration). */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** PostgreSQL connection string; without it jaavi runs on the embedded database. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /** Folder of the embedded database (PGlite). */
  @IsString()
  JAAVI_DATA_DIR = './.jaavi';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** HS256 secret for development and test tokens. */
  @IsOptional()
  @IsString()
  @MinLength(16)
  JWT_SECRET?: string;

  @IsOptional()
  @IsString()
  OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  OIDC_AUDIENCE?: string;

  @IsOptional()
  @IsString()
  OIDC_JWKS_URL?: string;

  /** Where the provider puts the user's roles: a dotted path (`roles`, `groups`, `realm_access.roles`). */
  @IsString()
  OIDC_ROLES_CLAIM = 'roles';

  /** The provider's group or role names → jaavi roles: `name=role,name=role`; unset: jaavi's names. */
  @IsOptional()
  @IsString()
  OIDC_ROLE_MAP?: string;

  /** The claim (dotted path) with an official's person id in jaavi's registry. */
  @IsString()
  OIDC_PERSON_CLAIM = 'person';

  /** The claim (dotted path) with a secretary's bodies. */
  @IsString()
  OIDC_BODIES_CLAIM = 'bodies';

  /** RFC 7662 introspection endpoint: opaque (non-JWT) access tokens are checked there. */
  @IsOptional()
  @IsString()
  OIDC_INTROSPECTION_URL?: string;

  /** jaavi's client at the provider for introspection (default OIDC_CLIENT_ID) and its secret. */
  @IsOptional()
  @IsString()
  OIDC_INTROSPECTION_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  OIDC_INTROSPECTION_CLIENT_SECRET?: string;

  /** The provider's keys are fetched again after this long: a removed key is refused within it. */
  @Transform(({ value }) => (value === undefined || value === '' ? 300 : Number(value)))
  @IsInt()
  @Min(0)
  OIDC_JWKS_MAX_AGE_SECONDS = 300;

  /** The web app's client id at the OpenID Connect provider (sign-in page). */
  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  /** Requests per minute per token (or per address without one). */
  @Transform(({ value }) => (value === undefined || value === '' ? 600 : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Redis for the rate-limit counters (shared by the instances); without it, PostgreSQL. */
  @IsOptional()
  @IsString()
  REDIS_URL?: string;

  /** Bearer token a Prometheus scraper sends to `/metrics`; without it `/metrics` is not served. */
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string;

  /** Comma-separated origins allowed by CORS; none by default. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @Transform(({ value }) => (value === undefined || value === '' ? 8 : Number(value)))
  @IsInt()
  @Min(2)
  GRAPHQL_MAX_DEPTH = 8;

  @Transform(({ value }) => (value === undefined || value === '' ? 20000 : Number(value)))
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COST = 20000;

  /** Seed the demo data set into an empty database on start (default: only on the embedded one). */
  @IsOptional()
  @IsIn(['true', 'false'])
  JAAVI_DEMO?: 'true' | 'false';

  /** `false`: do not run migrations at start (run `jaavi migrate` as a separate step). */
  @IsOptional()
  @IsIn(['true', 'false'])
  JAAVI_MIGRATE?: 'true' | 'false';

  get embedded(): boolean {
    return !this.DATABASE_URL;
  }

  get oidc(): boolean {
    return Boolean(this.OIDC_ISSUER && this.OIDC_AUDIENCE && this.OIDC_JWKS_URL);
  }

  /** The HS256 secret: JWT_SECRET, or outside production a fixed, public development secret. */
  get jwtSecret(): string {
    return this.JWT_SECRET ?? DEVELOPMENT_SECRET;
  }
}

/** Public on purpose: development tokens are for the demo and tests only. */
export const DEVELOPMENT_SECRET = 'jaavi-development-secret-never-for-production';

export { ConfigError };

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`invalid configuration\n  ${lines.join('\n  ')}`);
  }
  try {
    parseRoleMap(config.OIDC_ROLE_MAP);
  } catch (error) {
    throw new ConfigError(`invalid configuration\n  ${(error as Error).message}`);
  }
  if (config.NODE_ENV === 'production') {
    const partialOidc = [config.OIDC_ISSUER, config.OIDC_AUDIENCE, config.OIDC_JWKS_URL].some(Boolean) && !config.oidc;
    const realSecret = Boolean(config.JWT_SECRET && config.JWT_SECRET.length >= 32 && config.JWT_SECRET !== DEVELOPMENT_SECRET);
    if (partialOidc) throw new ConfigError('invalid configuration\n  OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL go together');
    if (!config.oidc && !realSecret) {
      throw new ConfigError(
        'invalid configuration\n  production needs OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL, or a JWT_SECRET of at least 32 characters',
      );
    }
  }
  return config;
}
