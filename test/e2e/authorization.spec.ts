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

const CALLERS: Caller[] = ['none', 'expired', 'bad signature', 'wrong audience', 'malformed', 'admin', 'secretary', 'secretary of another body', 'official', 'auditor'];
const UNAUTHENTICATED: Caller[] = ['none', 'expired', 'bad signature', 'wrong audience', 'malformed'];
const EVERYONE: Caller[] = ['admin', 'secretary', 'secretary of another body', 'official', 'auditor'];

interface Operation {
  document: string;
  variables?: Record<string, unknown>;
  allowed: Caller[];
}

const MATRIX: Record<string, Operation> = {
  'Query.organizations': { document: '{ organizations { nodes { id } } }', allowed: EVERYONE },
  'Query.organization': { document: '{ organization(id: "k-kh") { id } }', allowed: EVERYONE },
  'Query.persons': { document: '{ persons { nodes { id } } }', allowed: EVERYONE },
  'Query.person': { document: '{ person(id: "anna") { id } }', allowed: EVERYONE },
  'Query.meetings': { document: '{ meetings { nodes { id } } }', allowed: EVERYONE },
  'Query.meeting': { document: '{ meeting(id: "kh-0") { id } }', allowed: EVERYONE },
  'Query.meetingCheck': { document: '{ meetingCheck(meetingId: "kh-0") { runId } }', allowed: ['admin', 'secretary', 'auditor'] },
  'Query.meetingAudit': { document: '{ meetingAudit(meetingId: "kh-0") { meetingId } }', allowed: ['admin', 'auditor'] },
  'Query.auditLog': { document: '{ auditLog(first: 1) { nodes { id } } }', allowed: ['admin', 'auditor'] },
  'Query.exportDataset': { document: '{ exportDataset }', allowed: ['admin'] },
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
    await resetDatabase(t.databaseUrl);
    await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('A01') });
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
    const result = await t.gql(op.document, op.variables, await tokenOf(caller));
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
