import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/app-config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { testDatabase } from './test-database';

export interface GraphqlResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; problems?: { path: string; message: string }[] } }[];
}

export interface TestApp {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** The real service (AppModule) on this worker's database, listening on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { url: databaseUrl, embedded } = testDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', JAAVI_DEMO: 'false', ...env });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, { url: databaseUrl, embedded, close: async () => undefined })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'], bodyParser: true });
  configureApp(app, config);
  await app.init();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    databaseUrl,
    async gql(query, variables, token) {
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
