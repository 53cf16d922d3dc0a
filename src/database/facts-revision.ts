import type { SqlRunner } from './sql';

/**
 * The facts revision (`registry_revision.facts_revision`): statement triggers on every table
 * the rules read move it, in the writing transaction, so it commits with the change.
 *
 * Takes the revision row's lock first. Every write to the facts ends by taking it (the
 * triggers), so a transaction that locks other rows first (an edit locking its item) and one
 * that writes the registry could wait on each other in opposite orders; taking it first puts
 * every writer in one queue.
 */
export async function lockFactsRevision(sql: SqlRunner): Promise<void> {
  await sql('select 1 from registry_revision where id = 1 for update', []);
}
