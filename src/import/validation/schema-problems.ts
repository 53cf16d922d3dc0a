import type { ErrorObject } from 'ajv';
import { describeValue, quote, typeName } from './describe-value';
import { type JsonPath, pathFromPointer } from './json-path';
import { type PathProblem, problem } from './problem';

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** ajv errors as readable problems with spec-style paths. */
export function schemaProblems(doc: unknown, errors: readonly ErrorObject[]): PathProblem[] {
  return errors.map((error) => toProblem(doc, error));
}

function toProblem(doc: unknown, error: ErrorObject): PathProblem {
  const at = pathFromPointer(error.instancePath, doc);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return problem([...at, String(params.missingProperty)], 'required', 'is required');
    case 'additionalProperties':
      return unknownProperty(at, String(params.additionalProperty), error.parentSchema);
    case 'type':
      return problem(at, 'wrong_type', `must be ${typeWords(params.type)} (got ${typeName(error.data)})`);
    case 'const':
      return problem(at, 'unknown_value', `must be ${describeValue(params.allowedValue)} (got ${describeValue(error.data)})`);
    case 'enum':
      return problem(
        at,
        'unknown_value',
        `unknown value ${describeValue(error.data)}; allowed: ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
      );
    case 'minLength':
      return problem(
        at,
        'out_of_range',
        params.limit === 1 ? 'must not be empty' : `must have at least ${String(params.limit)} characters`,
      );
    case 'maxLength':
      return problem(at, 'out_of_range', `must have at most ${String(params.limit)} characters`);
    case 'minimum':
      return problem(at, 'out_of_range', `must be at least ${String(params.limit)} (got ${describeValue(error.data)})`);
    case 'maximum':
      return problem(at, 'out_of_range', `must be at most ${String(params.limit)} (got ${describeValue(error.data)})`);
    case 'pattern':
      return params.pattern === DATE_PATTERN
        ? problem(at, 'invalid_date', `must be a date YYYY-MM-DD (got ${describeValue(error.data)})`)
        : problem(at, 'bad_format', `must match ${quote(String(params.pattern))} (got ${describeValue(error.data)})`);
    case 'format':
      return params.format === 'date-time'
        ? problem(
            at,
            'invalid_date_time',
            `must be a date-time with offset such as 2026-03-10T14:00:00+02:00 (got ${describeValue(error.data)})`,
          )
        : problem(at, 'bad_format', `must be a ${String(params.format)} (got ${describeValue(error.data)})`);
    default:
      return problem(at, 'bad_format', error.message ?? `fails ${error.keyword}`);
  }
}

function unknownProperty(at: JsonPath, name: string, parentSchema: unknown): PathProblem {
  const properties = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  const allowed = properties === undefined ? '' : `; allowed: ${Object.keys(properties).join(', ')}`;
  return problem([...at, name], 'unknown_property', `unknown property ${quote(name)}${allowed}`);
}

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}
