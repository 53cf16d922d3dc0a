import { quote } from '../describe-value';
import { containsHetu } from '../hetu';
import { field, rows } from '../loose';
import { type PathProblem, problem } from '../problem';
import { stringsUnder } from '../string-walk';
import type { ValidationContext } from '../validation-context';
import type { DatasetRule } from './dataset-rule';

const FOUND = 'looks like it contains a personal identity code (henkilötunnus), which jaavi must never store; remove it';

/** Scheme names, lower-cased without accents or punctuation, that denote a personal identity code. */
const PERSONAL_ID_SCHEMES = ['hetu', 'henkilotunnus', 'personbeteckning', 'personnummer', 'personalid', 'nationalid', 'socialsecurity'];

/**
 * Never a personal identity code (interchange.md, persons; GDPR art. 87 and Tietosuojalaki 29 §
 * restrict processing it). Under `persons` any code-shaped value with a real birth date is
 * rejected, checksum or not, and so is an identifier whose scheme names one; elsewhere (agenda
 * texts, notes) a code must also have a valid checksum, so ordinary numbers are not mistaken
 * for one.
 */
export const personalIdentityCodesRule: DatasetRule = {
  name: 'no personal identity codes',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const person of ctx.persons) {
      for (const identifier of rows(person.value, 'identifiers', person.path)) {
        const scheme = field(identifier, 'scheme');
        if (scheme !== undefined && isPersonalIdScheme(scheme.value)) {
          yield problem(
            scheme.path,
            'personal_identity_code',
            `scheme ${quote(scheme.value)} is a personal identity code (henkilötunnus), which jaavi must never store; remove this identifier`,
          );
        }
      }
    }
    for (const [key, value] of Object.entries(ctx.doc)) {
      const requireChecksum = key !== 'persons';
      for (const text of stringsUnder(value, [key])) {
        if (containsHetu(text.value, { requireChecksum })) yield problem(text.path, 'personal_identity_code', FOUND);
      }
    }
  },
};

export function isPersonalIdScheme(scheme: string): boolean {
  const folded = scheme
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return PERSONAL_ID_SCHEMES.some((needle) => folded.includes(needle));
}
