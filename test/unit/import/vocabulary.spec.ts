import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GROUND_CODES, PROBLEM_CODES, datasetSchema } from '../../../src/import/validation';
import * as vocabulary from '../../../src/common/vocabulary';
import { specDir } from '../rules/schemas';

const SPEC_DIR = specDir();

/** The enum at a path of property names through the schema (arrays are stepped through). */
function enumAt(...names: string[]): unknown[] {
  let node = datasetSchema as unknown as Record<string, any>;
  for (const name of names) {
    if (node.type === 'array') node = node.items;
    node = node.properties[name];
  }
  return node.enum;
}

describe('vocabulary and schema agree', () => {
  it.each([
    ['organization classifications', vocabulary.CLASSIFICATIONS, ['organizations', 'classification']],
    ['membership roles', vocabulary.MEMBERSHIP_ROLES, ['memberships', 'role']],
    ['relationship kinds', vocabulary.RELATIONSHIP_KINDS, ['relationships', 'kind']],
    ['interest kinds', vocabulary.INTEREST_KINDS, ['interests', 'kind']],
    ['event statuses', vocabulary.EVENT_STATUSES, ['events', 'status']],
    ['participant roles', vocabulary.PARTICIPANT_ROLES, ['events', 'participants', 'role']],
    ['entity types', vocabulary.ENTITY_TYPES, ['events', 'agenda', 'related_entities', 'entity_type']],
    ['related entity roles', vocabulary.RELATED_ENTITY_ROLES, ['events', 'agenda', 'related_entities', 'role']],
    ['recusal deciders', vocabulary.RECUSAL_DECIDERS, ['events', 'agenda', 'record', 'recusals', 'decided_by']],
    ['name languages', vocabulary.NAME_LANGUAGES, ['persons', 'other_names', 'lang']],
    ['preferred languages', vocabulary.PREFERRED_LANGUAGES, ['persons', 'preferred_lang']],
    ['contact detail types', vocabulary.CONTACT_DETAIL_TYPES, ['persons', 'contact_details', 'type']],
  ])('%s', (_name, values, schemaPath) => {
    expect([...values]).toEqual(enumAt(...schemaPath));
  });

  it('splits classifications and roles into disjoint body and entity halves', () => {
    const bodies = new Set<string>(vocabulary.BODY_CLASSIFICATIONS);
    expect(vocabulary.ENTITY_CLASSIFICATIONS.some((c) => bodies.has(c))).toBe(false);
    const bodyRoles = new Set<string>(vocabulary.BODY_ROLES);
    expect(vocabulary.ENTITY_ROLES.some((r) => bodyRoles.has(r))).toBe(false);
  });

  it('has unique ground and problem codes', () => {
    expect(new Set(GROUND_CODES).size).toBe(GROUND_CODES.length);
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
  });
});

/** Marks a property jaavi adds to the published format (optional, so files stay portable). */
const EXTENSION = /^jaavi extension\b/;

/** The schema without the properties marked as jaavi's extensions (`$comment`). */
function withoutExtensions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutExtensions);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value)
          .filter(([, p]) => !EXTENSION.test(String((p as { $comment?: string }).$comment ?? '')))
          .map(([k, p]) => [k, withoutExtensions(p)]),
      );
    } else out[key] = withoutExtensions(value);
  }
  return out;
}

describe(`agreement with the published spec (${SPEC_DIR})`, () => {
  it('keeps the bundled schema identical to dataset.schema.json, less the marked jaavi extensions', () => {
    const published: unknown = JSON.parse(readFileSync(path.join(SPEC_DIR, 'dataset.schema.json'), 'utf8'));
    expect(withoutExtensions(datasetSchema)).toEqual(published);
  });

  it('marks extensions only on optional properties', () => {
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as { properties?: Record<string, { $comment?: string }>; required?: string[] };
      for (const [name, p] of Object.entries(n.properties ?? {})) {
        if (EXTENSION.test(String(p.$comment ?? ''))) expect(n.required ?? []).not.toContain(name);
      }
      Object.values(node).forEach(walk);
    };
    walk(datasetSchema);
  });

  it('knows exactly the ground codes legal-grounds.md names', () => {
    const text = readFileSync(path.join(SPEC_DIR, 'legal-grounds.md'), 'utf8');
    const named = new Set(text.match(/\b(?:HL28_1_\d|KL97_\d|HVAL102_\d)\b/g));
    expect([...named].sort()).toEqual([...GROUND_CODES].sort());
  });
});
