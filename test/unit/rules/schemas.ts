/** Validators for the interchange schemas of the spec ($JAAVI_SPEC, or the repository's copy). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { FIXTURES_DIR } from '../../fixtures/shared-copy';

export function specDir(): string {
  const fromEnv = process.env.JAAVI_SPEC;
  return fromEnv ? path.resolve(fromEnv) : path.join(FIXTURES_DIR, 'spec');
}

export function validator(schemaFile: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const schema = JSON.parse(fs.readFileSync(path.join(specDir(), schemaFile), 'utf8')) as object;
  const validate = ajv.compile(schema);
  return (doc: unknown): string[] => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}
