// A fuzz run against a running service: random operations of the schema with hostile
// arguments, malformed bodies and tokens. Prints the statuses, the error codes, how many
// internal errors, and the time. Usage: node bench/fuzz-run.mjs URL SECRET [N]
import { SignJWT } from 'jose';

const [url = 'http://127.0.0.1:3000', secret = 'jaavi-development-secret-never-for-production', n = '10000'] = process.argv.slice(2);
const key = new TextEncoder().encode(secret);
const sign = (claims, sub, exp = '1h') =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer('jaavi-dev')
    .setAudience('jaavi')
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(key);
const tokens = [
  null,
  'garbage',
  `${await sign({ roles: ['admin'] }, 'a')}x`,
  await sign({ roles: ['admin'] }, 'fuzz-admin'),
  await sign({ roles: ['secretary'], bodies: ['koivula-kh'] }, 'fuzz-sec'),
  await sign({ roles: ['official'], person: 'aino-lehtonen' }, 'fuzz-off'),
  await sign({ roles: ['auditor'] }, 'fuzz-aud'),
  await sign({ roles: ['admin'] }, 'old', '-1m'),
];
// mulberry32: deterministic, so a run can be repeated.
let seed = 42;
const rnd = (k) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % k;
};
const pick = (list) => list[rnd(list.length)];
const HOSTILE = [
  '',
  'x',
  "'; drop table person; --",
  'kh-2026-12-14',
  'koivula-kh',
  'aino-lehtonen',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '%_\\',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31',
  'WyJhYmMiXQ',
  'WyJ4IiwieCJd',
  'garbage!!',
  '../../etc/passwd',
  '<script>',
  'x'.repeat(5000),
  '131052-308T',
  '{"$ne":null}',
  '-1',
  '2147483648',
  'NaN',
];
const INTS = [0, 1, -1, 50, 500, 501, 2 ** 31, 2 ** 31 - 1, 1e20, 0.5];
const str = () => JSON.stringify(pick(HOSTILE));
const OPS = [
  () => `{ meetingCheck(meetingId: ${str()}) { meetingId items { itemId findings { explanation evidence { kind id text } } } } }`,
  () => `{ meeting(id: ${str()}) { id version } }`,
  () => `{ meetings(first: ${pick(INTS)}, after: ${str()}) { nodes { id } } }`,
  () => `{ persons(nameContains: ${str()}, first: ${pick(INTS)}) { nodes { id name } } }`,
  () => `{ person(id: ${str()}) { name relationships { relativeName } interests { description } memberships { id } } }`,
  () => `{ organization(id: ${str()}) { name members(on: "2026-06-01") { personId } } }`,
  () => `{ auditLog(after: ${str()}, from: ${str()}, first: ${pick(INTS)}) { nodes { id } } }`,
  () => `{ recusals(filter: { personId: ${str()}, from: "2025-01-01" }) { nodes { personId } } }`,
  () =>
    `{ missedRecusals(first: ${pick(INTS)}, filter: { bodyId: ${str()}, from: "2026-01-01", to: "2026-12-31" }) { nodes { personId } } }`,
  () => `{ detectCounterparties(itemId: ${str()}) { entityId entityName } }`,
  () => `{ myWarnings { meetingId } myRelationships { relativeName } myInterests { id } }`,
  () => `{ summonsList(meetingId: ${str()}) { deputyPersonId } }`,
  () => `{ historicalCheck(meetingId: ${str()}, knownOn: ${str()}) { knownOn } }`,
  () => `mutation { rejectSuggestion(itemId: ${str()}, entityType: person, entityId: ${str()}, reason: ${str()}) { entityId } }`,
  () => `mutation { acceptSuggestion(itemId: ${str()}, entityType: person, entityId: ${str()}, role: party) { id } }`,
  () => `mutation { createMeeting(input: { id: ${str()}, bodyId: ${str()}, name: ${str()}, startsAt: ${str()} }) { id } }`,
  () => `mutation { addAgendaItem(input: { meetingId: ${str()}, title: ${str()}, order: ${pick(INTS)} }) { id } }`,
  () => `mutation { recordRelationship(input: { kind: sibling, relativeId: ${str()} }) { relativeName } }`,
  () => `mutation { declareInterest(input: { kind: other, organizationId: ${str()}, description: ${str()} }) { id } }`,
  () =>
    `mutation { importDataset(dataset: ${JSON.stringify(JSON.stringify({ format: 'jaavi-dataset/1', organizations: [{ id: pick(HOSTILE), name: pick(HOSTILE), classification: 'company' }] }))}) { created } }`,
  () => `{ ${Array.from({ length: 1 + rnd(20) }, (_, i) => `a${i}: meetingCheck(meetingId: "kh-2026-12-14") { meetingId }`).join(' ')} }`,
  () => `{ meetings(first: ${'['.repeat(1 + rnd(4000))}1${']'.repeat(1 + rnd(4000))}) { nodes { id } } }`,
  () => `{ meetings { ${'nodes { '.repeat(rnd(30))} }`,
  () => `{ __schema { types { name } } }`,
];
const BODIES = [
  () => JSON.stringify({ query: pick(OPS)() }),
  () =>
    JSON.stringify({ query: 'query($n: Int!) { meetings(first: $n) { nodes { id } } }', variables: { n: pick(['x', null, 2 ** 40, {}]) } }),
  () => JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
  () => JSON.stringify({ query: '{ __typename }', variables: pick(['x', [], 3]) }),
  () => '{"query": ',
  () => 'not json at all',
  () => JSON.stringify([{ query: '{ __typename }' }]),
];
const statuses = {};
const codes = {};
let internal = 0;
const samples = [];
const started = Date.now();
let healthWorst = 0;
const health = setInterval(async () => {
  const t0 = Date.now();
  try {
    await fetch(`${url}/health`);
  } catch {
    /* counted below */
  }
  healthWorst = Math.max(healthWorst, Date.now() - t0);
}, 500);
const total = Number(n);
let done = 0;
async function worker() {
  while (done < total) {
    done++;
    const body = rnd(10) < 7 ? BODIES[0]() : pick(BODIES)();
    const token = pick(tokens);
    const headers = {
      'content-type': 'application/json',
      ...(token ? { authorization: pick([`Bearer ${token}`, `Bearer  ${token}`, `bearer ${token}`]) } : {}),
    };
    let status = 'network';
    let text = '';
    try {
      const r = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
      status = r.status;
      text = await r.text();
    } catch (e) {
      text = String(e);
    }
    statuses[status] = (statuses[status] ?? 0) + 1;
    let parsed = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    const found = parsed?.errors?.map((e) => e.extensions?.code ?? 'none') ?? (parsed ? ['ok'] : ['not-json']);
    for (const c of new Set(found)) codes[c] = (codes[c] ?? 0) + 1;
    if (
      status === 'network' ||
      status >= 500 ||
      found.includes('INTERNAL_SERVER_ERROR') ||
      /node_modules|\.ts:\d+|select .* from /i.test(text)
    ) {
      internal++;
      if (samples.length < 10) samples.push({ status, body: body.slice(0, 200), answer: text.slice(0, 300) });
    }
  }
}
await Promise.all(Array.from({ length: 8 }, worker));
clearInterval(health);
const seconds = (Date.now() - started) / 1000;
console.log(
  JSON.stringify(
    { requests: total, seconds, perSecond: Math.round(total / seconds), internal, statuses, codes, healthWorstMs: healthWorst, samples },
    null,
    2,
  ),
);
