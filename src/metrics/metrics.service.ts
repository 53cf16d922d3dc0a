import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The knex (tarn) pool's counters, read when Prometheus scrapes. */
interface PoolCounts {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * The service's Prometheus metrics, in a registry of its own (not prom-client's global one,
 * so that several application instances in one process, as in the tests, do not collide).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'jaavi_graphql_requests_total',
    help: 'GraphQL requests by operation (top-level fields), type and outcome (ok or the error code)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly latency = new Histogram({
    name: 'jaavi_graphql_request_duration_seconds',
    help: 'GraphQL request duration by operation (top-level fields) and type',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly checks = new Histogram({
    name: 'jaavi_check_duration_seconds',
    help: 'Duration of the rule engine runs: meeting checks, audits, historical checks, warnings, missed recusals',
    labelNames: ['kind'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(orm: MikroORM) {
    collectDefaultMetrics({ register: this.registry, prefix: 'jaavi_' });
    const pool = (): PoolCounts | undefined => {
      try {
        return (orm.em.getConnection().getKnex().client as { pool?: PoolCounts }).pool;
      } catch {
        return undefined;
      }
    };
    const gauge = (name: string, help: string, read: (p: PoolCounts) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          this.set(p ? read(p) : 0);
        },
      });
    gauge('jaavi_db_pool_used', 'Database connections in use', (p) => p.numUsed());
    gauge('jaavi_db_pool_idle', 'Idle database connections', (p) => p.numFree());
    gauge('jaavi_db_pool_waiting', 'Requests waiting for a database connection', (p) => p.numPendingAcquires());
    gauge('jaavi_db_pool_connecting', 'Database connections being opened', (p) => p.numPendingCreates());
  }
}
