import type { EntityManager } from '@mikro-orm/postgresql';

/** Runs one statement (`?` placeholders) on the entity manager's connection and transaction. */
export type SqlRunner = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export function sqlRunner(em: EntityManager): SqlRunner {
  const connection = em.getConnection();
  return (sql, params) => connection.execute(sql, params, 'all', em.getTransactionContext());
}
