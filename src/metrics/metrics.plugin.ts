import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { Kind } from 'graphql';
import { MetricsService } from './metrics.service';

/** Top-level fields whose resolver runs the rule engine, and the `kind` they are counted as. */
const CHECK_FIELDS: Record<string, string> = {
  meetingCheck: 'check',
  historicalCheck: 'historical',
  meetingAudit: 'audit',
  myWarnings: 'warnings',
  missedRecusals: 'missed_recusals',
};

/**
 * Counts and times every GraphQL request. The operation label is the request's top-level field
 * names (bounded by the schema), not the client-chosen operation name (unbounded).
 */
@Plugin()
export class MetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const started = process.hrtime.bigint();
    const metrics = this.metrics;
    return {
      async executionDidStart() {
        return {
          willResolveField({ info }) {
            const kind = info.path.prev === undefined ? CHECK_FIELDS[info.fieldName] : undefined;
            if (!kind) return;
            const end = metrics.checks.startTimer({ kind });
            return () => void end();
          },
        };
      },
      async willSendResponse(context: GraphQLRequestContext<Record<string, unknown>>) {
        const operation = operationLabel(context);
        const type = context.operation?.operation ?? 'invalid';
        const body = context.response.body;
        const errors = body?.kind === 'single' ? body.singleResult.errors : undefined;
        const outcome = errors?.length ? String(errors[0].extensions?.code ?? 'error') : 'ok';
        metrics.requests.inc({ operation, type, outcome });
        metrics.latency.observe({ operation, type }, Number(process.hrtime.bigint() - started) / 1e9);
      },
    };
  }
}

function operationLabel(context: GraphQLRequestContext<Record<string, unknown>>): string {
  const selections = context.operation?.selectionSet.selections ?? [];
  const fields = selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])).sort();
  if (fields.length === 0) return 'none';
  return fields.length > 3 ? `${fields.slice(0, 3).join(',')},…` : fields.join(',');
}
