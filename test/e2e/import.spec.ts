import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { writeDataset } from '../../src/import/dataset-writer';
import { streamImportFile } from '../../src/import/stream-import';
import { generateDataset } from '../../src/generator/generate';
import { CLI_ACTOR } from '../../src/audit/actor';
import { sqlRunner } from '../../src/database/sql';
import { resetDatabase, tableCounts, testDatabase } from '../setup/test-database';
import { startTestApp, type TestApp } from '../setup/test-app';
import { runCli } from '../setup/cli';
import { IMPORT_DATASET } from '../support/queries';
import { list, scenarioDataset } from '../support/datasets';

type Json = Record<string, unknown>;

/** One broken document per kind of rule: the import names the problem and writes nothing. */
const BROKEN: [string, (d: Json) => void, string][] = [
  ['unknown reference', (d) => (list(d, 'memberships')[0].person_id = 'nobody'), 'memberships[0].person_id'],
  ['duplicate id', (d) => list(d, 'persons').splice(1, 0, { ...list(d, 'persons')[0] }), 'persons[1].id'],
  ['bad date', (d) => (list(d, 'memberships')[0].start_date = '2025-02-30'), 'memberships[0].start_date'],
  ['end before start', (d) => (list(d, 'memberships')[0].end_date = '2020-01-01'), 'memberships[0].end_date'],
  ['deputy of a deputy', (d) => (list(d, 'memberships')[3].deputy_for = list(d, 'memberships')[1].id), 'memberships[3].deputy_for'],
  ['body without parent', (d) => delete list(d, 'organizations')[3].parent_id, 'organizations[3].parent_id'],
  [
    'invalid business id',
    (d) => ((list(d, 'organizations')[0].identifiers as Json[])[0].identifier = '0204819-7'),
    'organizations[0].identifiers[0].identifier',
  ],
  ['unknown enum value', (d) => (list(d, 'memberships')[0].role = 'king'), 'memberships[0].role'],
  [
    'personal identity code',
    (d) => (list(d, 'persons')[0].identifiers = [{ scheme: 'fi:hetu', identifier: '131052-308T' }]),
    'persons[0].identifiers[0].identifier',
  ],
];

describe('dataset import and export', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'jaavi-import-'));
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    await resetDatabase(t.databaseUrl);
  });

  it('imports once, then reports nothing changed on the same file, and updates in place', async () => {
    const dataset = scenarioDataset('T44');
    const first = await t.gql<{ importDataset: Json }>(IMPORT_DATASET, { dataset });
    expect(first.errors).toBeUndefined();
    expect(first.data!.importDataset).toMatchObject({ updated: 0, unchanged: 0 });
    expect(first.data!.importDataset.created).toBeGreaterThan(30);

    const again = await t.gql<{ importDataset: Json }>(IMPORT_DATASET, { dataset });
    expect(again.data!.importDataset).toMatchObject({ created: 0, updated: 0 });

    list(dataset, 'memberships')[0].end_date = '2026-12-31';
    const changed = await t.gql<{ importDataset: Json }>(IMPORT_DATASET, { dataset });
    expect(changed.data!.importDataset).toMatchObject({ created: 0, updated: 1 });
    expect(changed.data!.importDataset.counts).toMatchObject({ memberships: { created: 0, updated: 1 } });
  });

  it.each(BROKEN)('rejects a file with %s, names the problem and changes nothing (GraphQL)', async (_name, breakIt, path) => {
    await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('T01') });
    const before = await tableCounts(t.databaseUrl);
    const broken = scenarioDataset('T01');
    list(broken, 'organizations')[0].name = 'Renamed in the broken file';
    breakIt(broken);
    const result = await t.gql(IMPORT_DATASET, { dataset: broken });
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.problems!.map((p) => p.path)).toContain(path);
    expect(await tableCounts(t.databaseUrl)).toEqual(before);
    const exported = await t.gql<{ exportDataset: Json }>('{ exportDataset }');
    expect(list(exported.data!.exportDataset, 'organizations').find((o) => o.id === 'k')!.name).toBe('Kaupunki K');
  });

  it('refuses an item id that already belongs to another meeting, naming its path, rather than moving the item', async () => {
    const dataset = scenarioDataset('T01');
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
    const before = await tableCounts(t.databaseUrl);
    const moved = scenarioDataset('T01');
    const event = list(moved, 'events')[0];
    const other = { ...event, id: `${String(event.id)}-other`, agenda: [(event.agenda as Json[])[0]] };
    const result = await t.gql(IMPORT_DATASET, { dataset: { ...moved, events: [other] } });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({
        path: 'events[0].agenda[0].id',
        message: expect.stringContaining(`belongs to meeting "${String(event.id)}"`),
      }),
    ]);
    expect(await tableCounts(t.databaseUrl)).toEqual(before);
  });

  it('lists every problem of a file, not only the first', async () => {
    const broken = scenarioDataset('T01');
    list(broken, 'memberships')[0].person_id = 'nobody';
    list(broken, 'memberships')[1].start_date = 'yesterday';
    list(broken, 'events')[0].organization_id = 'nowhere';
    const result = await t.gql(IMPORT_DATASET, { dataset: broken });
    const paths = result.errors![0].extensions!.problems!.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['memberships[0].person_id', 'memberships[1].start_date', 'events[0].organization_id']));
  });

  it('writes all or nothing: a row the database refuses rolls the whole import back', async () => {
    const before = await tableCounts(t.databaseUrl);
    const dataset = scenarioDataset('T01');
    // Skips validation on purpose, so the database's own deferred rule (a personal deputy's
    // principal sits in the same body) is what refuses the file, at commit.
    list(dataset, 'memberships').find((m) => m.id === 'ms-bertta-k-kh-2')!.deputy_for = 'ms-anna-h-ah-3';
    const em = t.app.get(EntityManager).fork();
    await expect(em.transactional((tem) => writeDataset(sqlRunner(tem), dataset as never))).rejects.toThrow(/another body/);
    expect(await tableCounts(t.databaseUrl)).toEqual(before);
  });

  it('round-trips: import → export → import changes nothing, through the CLI', async () => {
    const source = join(dir, 'in.json');
    const exported = join(dir, 'out.json');
    writeFileSync(source, JSON.stringify(scenarioDataset('A01')));
    const env = { DATABASE_URL: t.databaseUrl };
    const imported = await runCli(['import', source], env);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ updated: 0, unchanged: 0 });
    const out = await runCli(['export', '--out', exported], env);
    expect(out.code).toBe(0);
    const again = await runCli(['import', exported], env);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0 });
    const document = JSON.parse(readFileSync(exported, 'utf8')) as Json;
    expect(document.format).toBe('jaavi-dataset/1');
    expect(list(document, 'events')[0].agenda).toEqual(list(scenarioDataset('A01'), 'events')[0].agenda);
  });

  it('refuses an agenda order beyond a 32-bit integer by its path, before the database is asked (CLI)', async () => {
    const dataset = scenarioDataset('T01');
    (list(dataset, 'events')[0].agenda as Json[])[0].order = 2 ** 31;
    const file = join(dir, 'big-order.json');
    writeFileSync(file, JSON.stringify(dataset));
    const result = await runCli(['import', file], { DATABASE_URL: t.databaseUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('events[0].agenda[0].order: order must be at most 2147483647');
    expect(result.stderr.length).toBeLessThan(1000);
  });

  it('exits 1 with a short message and writes nothing when the database connection drops mid-import (CLI)', async () => {
    await resetDatabase(t.databaseUrl);
    const before = await tableCounts(t.databaseUrl);
    const chunks: string[] = [];
    generateDataset({ scale: 'S' }, (chunk) => chunks.push(chunk));
    const file = join(dir, 'dropped-s.json');
    writeFileSync(file, chunks.join(''));
    // The CLI talks to the database through this proxy, which cuts every connection once the
    // import has sent a few megabytes of rows.
    const target = new URL(t.databaseUrl);
    const host = decodeURIComponent(target.hostname);
    const sockets = new Set<Socket>();
    let sent = 0;
    const proxy = createServer((client) => {
      const upstream = host.startsWith('/')
        ? connect(join(host, `.s.PGSQL.${target.port || 5432}`))
        : connect(Number(target.port || 5432), host);
      sockets.add(client).add(upstream);
      client.on('data', (d: Buffer) => {
        sent += d.length;
        if (sent > 2_000_000) for (const s of sockets) s.destroy();
      });
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const url = new URL(t.databaseUrl.replace(target.host, `127.0.0.1:${(proxy.address() as AddressInfo).port}`));
    try {
      const result = await runCli(['import', file], { DATABASE_URL: url.toString() });
      expect(sent).toBeGreaterThan(2_000_000);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^jaavi: the database connection failed \(.*\); nothing was written\n$/);
      expect(result.stderr.length).toBeLessThan(400);
    } finally {
      for (const s of sockets) s.destroy();
      proxy.close();
    }
    expect(await tableCounts(t.databaseUrl)).toEqual(before);
  });

  it('exits 1 naming the problem for a broken file, and 2 for a usage error (CLI)', async () => {
    const broken = scenarioDataset('T01');
    list(broken, 'memberships')[0].deputy_for = 'm-99';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const bad = await runCli(['import', file], { DATABASE_URL: t.databaseUrl });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('memberships[0].deputy_for');
    expect(bad.stdout).toBe('');
    const usage = await runCli(['check'], { DATABASE_URL: t.databaseUrl });
    expect(usage.code).toBe(2);
  });

  it('streams a large file into the same rows as the whole-document import, batch by batch in one transaction', async () => {
    // The generated city and county, written to a file and imported both ways.
    const chunks: string[] = [];
    generateDataset({ scale: 'S' }, (chunk) => chunks.push(chunk));
    const file = join(dir, 'generated-s.json');
    writeFileSync(file, chunks.join(''));
    const em = t.app.get(EntityManager);

    await resetDatabase(t.databaseUrl);
    const whole = await t.gql(IMPORT_DATASET, { dataset: JSON.parse(chunks.join('')) as Json });
    expect(whole.errors).toBeUndefined();
    const expected = await tableCounts(t.databaseUrl);

    await resetDatabase(t.databaseUrl);
    const streamed = await streamImportFile(em, file, CLI_ACTOR, { progress: false });
    expect(streamed.created).toBeGreaterThan(10_000);
    expect(streamed.updated).toBe(0);
    const counts = await tableCounts(t.databaseUrl);
    for (const table of [
      'organization',
      'person',
      'membership',
      'relationship',
      'interest',
      'meeting',
      'agenda_item',
      'related_entity',
      'recusal',
    ]) {
      expect({ table, rows: counts[table] }).toEqual({ table, rows: expected[table] });
    }

    // Streaming the same file again changes nothing.
    const again = await streamImportFile(em, file, CLI_ACTOR, { progress: false });
    expect({ created: again.created, updated: again.updated }).toEqual({ created: 0, updated: 0 });
  }, 120_000);
});

describe('history through the command line', () => {
  it('exports recorded and missed recusals as CSV', async () => {
    const { url } = testDatabase();
    await resetDatabase(url);
    const dir = mkdtempSync(join(tmpdir(), 'jaavi-csv-'));
    const file = join(dir, 'a01.json');
    writeFileSync(file, JSON.stringify(scenarioDataset('A01')));
    expect((await runCli(['import', file], { DATABASE_URL: url })).code).toBe(0);
    const missed = await runCli(['missed-recusals', '--organization', 'k'], { DATABASE_URL: url });
    expect(missed.code).toBe(0);
    // Finnish Excel: BOM, `;`, headers in Finnish, the ground in words and as its code.
    expect(missed.stdout.split('\r\n')).toEqual([
      '\uFEFFPäivämäärä;Kokous;Toimielimen tunnus;Toimielin;Asian tunnus;Asia;Henkilön tunnus;Henkilö;Peruste;Perusteen koodi;Ratkaisija',
      expect.stringMatching(
        /^3\.11\.2025;kh-0;k-kh;Kaupunginhallitus;i-sale;.*;anna;Anna;HL 28 § 1 mom\. 5 k\. \(yhteisöjäävi\);HL28_1_5;$/,
      ),
      '',
    ]);
    const sv = await runCli(['missed-recusals', '--organization', 'k', '--lang', 'sv'], { DATABASE_URL: url });
    expect(sv.stdout).toMatch(/^\uFEFFDatum;Sammanträde;Organets id;Organ;/);
    expect(sv.stdout).toContain(';FL 28 § 1 mom. 5 p. (samfundsjäv);HL28_1_5;');
    const xlsx = join(dir, 'recusals.xlsx');
    expect((await runCli(['recusals', '--format', 'xlsx', '--out', xlsx, '--lang', 'en'], { DATABASE_URL: url })).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('Recusals')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Date',
      'Meeting',
      'Body id',
      'Body',
      'Item id',
      'Item',
      'Person id',
      'Person',
      'Ground',
      'Ground code',
      'Decided by',
    ]);
    expect(sheet.getRow(2).getCell(8).value).toBe('Ben');
    expect(sheet.getRow(2).getCell(11).value).toBe('announced by the person');
    expect((await runCli(['recusals', '--format', 'xlsx'], { DATABASE_URL: url })).code).toBe(2);
    const recorded = await runCli(['recusals', '--person', 'ben', '--format', 'json'], { DATABASE_URL: url });
    expect(JSON.parse(recorded.stdout)).toEqual([expect.objectContaining({ personId: 'ben', decidedBy: 'self' })]);
    const bad = await runCli(['recusals', '--from', 'yesterday'], { DATABASE_URL: url });
    expect(bad.code).toBe(2);
  });
});
