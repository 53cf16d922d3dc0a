/**
 * The message catalogues (src/rules/i18n): one per language with the same keys, no empty text,
 * and the same placeholders in each language's version of a template.
 */
import { CATALOGUES, citation, finlexUrl, formatDateTime, plural, STATUTES } from '../../../src/rules';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const fi = leaves(CATALOGUES.fi as unknown as Tree);

describe('message catalogues', () => {
  it('has more than a hundred texts', () => {
    expect(fi.size).toBeGreaterThan(100);
  });

  it.each(['sv', 'en'] as const)('%s has exactly the Finnish keys', (lang) => {
    const other = leaves(CATALOGUES[lang] as unknown as Tree);
    expect([...other.keys()].sort()).toEqual([...fi.keys()].sort());
  });

  it.each(['fi', 'sv', 'en'] as const)('%s has no empty text and no untranslated copy of another language', (lang) => {
    const mine = leaves(CATALOGUES[lang] as unknown as Tree);
    for (const [key, text] of mine) {
      if (key.startsWith('statusMarkers.current')) continue;
      expect(`${key}=${text}`).not.toMatch(/=$/);
    }
  });

  it.each(['sv', 'en'] as const)('%s uses the same placeholders as Finnish in every template', (lang) => {
    const other = leaves(CATALOGUES[lang] as unknown as Tree);
    for (const [key, text] of fi) expect([key, placeholders(other.get(key) ?? '')]).toEqual([key, placeholders(text)]);
  });

  it('Swedish and English texts differ from the Finnish ones (none left untranslated)', () => {
    const sv = leaves(CATALOGUES.sv as unknown as Tree);
    const same = [...fi].filter(([key, text]) => sv.get(key) === text && /[a-zäö]{4}/i.test(text.replace(/\{\w+\}/g, '')));
    expect(same.map(([k]) => k)).toEqual([]);
  });

  it("chooses plural forms by the language's rule", () => {
    expect(plural('fi', CATALOGUES.fi.plurals.warnings, 1)).toBe('1 varoitus');
    expect(plural('fi', CATALOGUES.fi.plurals.warnings, 2)).toBe('2 varoitusta');
    expect(plural('sv', CATALOGUES.sv.plurals.days, 1)).toBe('1 dag');
    expect(plural('en', CATALOGUES.en.plurals.warnings, 1)).toBe('1 warning');
    expect(plural('en', CATALOGUES.en.plurals.warnings, 0)).toBe('0 warnings');
  });

  it("writes dates and times in the locale's form, in Finnish time", () => {
    expect(formatDateTime('2026-12-14T14:00:00Z', 'fi')).toBe('14.12.2026 klo 16.00');
    expect(formatDateTime('2026-12-14T14:00:00Z', 'sv')).toBe('14.12.2026 kl. 16.00');
    expect(formatDateTime('2026-12-14T14:00:00Z', 'en')).toBe('14 December 2026 at 16:00');
    expect(formatDateTime('2026-06-01T09:30:00Z', 'fi')).toBe('1.6.2026 klo 12.30');
  });

  it('cites in standard notation per language and links to Finlex in that language', () => {
    const ref = { statute: 'HL', section: 28, subsection: 1, paragraph: 5 } as const;
    expect(citation(ref, 'fi')).toBe('HL 28 § 1 mom. 5 k.');
    expect(citation(ref, 'sv')).toBe('FL 28 § 1 mom. 5 p.');
    expect(citation(ref, 'en')).toBe('APA s. 28(1)(5)');
    expect(finlexUrl('HL', 'fi')).toBe('https://www.finlex.fi/fi/laki/ajantasa/2003/20030434');
    expect(finlexUrl('HL', 'sv')).toBe('https://www.finlex.fi/sv/laki/ajantasa/2003/20030434');
    expect(finlexUrl('KL', 'sv')).toBe('https://www.finlex.fi/sv/laki/ajantasa/2015/20150410');
    expect(finlexUrl('HVAL', 'fi')).toBe('https://www.finlex.fi/fi/laki/ajantasa/2021/20210611');
    expect(Object.values(STATUTES).map((s) => s.abbreviation.sv)).toEqual(['FL', 'KomL', 'VälfOL']);
  });
});
