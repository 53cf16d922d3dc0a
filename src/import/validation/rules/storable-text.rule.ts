import { problem, type PathProblem } from '../problem';
import { stringsUnder } from '../string-walk';
import type { ValidationContext } from '../validation-context';
import type { DatasetRule } from './dataset-rule';

/**
 * Text PostgreSQL can store: no NUL character (U+0000) and no lone UTF-16 surrogate, which
 * JSON allows but a UTF-8 database refuses, and which no real name or agenda text contains.
 */
export const storableTextRule: DatasetRule = {
  name: 'storable text',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const [key, value] of Object.entries(ctx.doc)) {
      for (const text of stringsUnder(value, [key])) {
        if (!isStorableText(text.value)) {
          yield problem(text.path, 'bad_format', 'contains a NUL character or a broken UTF-16 surrogate, which cannot be stored');
        }
      }
    }
  },
};

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}
