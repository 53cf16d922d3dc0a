import type { PathProblem } from '../problem';
import type { ValidationContext } from '../validation-context';

/**
 * One semantic check of a dataset, beyond what JSON Schema can say. Rules read the document
 * through the context's tolerant accessors, so they run even when the schema failed.
 */
export interface DatasetRule {
  /** What the rule checks, for test names and debugging. */
  readonly name: string;
  check(ctx: ValidationContext): Iterable<PathProblem>;
}
