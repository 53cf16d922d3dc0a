/**
 * Swedish and English through the public interfaces: GraphQL `lang: sv`, the CLI's `--lang sv`,
 * the summons document and the workbook, with the registry's Swedish names and standard notation.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../setup/cli';
import { resetDatabase } from '../setup/test-database';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET, MEETING_CHECK } from '../support/queries';
import { scenarioDataset } from '../support/datasets';

type Finding = { grounds: string[]; explanation: string; evidence: { text: string }[] };
type Check = { meetingCheck: { items: { findings: Finding[]; notes: { text: string }[] }[] } };

describe('explanations, summons and downloads in Finnish, Swedish and English', () => {
  let t: TestApp;
  let secretary: string;

  beforeAll(async () => {
    t = await startTestApp();
    await resetDatabase(t.databaseUrl);
    // T01: a city board member also sits on the county board; the county has a Swedish name.
    expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('T01') })).errors).toBeUndefined();
    secretary = await tokenFor({ sub: 'sec', roles: ['secretary'], bodies: ['k-kh'] });
  });

  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['fi', 'HL 28 § 1 mom. 5 k. (yhteisöjäävi)', 'Hyvinvointialue H', 'eikä saa osallistua'],
    ['sv', 'FL 28 § 1 mom. 5 p. (samfundsjäv)', 'Välfärdsområdet H', 'får inte delta'],
    ['en', 'APA s. 28(1)(5) (board position in a party)', 'Hyvinvointialue H', 'must not take part'],
  ])('meetingCheck(lang: %s) writes the standard citation, the names and the plain verdict', async (lang, citation, county, verdict) => {
    const result = await t.gql<Check>(MEETING_CHECK, { meetingId: 'kh-1', lang }, secretary);
    expect(result.errors).toBeUndefined();
    const finding = result.data!.meetingCheck.items[0].findings[0];
    expect(finding.grounds).toEqual(['HL28_1_5']);
    expect(finding.explanation).toContain(citation);
    expect(finding.explanation).toContain(county);
    expect(finding.explanation).toContain(verdict);
    expect(finding.explanation).not.toMatch(/HL28_1_5/);
    if (lang === 'sv') expect(finding.explanation).not.toContain('Hyvinvointialue');
  });

  it('refuses an unknown language', async () => {
    const result = await t.gql(MEETING_CHECK, { meetingId: 'kh-1', lang: 'de' }, secretary);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('writes the summons document in Swedish with Finlex links in Swedish', async () => {
    const result = await t.gql<{ summonsDocument: string }>('{ summonsDocument(meetingId: "kh-1", lang: "sv") }', {}, secretary);
    expect(result.errors).toBeUndefined();
    const html = result.data!.summonsDocument;
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Kallelser till ersättare');
    expect(html).toContain('är jävig (FL 28 § 1 mom. 5 p. (samfundsjäv))');
    expect(html).toContain('href="https://www.finlex.fi/sv/laki/ajantasa/2003/20030434"');
    expect(html).toMatch(/10\.3\.2026 kl\. \d\d\.\d\d/);
    expect(html).not.toMatch(/HL28_1_5|esteellinen/);
  });

  it('gives an official their warnings in Swedish', async () => {
    const anna = await tokenFor({ sub: 'anna', roles: ['official'], person: 'anna' });
    const result = await t.gql<{ myWarnings: { explanation: string }[] }>(
      '{ myWarnings(from: "2026-01-01", lang: "sv") { explanation } }',
      {},
      anna,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.myWarnings.map((w) => w.explanation).join(' ')).toContain('Grund: FL 28 § 1 mom. 5 p.');
  });

  it('gives the auditor an Excel workbook with Swedish headers and the ground in words and as code', async () => {
    // A01 (a held meeting with a missed recusal) joins T01's meetings: this test runs last but one.
    // Its item id is T01's too, and an item cannot move to another meeting, so A01's is renamed.
    const a01 = JSON.parse(JSON.stringify(scenarioDataset('A01')).replaceAll('"i-sale"', '"i-sale-a01"')) as Record<string, unknown>;
    expect((await t.gql(IMPORT_DATASET, { dataset: a01 })).errors).toBeUndefined();
    const auditor = await tokenFor({ sub: 'aud', roles: ['auditor'] });
    const result = await t.gql<{ recusalsWorkbook: string }>(
      '{ recusalsWorkbook(lang: "sv", filter: { organizationId: "k" }) }',
      {},
      auditor,
    );
    expect(result.errors).toBeUndefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(result.data!.recusalsWorkbook, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Jävsanmälningar')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Typ',
      'Datum',
      'Sammanträde',
      'Organets id',
      'Organ',
      'Ärendets id',
      'Ärende',
      'Personens id',
      'Person',
      'Grund',
      'Grundens kod',
      'Avgjort av',
    ]);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((r) => r.values as unknown[]);
    expect(rows).toContainEqual(
      expect.arrayContaining(['förbisett jäv', '3.11.2025', 'Anna', 'FL 28 § 1 mom. 5 p. (samfundsjäv)', 'HL28_1_5']),
    );
    const audit = await t.gql<{ meetingAudit: { items: { missedRecusals: { grounds: string[]; explanation: string }[] }[] } }>(
      '{ meetingAudit(meetingId: "kh-0", lang: "sv") { items { missedRecusals { grounds explanation } } } }',
      {},
      auditor,
    );
    expect(audit.errors).toBeUndefined();
    const missed = audit.data!.meetingAudit.items.flatMap((i) => i.missedRecusals);
    expect(missed.map((m) => m.grounds)).toEqual([['HL28_1_5']]);
    expect(missed[0].explanation).toContain('Grund: FL 28 § 1 mom. 5 p. (samfundsjäv).');
    expect(missed[0].explanation).not.toMatch(/HL28_1_5|esteellinen/);
  });

  it('prints the check in Swedish from the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaavi-sv-'));
    const file = join(dir, 't01.json');
    writeFileSync(file, JSON.stringify(scenarioDataset('T01')));
    const result = await runCli(['check', '--meeting', 'kh-1', '--dataset', file, '--in-memory', '--format', 'text', '--lang', 'sv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Sammanträde kh-1');
    expect(result.stdout).toContain('1 ärende, 1 jäv');
    expect(result.stdout).toContain('Grund: FL 28 § 1 mom. 5 p. (samfundsjäv)');
    expect(result.stdout).not.toMatch(/HL28_1_5|Kokous|esteellinen/);
  }, 120_000);
});
