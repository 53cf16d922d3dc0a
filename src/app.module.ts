import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';
import type { DatabaseTarget } from './database/database';
import { CoreModule } from './core.module';
import { HealthController } from './common/health.controller';
import { GraphqlExceptionFilter, formatGraphqlError } from './common/graphql-exception.filter';
import { createValidationPipe } from './common/validation.pipe';
import { DateScalar } from './common/date.scalar';

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
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        CoreModule.forRoot(config, database),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphqlError,
          context: ({ req }: { req: unknown }) => ({ req }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        DateScalar,
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
