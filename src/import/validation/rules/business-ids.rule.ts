import { describeValue } from '../describe-value';
import { type Row, field, rows } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import { businessIdCheckDigit } from '../../../common/ytunnus';
import type { DatasetRule } from './dataset-rule';

const BUSINESS_ID_SCHEME = 'fi:ytunnus';
const BUSINESS_ID_FORM = /^(\d{7})-(\d)$/;

/** Identifiers with scheme `fi:ytunnus` are well-formed business IDs with a valid check digit. */
export const businessIdsRule: DatasetRule = {
  name: 'business IDs',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const owner of [...ctx.organizations, ...ctx.persons]) {
      for (const identifier of rows(owner.value, 'identifiers', owner.path)) yield* businessId(identifier);
    }
  },
};

function* businessId(identifier: Row): Generator<PathProblem> {
  const scheme = field(identifier, 'scheme');
  const value = field(identifier, 'identifier');
  if (scheme === undefined || value === undefined || scheme.value.trim().toLowerCase() !== BUSINESS_ID_SCHEME) return;
  const match = BUSINESS_ID_FORM.exec(value.value);
  const expected = match === null ? undefined : businessIdCheckDigit(match[1]);
  const notOne = (why: string) =>
    problem(value.path, 'invalid_business_id', `${describeValue(value.value)} is not a business ID (Y-tunnus): ${why}`);
  if (match === null) {
    yield notOne('write seven digits, a hyphen and the check digit, e.g. 0204819-8 (pad an old six-digit ID with a leading zero)');
  } else if (expected === undefined) {
    yield notOne(`no ID is issued with the digits ${match[1]}`);
  } else if (expected !== Number(match[2])) {
    yield notOne(`the check digit should be ${expected}`);
  }
}
