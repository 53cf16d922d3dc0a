import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '../../../src/generator/generate';
import { validateFileStreaming } from '../../../src/import/stream-import';
import { validateDataset, type Dataset } from '../../../src/import/validation';

/** The streamed validation of large files must say exactly what the whole-document one says. */
describe('streaming validation (the large-file import path)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jaavi-stream-'));
  const chunks: string[] = [];
  generateDataset({ scale: 'S' }, (chunk) => chunks.push(chunk));
  const text = chunks.join('');

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  const both = async (doc: unknown, name: string) => {
    const streamed = await validateFileStreaming(file(name, JSON.stringify(doc, null, 1)));
    const whole = validateDataset(doc);
    return { streamed: streamed.problems, whole: whole.ok ? [] : whole.problems };
  };

  it('accepts the generated S data set', async () => {
    const result = await validateFileStreaming(file('s.json', text));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('lists the same problems, in the same order, as validateDataset', async () => {
    const doc = JSON.parse(text) as {
      format: string;
      persons: { id: string }[];
      memberships: Record<string, unknown>[];
      organizations: Record<string, unknown>[];
      events: { agenda: Record<string, unknown>[] }[];
      relationships: Record<string, unknown>[];
    } & Record<string, unknown>;
    doc.persons[500].id = doc.persons[3].id;
    doc.memberships[2000].person_id = 'p-missing';
    const deputies = doc.memberships.filter((m) => m.deputy_for !== undefined);
    deputies[deputies.length - 1].deputy_for = deputies[0].id;
    doc.memberships[10].end_date = '2000-01-01';
    doc.organizations[1].parent_id = doc.organizations[2].id;
    doc.organizations[2].parent_id = doc.organizations[1].id;
    doc.events[3].agenda[2].prepared_in = doc.events[doc.events.length - 1].agenda[2].id;
    doc.events[200].agenda[4].id = doc.events[2].agenda[4].id;
    doc.events[100].agenda[3].order = doc.events[100].agenda[2].order;
    doc.events[5].agenda[3].description = 'Hakija 131052-308T.';
    doc.relationships[7].relative_id = doc.relationships[7].person_id;
    doc.extra = true;
    const { streamed, whole } = await both(doc, 'broken.json');
    expect(whole.length).toBeGreaterThan(10);
    expect(streamed).toEqual(whole);
  });

  it('points duplicate agenda item ids at the right meeting when the list has non-objects', async () => {
    const doc = JSON.parse(text) as { events: unknown[] } & Record<string, unknown>;
    const events = doc.events as { agenda: { id: string }[] }[];
    events[40].agenda[3].id = events[20].agenda[3].id;
    doc.events = [7, ...doc.events];
    const { streamed, whole } = await both(doc, 'non-objects.json');
    expect(whole.map((p) => p.path)).toContain('events[41].agenda[3].id');
    expect(streamed).toEqual(whole);
  });

  it('reads the lists in any order', async () => {
    const doc = JSON.parse(text) as Dataset & Record<string, unknown>;
    const reordered = {
      events: doc.events,
      memberships: doc.memberships,
      persons: doc.persons,
      organizations: doc.organizations,
      format: doc.format,
    };
    const { streamed, whole } = await both(reordered, 'reordered.json');
    expect(streamed).toEqual(whole);
  });

  it('reports the document itself when it is not a dataset', async () => {
    const { streamed, whole } = await both({ format: 'jaavi-dataset/2', persons: {} }, 'not.json');
    expect(streamed).toEqual(whole);
    await expect(validateFileStreaming(file('array.json', '[1, 2]'))).rejects.toThrow(/one JSON object/);
    await expect(validateFileStreaming(file('cut.json', text.slice(0, 5000)))).rejects.toThrow(/not valid JSON/);
  });
});
