/**
 * The `jaavi-dataset/1` JSON Schema (draft 2020-12), compiled once. The schema file is a copy of
 * the published spec (shared/spec/dataset.schema.json); a unit test catches drift.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import datasetSchema from './dataset.schema.json';

export { datasetSchema };

let compiled: ValidateFunction | undefined;

/** The compiled validator; `allErrors` so every problem is listed, `verbose` for messages. */
export function datasetSchemaValidator(): ValidateFunction {
  if (compiled === undefined) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
    addFormats(ajv, ['date-time']);
    compiled = ajv.compile(datasetSchema);
  }
  return compiled;
}

/** ajv's errors for `doc`, empty when the document matches the schema. */
export function schemaErrors(doc: unknown): readonly ErrorObject[] {
  const validate = datasetSchemaValidator();
  return validate(doc) ? [] : [...(validate.errors ?? [])];
}
