import { field, rows } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import type { DatasetRule } from './dataset-rule';

/**
 * An address mail can be sent to: one `@`, a local part and a dotted domain, no spaces or
 * angle brackets. Deliberately looser than RFC 5322 (quoted local parts are legal but never seen
 * in a registry); what it catches is the usual export damage: a name in the field, a missing
 * domain, two addresses pasted into one.
 */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;

/** Digits with the usual separators and an optional leading `+`; 5 to 15 digits (E.164 allows 15). */
const PHONE = /^\+?[0-9(][0-9 ()\-./]*$/;
const digitCount = (s: string) => s.replace(/[^0-9]/g, '').length;

/**
 * Persons' contact details (interchange.md, Popolo `contact_details`): an e-mail address that
 * could receive mail, a phone number that could be dialled, no entry listed twice. Messages
 * never repeat the value: it is personal data (and might hold a personal identity code, which
 * the identity-code rule reports by its own path).
 */
export const contactDetailsRule: DatasetRule = {
  name: 'contact details',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const person of ctx.persons) {
      const seen = new Map<string, number>();
      for (const detail of rows(person.value, 'contact_details', person.path)) {
        const type = field(detail, 'type');
        const value = field(detail, 'value');
        if (type === undefined || value === undefined) continue;
        const text = value.value.trim();
        if (type.value === 'email' && !EMAIL.test(text)) {
          yield problem(value.path, 'bad_format', 'is not an e-mail address (expected one address such as name@example.fi)');
        } else if (type.value === 'phone' && (!PHONE.test(text) || digitCount(text) < 5 || digitCount(text) > 15)) {
          yield problem(
            value.path,
            'bad_format',
            'is not a phone number (expected digits, optionally with + and spaces, e.g. +358 40 123 4567)',
          );
        }
        const key = `${type.value}\u0000${type.value === 'email' ? text.toLowerCase() : text.replace(/[^0-9+]/g, '')}`;
        const earlier = seen.get(key);
        if (earlier === undefined) seen.set(key, Number(detail.path[detail.path.length - 1]));
        else
          yield problem(
            value.path,
            'duplicate_entry',
            `the same ${type.value === 'email' ? 'address' : 'number'} is listed twice (first at contact_details[${earlier}])`,
          );
      }
    }
  },
};
