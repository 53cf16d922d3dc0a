import type { JsonPath } from './json-path';

/**
 * Stable problem codes: callers (CLI, GraphQL error extensions, tests) may branch on them, so
 * codes are only ever added, never renamed.
 */
export const PROBLEM_CODES = [
  // JSON Schema
  'required',
  'unknown_property',
  'wrong_type',
  'unknown_value',
  'out_of_range',
  'bad_format',
  // dates
  'invalid_date',
  'invalid_date_time',
  'end_before_start',
  // identity and references
  'duplicate_id',
  'duplicate_entry',
  'duplicate_order',
  'unknown_reference',
  'self_reference',
  'wrong_reference_kind',
  // structure
  'missing_parent',
  'invalid_parent',
  'parent_cycle',
  'role_not_allowed',
  'field_not_allowed',
  'deputy_of_deputy',
  'deputy_other_body',
  'shares_exceed_whole',
  'prepared_later',
  'unknown_ground',
  'prepared_in_cycle',
  // identifiers
  'invalid_business_id',
  'personal_identity_code',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One thing wrong with a dataset, as reported to the user. */
export interface Problem {
  /** Where, e.g. `memberships[3].deputy_for`; `""` is the document itself. */
  readonly path: string;
  readonly message: string;
  readonly code: ProblemCode;
}

/** A problem while validating, its path still in segments for sorting. */
export interface PathProblem {
  readonly path: JsonPath;
  readonly message: string;
  readonly code: ProblemCode;
}

export function problem(path: JsonPath, code: ProblemCode, message: string): PathProblem {
  return { path, code, message };
}

/** `memberships[3].deputy_for: no membership "m-99"`, as the interchange spec writes it. */
export function formatProblem(item: Problem): string {
  return item.path === '' ? `document: ${item.message}` : `${item.path}: ${item.message}`;
}
