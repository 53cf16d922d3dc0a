/** Helpers the rules share: resolving references and describing what they point to. */
import { quote } from '../describe-value';
import { formatPath } from '../json-path';
import { type Row, type StringEntry, str } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import {
  BODY_CLASSIFICATIONS,
  type BodyClassification,
  CLASSIFICATIONS,
  type Classification,
  ENTITY_CLASSIFICATIONS,
  type EntityClassification,
  isOneOf,
} from '../../../common/vocabulary';

/** The organization's classification, when it is a known one. */
export function classificationOf(row: Row): Classification | undefined {
  const value = str(row.value, 'classification');
  return isOneOf(CLASSIFICATIONS, value) ? value : undefined;
}

export function isBody(classification: Classification | undefined): classification is BodyClassification {
  return isOneOf(BODY_CLASSIFICATIONS, classification);
}

export function isEntity(classification: Classification | undefined): classification is EntityClassification {
  return isOneOf(ENTITY_CLASSIFICATIONS, classification);
}

/** `"k-kh" (board)`, for messages. */
export function describeOrganization(row: Row): string {
  const id = str(row.value, 'id') ?? '';
  const classification = str(row.value, 'classification');
  return classification === undefined ? quote(id) : `${quote(id)} (${classification})`;
}

/** `a board`, `an audit committee`. */
export function withArticle(classification: string): string {
  const words = classification.replace(/_/g, ' ');
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}

export function* unknownPerson(ctx: ValidationContext, entry: StringEntry | undefined): Generator<PathProblem> {
  if (entry !== undefined && !ctx.personsById.has(entry.value)) {
    yield problem(entry.path, 'unknown_reference', `no person ${quote(entry.value)}`);
  }
}

export function* unknownOrganization(ctx: ValidationContext, entry: StringEntry | undefined): Generator<PathProblem> {
  if (entry !== undefined && !ctx.organizationsById.has(entry.value)) {
    yield problem(entry.path, 'unknown_reference', `no organization ${quote(entry.value)}`);
  }
}

/** Every entry whose value already appeared earlier in the same list. */
export function* duplicateEntries(entries: readonly StringEntry[]): Generator<PathProblem> {
  const first = new Map<string, StringEntry>();
  for (const entry of entries) {
    const earlier = first.get(entry.value);
    if (earlier === undefined) first.set(entry.value, entry);
    else yield problem(entry.path, 'duplicate_entry', `${quote(entry.value)} is listed twice (first at ${formatPath(earlier.path)})`);
  }
}
