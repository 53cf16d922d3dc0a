/**
 * One finding per ground in each language, as snapshots (reviewed in the closing note of issue
 * 16): plain words first, then the ground in standard notation, then the evidence. No ground
 * code and no relative's name in any text.
 */
import { evaluate, type Finding, type GroundCode, GROUNDS, groundText, type Lang } from '../../../src/rules';
import { CONTRACT, findingOf, org, SALE, who, World } from './world';

type Case = { build: (w: World) => void; body: string; item: object; person?: string };

/** A world where exactly this ground fires for `me` (HL28_1_6 is never produced: legal-grounds §5). */
const CASES: Partial<Record<GroundCode, Case>> = {
  HL28_1_1: {
    body: 'k-tl',
    build: (w) => {
      w.rel('me', 'x', 'sibling', { id: 'rel-1' });
    },
    item: { relatedEntities: [who('x')] },
  },
  HL28_1_2: {
    body: 'k-tl',
    build: (w) => {
      w.person('x');
    },
    item: { relatedEntities: [org('rakennus', 'party'), { ...who('me'), role: 'representative', onBehalfOf: 'rakennus' }] },
  },
  HL28_1_3: {
    body: 'k-tl',
    build: (w) => {
      w.interest('me', 'rakennus', { id: 'int-1', material: true, description: '100 osaketta' });
    },
    item: CONTRACT,
  },
  HL28_1_4: {
    body: 'k-kh',
    build: (w) => {
      w.seat('me', 'h', 'employee', { id: 'ms-emp', startDate: '2019-05-01' });
    },
    item: SALE,
  },
  HL28_1_5: {
    body: 'k-kh',
    build: (w) => {
      w.seat('me', 'h-ah', 'member', { id: 'ms-board' });
    },
    item: SALE,
  },
  HL28_1_7: { body: 'k-tl', build: () => {}, item: { concerns: [{ personId: 'me', text: 'Hakija on läheinen ystävä' }] } },
  KL97_1: {
    body: 'k-kv',
    build: (w) => {
      w.rel('me', 'x', 'child', { id: 'rel-2' });
    },
    item: { relatedEntities: [who('x')] },
  },
  HVAL102_1: {
    body: 'h-av',
    build: (w) => {
      w.seat('me', 'seura', 'board_chair', { id: 'ms-assoc', startDate: '2018-03-01' });
    },
    item: { relatedEntities: [org('seura', 'party')] },
  },
  KL97_3: {
    body: 'k-kh',
    build: (w) => {
      w.seat('me', 'k', 'employee', { id: 'ms-city' });
    },
    item: { preparedBy: ['me'] },
  },
  HVAL102_3: {
    body: 'h-ah',
    build: (w) => {
      w.seat('me', 'h', 'employee', { id: 'ms-county' });
    },
    item: { presentedBy: 'me', preparedBy: ['me'] },
  },
};

function findingFor(code: GroundCode, lang: Lang): Finding {
  const c = CASES[code]!;
  const w = new World();
  w.named('me', 'Aino Lehtonen');
  w.seat('me', c.body, 'member', { group: 'A' });
  c.build(w);
  const report = evaluate(w.facts({ organizationId: c.body }, [c.item]), undefined, { lang });
  const f = findingOf(report.items[0], 'me');
  if (!f) throw new Error(`no finding for ${code}`);
  return f;
}

const LANG_CASES = (['fi', 'sv', 'en'] as const).flatMap((lang) =>
  (Object.keys(CASES) as GroundCode[]).map((code) => [lang, code] as const),
);

describe('a finding per ground in each language', () => {
  it.each(LANG_CASES)('%s %s', (lang, code) => {
    const f = findingFor(code, lang);
    expect(f.grounds).toContain(code);
    const texts = [f.explanation, ...f.evidence.map((e) => e.text)];
    // The ground in words, in this language's notation, right after the plain sentence.
    expect(f.explanation).toContain(groundText(code, lang));
    for (const text of texts) expect(text).not.toMatch(/\b(HL|KL|HVAL)\d+_\d/);
    expect(JSON.stringify(f)).not.toMatch(/"X"/);
    expect({ explanation: f.explanation, evidence: f.evidence.map((e) => e.text) }).toMatchSnapshot();
  });

  it('the plain sentence names the person and says they must not take part, before the ground', () => {
    const verdicts = { fi: 'eikä saa osallistua', sv: 'får inte delta', en: 'must not take part' };
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const f = findingFor('HL28_1_5', lang);
      expect(f.explanation.startsWith('Aino Lehtonen ')).toBe(true);
      expect(f.explanation.indexOf(verdicts[lang])).toBeGreaterThan(0);
      expect(f.explanation.indexOf(verdicts[lang])).toBeLessThan(f.explanation.indexOf(groundText('HL28_1_5', lang)));
    }
  });

  it("Swedish uses the registry's Swedish names of organisations and bodies", () => {
    const f = findingFor('HL28_1_5', 'sv');
    expect(f.explanation).toContain('Regionstyrelsen, Välfärdsområde H');
    expect(f.explanation).not.toContain('Aluehallitus');
    expect(findingFor('HL28_1_5', 'fi').explanation).toContain('Aluehallitus, Hyvinvointialue H');
  });

  it('never says "circle" and never names the relative', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const f = findingFor('HL28_1_1', lang);
      expect(f.explanation).not.toMatch(/circle|piiri/i);
      expect(f.explanation).not.toContain('X ');
    }
    expect(findingFor('HL28_1_1', 'en').explanation).toContain('A close relative (sibling) of Aino Lehtonen');
  });

  it('every ground has a citation and a title in each language', () => {
    expect(
      Object.fromEntries(GROUNDS.map((g) => [g.code, (['fi', 'sv', 'en'] as const).map((l) => groundText(g.code, l))])),
    ).toMatchSnapshot();
  });
});
