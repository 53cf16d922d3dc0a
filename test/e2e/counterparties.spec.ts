import { resetDatabase } from '../setup/test-database';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET, MEETING_CHECK } from '../support/queries';
import { list, scenarioDataset } from '../support/datasets';
import { runCli } from '../setup/cli';

type Json = Record<string, unknown>;

const DETECT = 'query($i: ID!) { detectCounterparties(itemId: $i) { field start end surface entityType entityId status reason } }';

describe('counterparties found in agenda text', () => {
  let t: TestApp;
  let secretary: string;

  beforeAll(async () => {
    t = await startTestApp();
    secretary = await tokenFor({ sub: 'sec', roles: ['secretary'], bodies: ['k-kh'] });
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    await resetDatabase(t.databaseUrl);
    const dataset = scenarioDataset('T01');
    const item = (list(dataset, 'events')[0].agenda as Json[])[0];
    item.description = 'Kaupunki K myy kiinteistön Hyvinvointialue H:lle. Purkutyöt tekee Rakennus Oy (Y-tunnus 1122334-9).';
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
  });

  it('suggests the mentioned organisations, marking those already related', async () => {
    const result = await t.gql<{ detectCounterparties: Json[] }>(DETECT, { i: 'i-sale' }, secretary);
    expect(result.errors).toBeUndefined();
    const found = result.data!.detectCounterparties.filter((s) => s.field === 'description');
    expect(found.map((s) => [s.surface, s.entityId, s.status])).toEqual([
      ['Kaupunki K', 'k', 'related'],
      ['Hyvinvointialue H:lle', 'h', 'related'],
      ['Rakennus Oy', 'rakennus', 'new'],
      ['1122334-9', 'rakennus', 'new'],
    ]);
    const description = 'Kaupunki K myy kiinteistön Hyvinvointialue H:lle. Purkutyöt tekee Rakennus Oy (Y-tunnus 1122334-9).';
    for (const s of found) expect(description.slice(Number(s.start), Number(s.end))).toBe(s.surface);
  });

  it('notes unaccepted suggestions in the check, until accepted or rejected', async () => {
    const before = await t.gql<{ meetingCheck: { items: { notes: { text: string }[] }[] } }>(
      MEETING_CHECK,
      { meetingId: 'kh-1' },
      secretary,
    );
    expect(before.data!.meetingCheck.items[0].notes.map((n) => n.text).join(' ')).toContain('Rakennus Oy');

    const accepted = await t.gql<{ acceptSuggestion: { agenda: { relatedEntities: Json[] }[] } }>(
      'mutation { acceptSuggestion(itemId: "i-sale", entityType: organization, entityId: "rakennus", role: affected, note: "urakoitsija") { agenda { relatedEntities { entityId role } } } }',
      {},
      secretary,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptSuggestion.agenda[0].relatedEntities).toContainEqual({ entityId: 'rakennus', role: 'affected' });
    const after = await t.gql<{ meetingCheck: { items: { notes: { text: string }[] }[] } }>(
      MEETING_CHECK,
      { meetingId: 'kh-1' },
      secretary,
    );
    expect(after.data!.meetingCheck.items[0].notes.map((n) => n.text).join(' ')).not.toContain('Rakennus Oy');
  });

  it('a rejected suggestion stays rejected', async () => {
    const rejected = await t.gql<{ rejectSuggestion: Json[] }>(
      'mutation { rejectSuggestion(itemId: "i-sale", entityType: organization, entityId: "rakennus", reason: "vain mainittu taustana") { entityId status } }',
      {},
      secretary,
    );
    expect(rejected.data!.rejectSuggestion.filter((s) => s.entityId === 'rakennus').map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });

  it('finds a joint authority by its full registered name, suspended hyphen and inflection included, and a court before its place', async () => {
    await resetDatabase(t.databaseUrl);
    const dataset = scenarioDataset('T01');
    list(dataset, 'organizations').push(
      {
        id: 'eksote',
        name: 'Etelä-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä',
        classification: 'joint_municipal_authority',
        other_names: [{ name: 'Eksote', note: 'abbreviation' }],
      },
      {
        id: 'hao',
        name: 'Turun hallinto-oikeus',
        classification: 'state_agency',
        other_names: [{ name: 'Åbo förvaltningsdomstol', lang: 'sv' }],
      },
      { id: 'turku', name: 'Turku', classification: 'municipality' },
    );
    const item = (list(dataset, 'events')[0].agenda as Json[])[0];
    const description =
      'Etelä-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä vuokraa tilat; vuokra maksetaan Etelä-Karjalan sosiaali- ja ' +
      'terveyspalvelujen kuntayhtymälle. Muutosta haetaan Turun hallinto-oikeudelta.';
    item.description = description;
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();

    const result = await t.gql<{ detectCounterparties: Json[] }>(DETECT, { i: 'i-sale' }, secretary);
    expect(result.errors).toBeUndefined();
    const found = result.data!.detectCounterparties.filter((s) => s.field === 'description');
    expect(found.map((s) => [s.surface, s.entityId, s.reason])).toEqual([
      ['Etelä-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä', 'eksote', 'exact_alias'],
      ['Etelä-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymälle', 'eksote', 'stem'],
      ['Turun hallinto-oikeudelta', 'hao', 'stem'],
    ]);
    for (const s of found) expect(description.slice(Number(s.start), Number(s.end))).toBe(s.surface);
  });

  it('the CLI prints the mentions of a text file', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'jaavi-detect-')), 'text.txt');
    writeFileSync(file, 'Försäljning till Välfärdsområdet H. Avtal med Rakennus Ab:s dotterbolag.');
    const result = await runCli(['detect', '--text', file], { DATABASE_URL: t.databaseUrl });
    expect(result.code).toBe(0);
    const { mentions } = JSON.parse(result.stdout) as { mentions: Json[] };
    expect(mentions.map((m) => [m.surface, m.entity_id])).toEqual([
      ['Välfärdsområdet H', 'h'],
      ['Rakennus Ab:s', 'rakennus'],
    ]);
  });
});
