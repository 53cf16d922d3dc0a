/**
 * Every public scenario's check and audit, in each language, read as a person reads them:
 * findings' explanations and evidence, notes, the text report, the summons. In Swedish and
 * English no Finnish legal text may remain, in Finnish no Swedish or English, and in none a raw
 * ground code (codes stay in the JSON fields `grounds`). Text that comes from the registry or
 * the agenda (names, notes, concern texts) is removed first: it is data, not our language.
 */
import { audit, evaluate, factsFromDataset, type Lang, upstreamFactsFromDataset } from '../../../src/rules';
import { auditAsText, checkAsText } from '../../../src/checks/check-text';
import { summonsFrom, summonsHtml } from '../../../src/checks/summons';
import { loadScenarios } from './scenario-files';

const scenarios = loadScenarios();

const RAW_CODE = /\b(HL|KL|HVAL)\d+(_\d+)+\b/;
/** Finnish legal words and notation. */
const FINNISH =
  /\b(HL|KL|HVAL) \d|\d+ k\.|esteellinen|esteellisyy|jäävi|asianosai|läheinen|alkaen|päättyi|kokous|valmistel|toimielin|puheenjohtaja|jäsen\b|lautakun|valtuust|peruste/i;
const SWEDISH = /\b(FL|KomL|VälfOL) \d|\d+ p\.|jävig|\bjäv\b|får inte|närstående|ärende|sammanträd|ledamot|ersättare|\boch\b|sedan\b/i;
const ENGLISH = /\b(APA|LGA|WSCA) s\.|disqualified|must not|relative|\bthe\b|\band\b|since\b|meeting|member\b|deputy\b|legal ground/i;
const FORBIDDEN: Record<Lang, RegExp[]> = { fi: [SWEDISH, ENGLISH], sv: [FINNISH, ENGLISH], en: [FINNISH, SWEDISH] };

/** Every string value of the dataset: registry and agenda data, stripped before scanning. */
function dataStrings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string' && value.length > 2) out.add(value);
  else if (Array.isArray(value)) for (const v of value) dataStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) dataStrings(v, out);
  return out;
}

function stripData(text: string, data: readonly string[]): string {
  let out = text;
  for (const d of data) out = out.split(d).join(' ');
  return out;
}

function readable(s: (typeof scenarios)[number], lang: Lang): string[] {
  const facts = factsFromDataset(s.dataset, s.expect.meeting_id);
  const report = evaluate(facts, undefined, { lang });
  const texts = report.items.flatMap((i) => [
    ...i.findings.flatMap((f) => [f.explanation, ...f.evidence.map((e) => e.text)]),
    ...i.notes.map((n) => n.text),
  ]);
  texts.push(checkAsText(report, lang));
  const titles = new Map(facts.meeting.agenda.map((i) => [i.id, i.title]));
  const names = new Map(facts.persons.map((p) => [p.id, p.name]));
  const summons = summonsFrom(report, titles, names, lang);
  texts.push(...summons.flatMap((x) => x.items.map((i) => i.reason)));
  texts.push(
    summonsHtml({ id: facts.meeting.id, name: null, date: report.date, startsAt: facts.meeting.startDate, body: 'BODY' }, summons, lang)
      .replace(/<[^>]+>/g, ' ')
      .replace(/https?:\S+/g, ' '),
  );
  if (s.expect.audit) texts.push(auditAsText(audit(facts, upstreamFactsFromDataset(s.dataset, s.expect.meeting_id), { lang }), lang));
  return texts;
}

describe('person-readable texts of every public scenario are in one language, without codes', () => {
  it('finds scenarios, including audits', () => {
    expect(scenarios.length).toBeGreaterThan(10);
    expect(scenarios.some((s) => s.expect.audit)).toBe(true);
  });

  const cases = scenarios.flatMap((s) => (['fi', 'sv', 'en'] as const).map((lang) => [s.file, lang, s] as const));
  it.each(cases)('%s in %s', (_file, lang, s) => {
    // Longest first, so a name is removed whole before any shorter name inside it.
    const data = [...dataStrings(s.dataset)].sort((a, b) => b.length - a.length);
    const texts = readable(s, lang);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toMatch(RAW_CODE);
      expect(text).not.toMatch(/\{\w+\}/);
      // Person and item ids appear in the text report; they are data too.
      const ours = stripData(text, data);
      for (const pattern of FORBIDDEN[lang]) {
        const hit = ours.match(pattern);
        expect(hit ? `${hit[0]} in: ${ours}` : null).toBeNull();
      }
    }
  });
});
