import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/app-config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { testDatabase } from './test-database';
import { signDevToken, type DevClaims } from '../../src/auth/dev-token';

/** The HS256 secret the test service verifies with. */
export const TEST_SECRET = 'jaavi-test-secret-0123456789abcdef';

/** A development token for the test service. */
export function tokenFor(claims: DevClaims, options: { expiresIn?: string; audience?: string; secret?: string } = {}): Promise<string> {
  return signDevToken(claims, options.secret ?? TEST_SECRET, options);
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; problems?: { path: string; message: string }[] } }[];
}

export interface TestApp {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  /** Sends a GraphQL request; as an administrator unless a token (or null: none) is given. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** The real service (AppModule) on this worker's database, listening on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { url: databaseUrl, embedded } = testDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    JAAVI_DEMO: 'false',
    JWT_SECRET: TEST_SECRET,
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, { url: databaseUrl, embedded, close: async () => undefined })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'], bodyParser: true });
  configureApp(app, config);
  await app.init();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const admin = await tokenFor({ sub: 'test-admin', roles: ['admin'] });
  return {
    app,
    url,
    databaseUrl,
    async gql(query, variables, token = admin) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      if (!response.headers.get('content-type')?.includes('json')) {
        throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      }
      return (await response.json()) as GraphqlResponse<never>;
    },
    close: () => app.close(),
  };
}
