import { AppError, type ProblemDetail } from '../common/app-error';
import type { SqlRunner } from '../database/sql';
import { arrayLiteral } from '../import/sql-batch';

export interface Reference {
  kind: 'person' | 'organization' | 'item' | 'body';
  id: string;
  /** Where in the input, e.g. `input.relatedEntities[1].entityId`. */
  path: string;
}

const BODY_KINDS = ['council', 'board', 'committee', 'division', 'audit_committee', 'supervisory_board', 'other_body'];

/** Checks that every referenced id exists (bodies: and is a body); every problem with its path. */
export async function assertReferences(sql: SqlRunner, references: Reference[]): Promise<void> {
  if (references.length === 0) return;
  const ids = (kind: Reference['kind']) => arrayLiteral([...new Set(references.filter((r) => r.kind === kind).map((r) => r.id))]);
  const rows = await sql(
    `select 'person' as kind, id from person where id = any(?::text[])
     union all select 'organization', id from organization where id = any(?::text[])
     union all select 'item', id from agenda_item where id = any(?::text[])
     union all select 'body', id from organization where id = any(?::text[]) and classification = any(?::text[])`,
    [ids('person'), ids('organization'), ids('item'), ids('body'), arrayLiteral(BODY_KINDS)],
  );
  const found = new Set(rows.map((r) => `${String(r.kind)}:${String(r.id)}`));
  const problems: ProblemDetail[] = references
    .filter((r) => !found.has(`${r.kind}:${r.id}`))
    .map((r) => ({ path: r.path, message: `no ${r.kind === 'item' ? 'agenda item' : r.kind} "${r.id}"` }));
  if (problems.length > 0) throw AppError.badInput(problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
}

/**
 * legal-grounds §8: `prepared_in` links never return to an item already on the chain. Walks up
 * from `preparedIn` (one recursive statement, at most 100 steps) and refuses the edit when it
 * reaches the edited item, naming the loop as import does.
 */
export async function assertNoPreparedInCycle(sql: SqlRunner, itemId: string, preparedIn: string | undefined, path: string): Promise<void> {
  if (!preparedIn) return;
  const rows = await sql(
    `with recursive up(id, prepared_in_id, depth, path) as (
       select id, prepared_in_id, 1, array[id]::text[] from agenda_item where id = ?
       union all
       select i.id, i.prepared_in_id, u.depth + 1, u.path || i.id::text from up u join agenda_item i on i.id = u.prepared_in_id
       where u.depth < 100 and not i.id = any(u.path) and u.id <> ?
     )
     select path from up where id = ? limit 1`,
    [preparedIn, itemId, itemId],
  );
  if (preparedIn !== itemId && rows.length === 0) return;
  const loop = preparedIn === itemId ? [itemId, itemId] : [itemId, ...(rows[0].path as string[])];
  const message = `cycle of prepared_in links: ${loop.map((id) => `"${id}"`).join(' → ')}`;
  throw AppError.badInput(`${path}: ${message}`, [{ path, message, code: 'prepared_in_cycle' }]);
}
