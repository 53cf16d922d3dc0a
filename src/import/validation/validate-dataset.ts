import type { Dataset } from './dataset.types';
import { formatPath, sortByDocumentOrder } from './json-path';
import type { PathProblem, Problem } from './problem';
import { DATASET_RULES } from './rules';
import { schemaErrors } from './schema';
import { schemaProblems } from './schema-problems';
import { buildContext } from './validation-context';

export type ValidationResult =
  { readonly ok: true; readonly dataset: Dataset } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Checks a parsed `jaavi-dataset/1` document completely: the JSON Schema, then every semantic
 * rule (dates, ids, references, structure, identifiers), listing every problem with its JSON
 * path in document order. Import writes nothing unless this says `ok`. Pure: no I/O, no clock.
 */
export function validateDataset(doc: unknown): ValidationResult {
  const fromSchema = schemaProblems(doc, schemaErrors(doc));
  const ctx = buildContext(doc);
  const fromRules = ctx === undefined ? [] : DATASET_RULES.flatMap((rule) => [...rule.check(ctx)]);
  const problems = sortByDocumentOrder(doc, [...fromSchema, ...withoutRepeats(fromSchema, fromRules)], (item) => item.path);
  if (problems.length === 0) return { ok: true, dataset: doc as Dataset };
  return { ok: false, problems: problems.map((item) => ({ path: formatPath(item.path), message: item.message, code: item.code })) };
}

/**
 * One complaint per value: when the schema already rejected a value (an empty id, a date that
 * is not YYYY-MM-DD), a rule saying the same value is an unknown reference adds nothing. A
 * personal identity code is always reported, whatever else is wrong with the value.
 */
function withoutRepeats(fromSchema: readonly PathProblem[], fromRules: readonly PathProblem[]): PathProblem[] {
  const rejected = new Set(fromSchema.map((item) => formatPath(item.path)));
  return fromRules.filter((item) => item.code === 'personal_identity_code' || !rejected.has(formatPath(item.path)));
}
