import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenariosDir } from '../unit/rules/scenario-files';

type Json = Record<string, unknown>;

/** A scenario's dataset, deep-copied so a test may mutate it. */
export function scenarioDataset(id: string): Json {
  const file = JSON.parse(readFileSync(join(scenariosDir(), `${id}.json`), 'utf8')) as { dataset: Json };
  return structuredClone(file.dataset);
}

export function list(dataset: Json, key: string): Json[] {
  return dataset[key] as Json[];
}
