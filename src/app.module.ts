import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { RetryReadsInterceptor } from './common/retry-reads.interceptor';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';
import type { DatabaseTarget } from './database/database';
import { CoreModule } from './core.module';
import { HealthController } from './common/health.controller';
import { GraphqlExceptionFilter, formatGraphqlError } from './common/graphql-exception.filter';
import { createValidationPipe } from './common/validation.pipe';
import { StorableTextPipe } from './common/storable-text.pipe';
import { DateScalar } from './common/date.scalar';
import { ThrottlerModule } from '@nestjs/throttler';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { MikroORM } from '@mikro-orm/postgresql';
import { throttlerStorage } from './auth/throttler-storage.factory';
import { DATABASE_TARGET } from './database/database.module';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { expensiveFieldsRule } from './common/expensive-fields.rule';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from './auth/auth.module';
import { AuthGuard } from './auth/auth.guard';
import { ThrottleGuard } from './auth/throttle.guard';
import { AuditModule } from './audit/audit.module';
import { SignInResolver } from './demo/sign-in.resolver';
import { ViewerResolver } from './auth/viewer.resolver';
import { WebModule } from './web/web.module';
import { requestId } from './common/request-id';
import { MetricsService } from './metrics/metrics.service';
import { MetricsPlugin } from './metrics/metrics.plugin';
import { MetricsController } from './metrics/metrics.controller';

/**
 * Depth, cost, alias and token limits, checked while validating the query, before anything runs
 * (GraphQL Armor). Field suggestions are off, so the schema cannot be guessed through errors.
 * Apollo's cache-control plugin is off: nothing here may be cached by HTTP caches (personal
 * data), and it wraps every field's resolver, which was a quarter of the memory each request
 * allocated (the warnings benchmark).
 */
function queryLimits(config: AppConfig) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, ignoreIntrospection: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // The token limit is graphql-js's own (parseOptions below): Armor's check parses the query
    // again inside a plugin hook, and a syntax error thrown there answered HTTP 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...plugins, ApolloServerPluginCacheControlDisabled(), requestErrorsAre400],
    validationRules: [...validationRules, expensiveFieldsRule],
    parseOptions: { maxTokens: 5000 },
  };
}

/**
 * A request refused before it ran (syntax, validation, limits, variables) answers HTTP 400, not
 * the 500 Apollo gives errors thrown by validation plugins.
 */
const requestErrorsAre400: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data === undefined && errors?.length && errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT'))
          response.http.status = 400;
      },
    };
  },
};

/** The HTTP service: GraphQL at /graphql and /health, on top of the core. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: requestId,
            // One line per request: id, method, path, status, duration; no header dump.
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            // A 5xx is logged with its status, not with pino-http's made-up "failed with status code" stack.
            customErrorObject: (_req, _res, _error, value: Record<string, unknown>) => ({
              req: value.req,
              res: value.res,
              responseTime: value.responseTime,
            }),
            customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
            autoLogging: { ignore: (req) => req.url?.startsWith('/health') || req.url === '/metrics' },
          },
        }),
        CoreModule.forRoot(config, database),
        AuthModule,
        AuditModule,
        WebModule,
        ThrottlerModule.forRootAsync({
          inject: [MikroORM, DATABASE_TARGET],
          useFactory: (orm: MikroORM, target: DatabaseTarget) => ({
            throttlers: [{ ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
            storage: throttlerStorage(config, orm, target.embedded),
          }),
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...queryLimits(config),
          autoSchemaFile: true,
          sortSchema: true,
          // The exception filter also maps errors of field resolvers (personal-data fields).
          fieldResolverEnhancers: ['filters'],
          path: '/graphql',
          playground: false,
          // The schema is public in development (and committed); in production only to callers
          // with a token (introspectionGate in app.setup).
          introspection: true,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphqlError,
          // A lost database answers 503 with Retry-After (extensions.http on the error), even when
          // other fields of the response have data; @nestjs/apollo would reset it to 200.
          preserveHttpStatusForExecutionErrors: false,
          context: ({ req }: { req: unknown }) => ({ req }),
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        DateScalar,
        MetricsService,
        MetricsPlugin,
        SignInResolver,
        ViewerResolver,
        { provide: APP_GUARD, useClass: ThrottleGuard },
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: RetryReadsInterceptor },
        { provide: APP_PIPE, useClass: StorableTextPipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
