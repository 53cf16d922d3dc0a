import { EntityManager } from '@mikro-orm/postgresql';
import { resetDatabase } from '../setup/test-database';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET, MEETING_CHECK } from '../support/queries';
import { scenarioDataset } from '../support/datasets';

type Json = Record<string, unknown>;

describe('personal data and the audit log', () => {
  let t: TestApp;
  let relativeName: string;
  let relationshipId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await resetDatabase(t.databaseUrl);
    // T11: the member's sister is the CEO of a bidder: a finding caused by a relative.
    const dataset = scenarioDataset('T11');
    const relationship = (dataset.relationships as Json[])[0];
    relationshipId = String(relationship.id);
    const relativeId = relationship.person_id === 'gustav' ? relationship.relative_id : relationship.person_id;
    relativeName = String((dataset.persons as Json[]).find((p) => p.id === relativeId)!.name);
    // And a relative with no position of her own: known to the registry only as a relative.
    (dataset.persons as Json[]).push({ id: 'private-spouse', name: 'Yksityinen Puoliso' });
    (dataset.relationships as Json[]).push({ id: 'rel-gustav-spouse', person_id: 'gustav', relative_id: 'private-spouse', kind: 'spouse' });
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
  });

  afterAll(async () => {
    await t.close();
  });

  it("shows a secretary the ground and the relation kind, never the relative's name or record", async () => {
    const secretary = await tokenFor({ sub: 'sec', roles: ['secretary'], bodies: ['k-tl'] });
    const result = await t.gql<{ meetingCheck: Json }>(MEETING_CHECK, { meetingId: 'tl-1' }, secretary);
    expect(result.errors).toBeUndefined();
    const text = JSON.stringify(result.data);
    expect(text).toContain('HL28_1_5');
    expect(text).not.toContain(relativeName);
    expect(text).not.toContain(relationshipId);
  });

  it('lets the person concerned and administrators read relatives, and nobody else', async () => {
    const query = '{ person(id: "gustav") { relationships { relativeName kind } interests { id } } }';
    const self = await t.gql<{ person: { relationships: Json[] } }>(
      query,
      {},
      await tokenFor({ sub: 'g', roles: ['official'], person: 'gustav' }),
    );
    expect(self.errors).toBeUndefined();
    expect(self.data!.person.relationships[0].relativeName).toBe(relativeName);
    for (const claims of [
      { sub: 'o', roles: ['official' as const], person: 'someone-else' },
      { sub: 's', roles: ['secretary' as const], bodies: ['k-tl'] },
      { sub: 'a', roles: ['auditor' as const] },
    ]) {
      const other = await t.gql(query, {}, await tokenFor(claims));
      expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(JSON.stringify(other)).not.toContain(relativeName);
    }
  });

  it('does not list relatives who hold no position to anyone but administrators', async () => {
    const secretary = await tokenFor({ sub: 'sec', roles: ['secretary'], bodies: ['k-tl'] });
    const persons = await t.gql<{ persons: { nodes: Json[] } }>('{ persons(first: 500) { nodes { name } } }', {}, secretary);
    expect(JSON.stringify(persons.data)).toContain('Gustav');
    expect(JSON.stringify(persons.data)).not.toContain('Yksityinen Puoliso');
    const direct = await t.gql('{ person(id: "private-spouse") { name } }', {}, secretary);
    expect(direct.errors![0].extensions!.code).toBe('NOT_FOUND');
    const admin = await t.gql<{ persons: { nodes: Json[] } }>('{ persons(first: 500) { nodes { name } } }');
    expect(JSON.stringify(admin.data)).toContain('Yksityinen Puoliso');
  });

  it('logs every read of personal data and every change, with who and the request', async () => {
    const official = await tokenFor({ sub: 'gustav-login', roles: ['official'], person: 'gustav' });
    await t.gql('{ person(id: "gustav") { relationships { kind } } }', {}, official);
    const log = await t.gql<{ auditLog: { nodes: Json[] } }>(
      '{ auditLog(actor: "gustav-login", action: "personal_data.read") { nodes { actor action subjectId requestId details } } }',
    );
    expect(log.data!.auditLog.nodes[0]).toMatchObject({ actor: 'gustav-login', action: 'personal_data.read', subjectId: 'gustav' });
    expect(log.data!.auditLog.nodes[0].requestId).toBeTruthy();
    const imports = await t.gql<{ auditLog: { nodes: Json[] } }>('{ auditLog(action: "dataset.import") { nodes { actor } } }');
    expect(imports.data!.auditLog.nodes.map((n) => n.actor)).toContain('test-admin');
  });

  it('cannot be altered through the service’s own database connection', async () => {
    const connection = t.app.get(EntityManager).fork().getConnection();
    await expect(connection.execute("update audit_event set actor = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(connection.execute('delete from audit_event')).rejects.toThrow(/append-only/);
    await expect(connection.execute('truncate audit_event')).rejects.toThrow(/append-only/);
  });
});
