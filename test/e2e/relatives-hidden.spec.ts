import { resetDatabase } from '../setup/test-database';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET, MEETING_CHECK } from '../support/queries';
import { scenarioDataset } from '../support/datasets';

type Json = Record<string, unknown>;

/**
 * What identifies the relatives in T11 (the member's sister, CEO of a bidder) and of a spouse
 * who holds no position: ids, names, dates of the sister's position, a declared interest's text.
 */
const RELATIVE_TOKENS = [
  'sanna',
  'Sanna',
  'ms-sanna-rakennus-3',
  'rel-gustav-sanna',
  '2020',
  'private-spouse',
  'Yksityinen',
  'rel-gustav-spouse',
  'Salainen kuvaus',
];

const HISTORICAL = `query($m: ID!, $k: String!) { historicalCheck(meetingId: $m, knownOn: $k) {
  items { itemId findings { id personId capacity outcome lean grounds explanation evidence { kind id text } }
          substitutions { forPersonId deputyPersonId status } notes { personId text } } } }`;
const SUMMONS = 'query($m: ID!) { summonsList(meetingId: $m) { deputyPersonId items { itemId reason } } }';

function evidenceOf(check: { items: { findings: { personId: string; evidence: { kind: string; id: string | null }[] }[] }[] }) {
  return check.items.flatMap((i) => i.findings.flatMap((f) => f.evidence.map((e) => ({ ...e, personId: f.personId }))));
}

describe('relatives are not identified to secretaries and auditors', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await resetDatabase(t.databaseUrl);
    const dataset = scenarioDataset('T11');
    (dataset.persons as Json[]).push({ id: 'private-spouse', name: 'Yksityinen Puoliso' });
    (dataset.relationships as Json[]).push({ id: 'rel-gustav-spouse', person_id: 'gustav', relative_id: 'private-spouse', kind: 'spouse' });
    dataset.interests = [
      {
        id: 'int-gustav-rakennus',
        person_id: 'gustav',
        organization_id: 'rakennus',
        kind: 'shareholding',
        description: 'Salainen kuvaus: 12 000 osaketta',
        declared_on: '2025-01-01',
      },
    ];
    const meeting = (dataset.events as Json[])[0];
    (meeting.agenda as Json[]).push({
      id: 'i-grant',
      order: 2,
      title: 'Avustushakemus',
      description: 'Hakijana Yksityinen Puoliso ja Rakennus Oy.',
    });
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
  });

  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['secretary', { sub: 'sec', roles: ['secretary' as const], bodies: ['k-tl'] }],
    ['auditor', { sub: 'aud', roles: ['auditor' as const] }],
  ])(
    'as %s: every finding, its evidence and explanation, notes, summons and history carry no id, name, date or text of a relative',
    async (_role, claims) => {
      const token = await tokenFor(claims);
      const answers: unknown[] = [];
      for (const lang of ['fi', 'en']) {
        const check = await t.gql<{ meetingCheck: Json }>(MEETING_CHECK, { meetingId: 'tl-1', lang }, token);
        expect(check.errors).toBeUndefined();
        answers.push(check.data);
      }
      const check = (answers[0] as { meetingCheck: Parameters<typeof evidenceOf>[0] & Json }).meetingCheck;
      const gustav = check.items[0].findings.filter((f) => f.personId === 'gustav');
      expect(gustav.length).toBeGreaterThan(0);
      if ((claims.roles as string[]).includes('auditor')) {
        const historical = await t.gql(HISTORICAL, { m: 'tl-1', k: new Date().toISOString() }, token);
        expect(historical.errors).toBeUndefined();
        answers.push(historical.data);
      }
      const summons = await t.gql(SUMMONS, { m: 'tl-1' }, token);
      expect(summons.errors).toBeUndefined();
      answers.push(summons.data);
      const text = JSON.stringify(answers);
      for (const token of RELATIVE_TOKENS) expect({ token, found: text.includes(token) }).toEqual({ token, found: false });
      // The interest is shown by kind and organisation, as the ground needs.
      expect(text).toContain('osakeomistus');

      // Every evidence id left leads to the finding's own person, never to a relative's record.
      const own = new Map<string, string[]>();
      for (const e of evidenceOf(check)) {
        if (e.id === null) continue;
        expect(['membership', 'related_entity', 'item']).toContain(e.kind);
        if (e.kind !== 'membership') continue;
        if (!own.has(e.personId)) {
          const person = await t.gql<{ person: { memberships: { id: string }[] } }>(
            `{ person(id: "${e.personId}") { memberships { id } } }`,
          );
          own.set(
            e.personId,
            person.data!.person.memberships.map((m) => m.id),
          );
        }
        expect(own.get(e.personId)).toContain(e.id);
      }
    },
  );

  it('shows administrators and the person concerned the whole evidence', async () => {
    const admin = await t.gql<{ meetingCheck: Parameters<typeof evidenceOf>[0] }>(MEETING_CHECK, { meetingId: 'tl-1' });
    const ids = evidenceOf(admin.data!.meetingCheck).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['ms-sanna-rakennus-3', 'rel-gustav-sanna', 'int-gustav-rakennus']));
    expect(JSON.stringify(admin.data)).toContain('Salainen kuvaus');
  });

  it('never suggests a person without a position to a secretary, nor lets one become a counterparty', async () => {
    const secretary = await tokenFor({ sub: 'sec', roles: ['secretary'], bodies: ['k-tl'] });
    const query = '{ detectCounterparties(itemId: "i-grant") { entityId entityName candidates { entityId } surface } }';
    const seen = await t.gql<{ detectCounterparties: Json[] }>(query, {}, secretary);
    expect(seen.errors).toBeUndefined();
    expect(JSON.stringify(seen.data)).toContain('rakennus');
    expect(JSON.stringify(seen.data)).not.toMatch(/private-spouse|Yksityinen Puoliso/);
    const admin = await t.gql<{ detectCounterparties: Json[] }>(query);
    expect(JSON.stringify(admin.data)).toContain('private-spouse');

    const accept = 'mutation($id: ID!) { acceptSuggestion(itemId: "i-grant", entityType: person, entityId: $id, role: party) { id } }';
    const hidden = await t.gql(accept, { id: 'private-spouse' }, secretary);
    const unknown = await t.gql(accept, { id: 'nobody-at-all' }, secretary);
    expect(hidden.errors![0].extensions!.code).toBe(unknown.errors![0].extensions!.code);
    expect(hidden.errors![0].message.replace('private-spouse', 'X')).toBe(unknown.errors![0].message.replace('nobody-at-all', 'X'));
    const reject =
      'mutation($id: ID!) { rejectSuggestion(itemId: "i-grant", entityType: person, entityId: $id, reason: "ei asianosainen") { entityId } }';
    const rejectedHidden = await t.gql(reject, { id: 'private-spouse' }, secretary);
    const rejectedUnknown = await t.gql(reject, { id: 'nobody-at-all' }, secretary);
    expect(rejectedHidden.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(rejectedHidden.errors![0].message.replace('private-spouse', 'X')).toBe(
      rejectedUnknown.errors![0].message.replace('nobody-at-all', 'X'),
    );
    // An administrator may make the relative a counterparty.
    expect((await t.gql(accept, { id: 'private-spouse' })).errors).toBeUndefined();
  });

  it("answers an official's recordRelationship without the name of a person they could not see", async () => {
    const official = await tokenFor({ sub: 'gunnar-login', roles: ['official'], person: 'gunnar' });
    const record = 'mutation($id: ID) { recordRelationship(input: { kind: sibling, relativeId: $id }) { relativeId relativeName } }';
    const hidden = await t.gql(record, { id: 'private-spouse' }, official);
    const unknown = await t.gql(record, { id: 'nobody-at-all' }, official);
    expect(hidden.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(hidden.errors![0].message.replace('private-spouse', 'X')).toBe(unknown.errors![0].message.replace('nobody-at-all', 'X'));
    expect(JSON.stringify(hidden)).not.toContain('Yksityinen');
    const mine = await t.gql<{ myRelationships: Json[] }>('{ myRelationships { relativeId } }', {}, official);
    expect(JSON.stringify(mine.data)).not.toContain('private-spouse');
    // A person holding a position is public: recording a relationship to them works.
    const publicPerson = await t.gql<{ recordRelationship: Json[] }>(record, { id: 'gustav' }, official);
    expect(publicPerson.errors).toBeUndefined();
    // And the official's own relative (recorded by an administrator) stays reachable.
    const spouse = await tokenFor({ sub: 'gustav-login', roles: ['official'], person: 'gustav' });
    const again = await t.gql(record.replace('sibling', 'spouse'), { id: 'private-spouse' }, spouse);
    expect(again.errors).toBeUndefined();
  });
});
