import { resetDatabase } from '../setup/test-database';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET } from '../support/queries';
import { scenarioDataset } from '../support/datasets';

/**
 * The authorization matrix: every query and mutation of the schema × every kind of caller.
 * Generated from one table; an operation missing from it fails the test, so a new operation
 * cannot ship without its access decided.
 */
type Caller =
  | 'none'
  | 'expired'
  | 'bad signature'
  | 'wrong audience'
  | 'malformed'
  | 'admin'
  | 'secretary'
  | 'secretary of another body'
  | 'official'
  | 'auditor';

const CALLERS: Caller[] = [
  'none',
  'expired',
  'bad signature',
  'wrong audience',
  'malformed',
  'admin',
  'secretary',
  'secretary of another body',
  'official',
  'auditor',
];
const UNAUTHENTICATED: Caller[] = ['none', 'expired', 'bad signature', 'wrong audience', 'malformed'];
const EVERYONE: Caller[] = ['admin', 'secretary', 'secretary of another body', 'official', 'auditor'];

interface Operation {
  document: string;
  /** Fresh variables for each call (mutations must not collide with the previous caller's). */
  variables?: Record<string, unknown> | (() => Promise<Record<string, unknown>>);
  allowed: Caller[];
}

let app: TestApp;
let findingId = '';
let interestId = '';
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

/** A held meeting's agenda is locked: agenda edits go to a planned meeting (kh-p, made in beforeAll). */
const PLANNED = 'kh-p';

async function itemVersion(id: string, meetingId = 'kh-0'): Promise<number> {
  const meeting = await app.gql<{ meeting: { agenda: { id: string; version: number }[] } }>(
    `{ meeting(id: "${meetingId}") { agenda { id version } } }`,
  );
  return meeting.data!.meeting.agenda.find((i) => i.id === id)!.version;
}

async function freshItem(): Promise<{ id: string; version: number }> {
  const id = unique('matrix-item');
  await app.gql('mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }', {
    i: { meetingId: PLANNED, id, title: 'Matrix item' },
  });
  return { id, version: await itemVersion(id, PLANNED) };
}

const MATRIX: Record<string, Operation> = {
  'Query.organizations': { document: '{ organizations { nodes { id } } }', allowed: EVERYONE },
  'Query.organization': { document: '{ organization(id: "k-kh") { id } }', allowed: EVERYONE },
  'Query.persons': { document: '{ persons { nodes { id } } }', allowed: EVERYONE },
  'Query.person': { document: '{ person(id: "anna") { id } }', allowed: EVERYONE },
  'Query.meetings': { document: '{ meetings { nodes { id } } }', allowed: EVERYONE },
  'Query.grounds': { document: '{ grounds { code citationSv } }', allowed: EVERYONE },
  'Query.meeting': { document: '{ meeting(id: "kh-0") { id } }', allowed: EVERYONE },
  'Query.meetingCheck': { document: '{ meetingCheck(meetingId: "kh-0") { runId } }', allowed: ['admin', 'secretary', 'auditor'] },
  'Query.meetingAudit': { document: '{ meetingAudit(meetingId: "kh-0") { meetingId } }', allowed: ['admin', 'auditor'] },
  'Query.auditLog': { document: '{ auditLog(first: 1) { nodes { id } } }', allowed: ['admin', 'auditor'] },
  'Query.exportDataset': { document: '{ exportDataset }', allowed: ['admin'] },
  'Query.historicalCheck': {
    // "Now": a fixed instant would fall before the test's own data was recorded once the calendar passes it.
    document: 'query($k: String!) { historicalCheck(meetingId: "kh-0", knownOn: $k) { knownOn } }',
    variables: async () => ({ k: new Date().toISOString() }),
    allowed: ['admin', 'auditor'],
  },
  'Query.detectCounterparties': { document: '{ detectCounterparties(itemId: "i-sale") { surface } }', allowed: ['admin', 'secretary'] },
  'Mutation.acceptSuggestion': {
    document: 'mutation { acceptSuggestion(itemId: "p-sale", entityType: organization, entityId: "rakennus", role: affected) { id } }',
    allowed: ['admin', 'secretary'],
  },
  'Mutation.rejectSuggestion': {
    document:
      'mutation { rejectSuggestion(itemId: "i-sale", entityType: organization, entityId: "ktilat", reason: "not a party") { surface } }',
    allowed: ['admin', 'secretary'],
  },
  'Query.authConfig': { document: '{ authConfig { mode } }', allowed: CALLERS },
  'Query.demoUsers': { document: '{ demoUsers { role } }', allowed: CALLERS },
  'Query.viewer': { document: '{ viewer { sub roles } }', allowed: EVERYONE },
  'Query.summonsList': { document: '{ summonsList(meetingId: "kh-0") { deputyPersonId } }', allowed: ['admin', 'secretary', 'auditor'] },
  'Query.summonsDocument': { document: '{ summonsDocument(meetingId: "kh-0") }', allowed: ['admin', 'secretary', 'auditor'] },
  'Query.myWarnings': { document: '{ myWarnings(from: "2026-01-01") { itemId } }', allowed: ['official'] },
  'Query.myInterests': { document: '{ myInterests { id } }', allowed: ['official'] },
  'Query.myRelationships': { document: '{ myRelationships { id } }', allowed: ['official'] },
  'Query.recusals': { document: '{ recusals { nodes { personId } } }', allowed: ['admin', 'auditor'] },
  'Query.missedRecusals': { document: '{ missedRecusals { nodes { personId } } }', allowed: ['admin', 'auditor'] },
  'Query.recusalsWorkbook': { document: '{ recusalsWorkbook(lang: "sv") }', allowed: ['admin', 'auditor'] },
  'Mutation.confirmFinding': {
    document: 'mutation($id: ID!) { confirmFinding(id: $id, note: "ok") { status } }',
    variables: async () => ({ id: findingId }),
    allowed: ['admin', 'secretary'],
  },
  'Mutation.dismissFinding': {
    document: 'mutation($id: ID!) { dismissFinding(id: $id, reason: "the body decided so") { status } }',
    variables: async () => ({ id: findingId }),
    allowed: ['admin', 'secretary'],
  },
  'Mutation.createMeeting': {
    document: 'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }',
    variables: async () => ({ i: { id: unique('matrix-meeting'), bodyId: 'k-kh', startsAt: '2026-12-01T12:00:00+02:00' } }),
    allowed: ['admin', 'secretary'],
  },
  'Mutation.updateMeeting': {
    document: 'mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { id } }',
    variables: async () => {
      const m = await app.gql<{ meeting: { version: number } }>(`{ meeting(id: "${PLANNED}") { version } }`);
      return { i: { id: PLANNED, version: m.data!.meeting.version, name: unique('name') } };
    },
    allowed: ['admin', 'secretary'],
  },
  'Mutation.addAgendaItem': {
    document: 'mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }',
    variables: async () => ({ i: { meetingId: PLANNED, id: unique('matrix-added'), title: 'Added' } }),
    allowed: ['admin', 'secretary'],
  },
  'Mutation.updateAgendaItem': {
    document: 'mutation($i: UpdateAgendaItemInput!) { updateAgendaItem(input: $i) { id } }',
    variables: async () => ({ i: { id: 'p-sale', version: await itemVersion('p-sale', PLANNED), description: unique('text') } }),
    allowed: ['admin', 'secretary'],
  },
  'Query.myRecusals': { document: '{ myRecusals { id withdrawable } }', allowed: ['official'] },
  'Mutation.withdrawRecusal': {
    document: 'mutation($id: ID!) { withdrawRecusal(id: $id) }',
    // A fresh announcement by the official on an item whose agenda has not gone out.
    variables: async () => {
      const sent = await app.gql<{ announceRecusal: { id: string } }>(
        'mutation { announceRecusal(itemId: "q-1", grounds: [], note: "matrix") { id } }',
        {},
        await tokenOf('official'),
      );
      return { id: sent.data!.announceRecusal.id };
    },
    allowed: ['official'],
  },
  'Mutation.publishAgenda': {
    document: 'mutation($v: Int!) { publishAgenda(meetingId: "kh-p", version: $v) { id } }',
    variables: async () => {
      const m = await app.gql<{ meeting: { version: number } }>(`{ meeting(id: "${PLANNED}") { version } }`);
      return { v: m.data!.meeting.version };
    },
    allowed: ['admin', 'secretary'],
  },
  'Mutation.removeAgendaItem': {
    document: 'mutation($id: ID!, $v: Int!) { removeAgendaItem(id: $id, version: $v) { id } }',
    variables: async () => {
      const item = await freshItem();
      return { id: item.id, v: item.version };
    },
    allowed: ['admin', 'secretary'],
  },
  'Mutation.recordMinutes': {
    document: 'mutation($i: MinutesInput!) { recordMinutes(input: $i) { id } }',
    variables: async () => ({
      i: { itemId: 'i-sale', version: await itemVersion('i-sale'), participants: ['anna'], recusals: [], substitutes: [] },
    }),
    allowed: ['admin', 'secretary'],
  },
  'Mutation.declareInterest': {
    document: 'mutation($i: DeclareInterestInput!) { declareInterest(input: $i) { id } }',
    variables: { i: { kind: 'shareholding', description: 'Osakkeita', organizationId: 'rakennus' } },
    allowed: ['official'],
  },
  'Mutation.endInterest': {
    // The interest was declared today: end it a year on, whatever the date the suite runs.
    document: 'mutation($id: ID!, $d: Date!) { endInterest(id: $id, endDate: $d) { id } }',
    variables: async () => ({ id: interestId, d: new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10) }),
    allowed: ['official'],
  },
  'Mutation.recordRelationship': {
    document: 'mutation($i: RecordRelationshipInput!) { recordRelationship(input: $i) { id } }',
    variables: async () => ({ i: { relativeName: unique('Sukulainen'), kind: 'sibling' } }),
    allowed: ['official'],
  },
  'Mutation.announceRecusal': {
    document: 'mutation { announceRecusal(itemId: "i-sale", grounds: ["HL28_1_5"], note: "hallituksen jäsen") { id } }',
    allowed: ['official'],
  },
  'Mutation.importDataset': {
    document: 'mutation($d: JSON!) { importDataset(dataset: $d) { created } }',
    variables: { d: scenarioDataset('A01') },
    allowed: ['admin'],
  },
};

async function tokenOf(caller: Caller): Promise<string | null> {
  switch (caller) {
    case 'none':
      return null;
    case 'malformed':
      return 'not.a.token';
    case 'expired':
      return tokenFor({ sub: 'x', roles: ['admin'] }, { expiresIn: '-1m' });
    case 'bad signature':
      return tokenFor({ sub: 'x', roles: ['admin'] }, { secret: 'some-other-secret-0123456789abcdef' });
    case 'wrong audience':
      return tokenFor({ sub: 'x', roles: ['admin'] }, { audience: 'another-service' });
    case 'admin':
      return tokenFor({ sub: 'admin', roles: ['admin'] });
    case 'secretary':
      return tokenFor({ sub: 'sec', roles: ['secretary'], bodies: ['k-kh'] });
    case 'secretary of another body':
      return tokenFor({ sub: 'sec2', roles: ['secretary'], bodies: ['h-ah'] });
    case 'official':
      return tokenFor({ sub: 'off', roles: ['official'], person: 'anna' });
    case 'auditor':
      return tokenFor({ sub: 'aud', roles: ['auditor'] });
  }
}

describe('authorization matrix', () => {
  let t: TestApp;
  let operations: string[];

  beforeAll(async () => {
    t = await startTestApp();
    app = t;
    await resetDatabase(t.databaseUrl);
    await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('A01') });
    await t.gql(`mutation { createMeeting(input: { id: "${PLANNED}", bodyId: "k-kh", startsAt: "2026-12-14T16:00:00+02:00" }) { id } }`);
    await t.gql(`mutation { addAgendaItem(input: { meetingId: "${PLANNED}", id: "p-sale", title: "Kiinteistön myynti",
      relatedEntities: [{ entityType: organization, entityId: "h", role: party }] }) { id } }`);
    await t.gql('mutation { createMeeting(input: { id: "kh-q", bodyId: "k-kh", startsAt: "2026-12-15T16:00:00+02:00" }) { id } }');
    await t.gql('mutation { addAgendaItem(input: { meetingId: "kh-q", id: "q-1", title: "Ilmoitusasiat" }) { id } }');
    const check = await t.gql<{ meetingCheck: { items: { findings: { id: string }[] }[] } }>(
      '{ meetingCheck(meetingId: "kh-0") { items { findings { id } } } }',
    );
    findingId = check.data!.meetingCheck.items[0].findings[0].id;
    const official = await tokenOf('official');
    const declared = await t.gql<{ declareInterest: { id: string }[] }>(
      'mutation { declareInterest(input: { kind: other, description: "Yhdistyksen jäsen" }) { id } }',
      {},
      official,
    );
    interestId = declared.data!.declareInterest[0].id;
    const schema = await t.gql<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
    );
    operations = [
      ...schema.data!.__schema.queryType.fields.map((f) => `Query.${f.name}`),
      ...schema.data!.__schema.mutationType.fields.map((f) => `Mutation.${f.name}`),
    ];
  });

  afterAll(async () => {
    await t.close();
  });

  it('has an entry for every operation of the schema', () => {
    expect(operations.filter((op) => !(op in MATRIX))).toEqual([]);
  });

  const cases = Object.entries(MATRIX).flatMap(([name, op]) => CALLERS.map((caller) => [name, caller, op] as const));

  it.each(cases)('%s as %s', async (_name, caller, op) => {
    const variables = typeof op.variables === 'function' ? await op.variables() : op.variables;
    const result = await t.gql(op.document, variables, await tokenOf(caller));
    const code = result.errors?.[0]?.extensions?.code;
    if (op.allowed.includes(caller)) {
      expect(result.errors).toBeUndefined();
    } else if (UNAUTHENTICATED.includes(caller)) {
      expect(code).toBe('UNAUTHENTICATED');
    } else {
      expect(code).toBe('FORBIDDEN');
    }
  });
});
