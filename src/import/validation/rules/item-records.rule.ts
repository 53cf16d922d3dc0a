import { quote } from '../describe-value';
import { type Row, field, has, isObj, member, rows, str, strings } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import { GROUND_CODES, isGroundCode } from '../../../common/ground-codes';
import type { DatasetRule } from './dataset-rule';
import { duplicateEntries, unknownPerson } from './lookups';

/**
 * Minutes of an item (held meetings only): participants, recusals with known ground codes
 * (legal-grounds.md §4) and substitutes are persons; nobody substitutes for themselves.
 */
export const itemRecordsRule: DatasetRule = {
  name: 'item minutes',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const { event, item } of ctx.agendaItems) {
      const record = member(item.value, 'record');
      if (!isObj(record)) continue;
      const status = str(event.value, 'status');
      if (status === 'planned' && has(item.value, 'record')) {
        yield problem([...item.path, 'record'], 'field_not_allowed', 'minutes are only for held meetings (status is "planned")');
      }
      const recordRow: Row = { value: record, path: [...item.path, 'record'] };
      yield* minutes(ctx, recordRow);
    }
  },
};

function* minutes(ctx: ValidationContext, record: Row): Generator<PathProblem> {
  const participants = strings(record.value, 'participants', record.path);
  for (const person of participants) yield* unknownPerson(ctx, person);
  yield* duplicateEntries(participants);
  for (const recusal of rows(record.value, 'recusals', record.path)) {
    yield* unknownPerson(ctx, field(recusal, 'person_id'));
    const grounds = strings(recusal.value, 'grounds', recusal.path);
    for (const ground of grounds) {
      if (!isGroundCode(ground.value)) {
        yield problem(ground.path, 'unknown_ground', `unknown ground code ${quote(ground.value)}; known: ${GROUND_CODES.join(', ')}`);
      }
    }
    yield* duplicateEntries(grounds);
  }
  for (const substitute of rows(record.value, 'substitutes', record.path)) {
    const person = field(substitute, 'person_id');
    const forPerson = field(substitute, 'for_person_id');
    yield* unknownPerson(ctx, person);
    yield* unknownPerson(ctx, forPerson);
    if (person !== undefined && forPerson !== undefined && person.value === forPerson.value) {
      yield problem(forPerson.path, 'self_reference', 'a person cannot substitute for themselves');
    }
  }
}
