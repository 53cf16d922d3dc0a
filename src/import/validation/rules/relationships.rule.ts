import { field } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import type { DatasetRule } from './dataset-rule';
import { unknownPerson } from './lookups';

/** Both ends of a relationship are known persons (HL 28.2–3 relatives), and not the same one. */
export const relationshipsRule: DatasetRule = {
  name: 'relationships',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const row of ctx.relationships) {
      const person = field(row, 'person_id');
      const relative = field(row, 'relative_id');
      yield* unknownPerson(ctx, person);
      yield* unknownPerson(ctx, relative);
      if (person !== undefined && relative !== undefined && person.value === relative.value) {
        yield problem(relative.path, 'self_reference', 'a person cannot be their own relative');
      }
    }
  },
};
