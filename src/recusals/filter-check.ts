import { AppError, type ProblemDetail } from '../common/app-error';
import type { SqlRunner } from '../database/sql';
import { isGroundCode } from '../rules';
import type { RecusalFilter } from './dto/recusal-filter.input';

/**
 * A filter naming something that does not exist is a mistake, not an empty answer: an unknown
 * ground code, person, body or entity, or a period that ends before it starts, is refused with
 * the field named (an auditor reading "no missed recusals" must be able to trust it).
 */
export async function assertFilter(sql: SqlRunner, filter: RecusalFilter | undefined): Promise<void> {
  if (!filter) return;
  const problems: ProblemDetail[] = [];
  if (filter.ground && !isGroundCode(filter.ground))
    problems.push({ path: 'filter.ground', message: `unknown ground code "${filter.ground}"` });
  if (filter.from && filter.to && filter.from > filter.to) {
    problems.push({ path: 'filter.from', message: `"from" (${filter.from}) is after "to" (${filter.to})` });
  }
  const ids: [keyof RecusalFilter, string, string][] = [
    ['personId', 'person', 'select 1 from person where id = ?'],
    [
      'bodyId',
      'body',
      `select 1 from organization where id = ? and classification in ('council', 'board', 'committee', 'division', 'audit_committee', 'supervisory_board', 'other_body')`,
    ],
    ['organizationId', 'organization', 'select 1 from organization where id = ?'],
  ];
  for (const [field, kind, query] of ids) {
    const id = filter[field];
    if (id && (await sql(query, [id])).length === 0) problems.push({ path: `filter.${field}`, message: `no ${kind} "${id}"` });
  }
  if (problems.length > 0) throw AppError.badInput(problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
}
