import { plainToInstance, Transform } from 'class-transformer';
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

  /** Seed the demo data set into an empty database on start (default: only on the embedded one). */
  @IsOptional()
  @IsIn(['true', 'false'])
  JAAVI_DEMO?: 'true' | 'false';

  get embedded(): boolean {
    return !this.DATABASE_URL;
  }
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`invalid configuration\n  ${lines.join('\n  ')}`);
  }
  return config;
}
