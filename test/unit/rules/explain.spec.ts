import { evaluate } from '../../../src/rules';
import { CONTRACT, findingOf, org, SALE, World } from './world';

describe('explanations', () => {
  function sister(): World {
    const w = new World();
    w.named('gustav', 'Gustav Gröndahl');
    w.named('sanna', 'Sanna Salo');
    w.seat('gustav', 'k-tl');
    w.rel('gustav', 'sanna', 'sibling', { id: 'rel-g-s' });
    w.seat('sanna', 'rakennus', 'ceo', { id: 'ms-s-ceo', startDate: '2020-01-01' });
    return w;
  }

  it('is Finnish by default: plain sentence naming kind, organisation and dates, then the ground; never the relative', () => {
    const f = findingOf(sister().check('k-tl', CONTRACT), 'gustav');
    expect(f?.explanation).toBe(
      'Henkilön Gustav Gröndahl läheinen (sisarus) on toimitusjohtaja: Rakennus Oy (1.1.2020 alkaen), ja Rakennus Oy on tässä asiassa asianosainen (bidder): Gustav Gröndahl on esteellinen eikä saa osallistua asian käsittelyyn. Peruste: HL 28 § 1 mom. 5 k. (yhteisöjäävi).',
    );
    expect(JSON.stringify(f)).not.toContain('Sanna');
  });

  it("has a restricted version without the relative's dates, and marks what is about the relative", () => {
    const f = findingOf(sister().check('k-tl', CONTRACT), 'gustav');
    expect(f?.restrictedExplanation).toBe(
      'Henkilön Gustav Gröndahl läheinen (sisarus) on toimitusjohtaja: Rakennus Oy, ja Rakennus Oy on tässä asiassa asianosainen (bidder): Gustav Gröndahl on esteellinen eikä saa osallistua asian käsittelyyn. Peruste: HL 28 § 1 mom. 5 k. (yhteisöjäävi).',
    );
    const position = f?.evidence.find((e) => e.kind === 'membership');
    expect(position).toMatchObject({ id: 'ms-s-ceo', aboutRelative: true, restrictedText: 'toimitusjohtaja: Rakennus Oy' });
    expect(position?.text).toContain('1.1.2020');
  });

  it('is English on request', () => {
    const w = sister();
    const report = evaluate(w.facts({ organizationId: 'k-tl' }, [CONTRACT]), undefined, { lang: 'en' });
    const f = findingOf(report.items[0], 'gustav');
    expect(f?.explanation).toBe(
      'A close relative (sibling) of Gustav Gröndahl is CEO of Rakennus Oy (since 1 January 2020), and Rakennus Oy is a party to this item (bidder): Gustav Gröndahl is disqualified and must not take part in this item. Legal ground: APA s. 28(1)(5) (board position in a party).',
    );
    expect(JSON.stringify(f)).not.toContain('Sanna');
  });

  it('carries the evidence ids: membership, relationship chain, related entity', () => {
    const f = findingOf(sister().check('k-tl', CONTRACT), 'gustav');
    expect(f?.evidence.map((e) => [e.kind, e.id])).toEqual([
      ['membership', 'ms-s-ceo'],
      ['relationship', 'rel-g-s'],
      ['related_entity', 'rakennus'],
    ]);
  });

  it('names the body and its entity for a seat', () => {
    const w = new World();
    w.named('anna', 'Anna Aho');
    w.seat('anna', 'k-kh');
    w.seat('anna', 'h-ah');
    expect(findingOf(w.check('k-kh', SALE), 'anna')?.explanation).toMatch(
      /^Anna Aho on jäsen: Aluehallitus, Hyvinvointialue H \(1\.6\.2025 alkaen\), ja Hyvinvointialue H on tässä asiassa asianosainen \(buyer\): /,
    );
  });

  it('joins several grounds into one plain sentence, then lists the grounds', () => {
    const w = new World();
    w.seat('me', 'k-tl');
    w.seat('me', 'rakennus', 'employee');
    w.seat('me', 'rakennus', 'board_member');
    const f = findingOf(w.check('k-tl', CONTRACT), 'me');
    expect(f?.grounds).toEqual(['HL28_1_4', 'HL28_1_5']);
    expect(f?.explanation).toMatch(/\.$/);
    expect(f?.explanation.split('. Perusteet: ')).toHaveLength(2);
    expect(f?.explanation).toContain('; lisäksi ');
    expect(f?.explanation).toContain('Perusteet: HL 28 § 1 mom. 4 k. (palvelussuhdejäävi), HL 28 § 1 mom. 5 k. (yhteisöjäävi).');
  });

  it('describes a derived relative by its derived kind, with each step in the evidence', () => {
    const w = new World();
    w.seat('me', 'k-tl');
    w.rel('me', 'sp', 'spouse', { id: 'r1' });
    w.rel('sp', 'kid', 'child', { id: 'r2' });
    const f = findingOf(w.check('k-tl', { relatedEntities: [{ entityType: 'person', entityId: 'kid', role: 'party' }] }), 'me');
    expect(f?.explanation).toMatch(/^Henkilön Me läheinen \(puolison lapsi\) on tässä asiassa asianosainen: /);
    expect(f?.evidence.filter((e) => e.kind === 'relationship')).toEqual([
      { kind: 'relationship', id: 'r1', text: '1/2: puoliso', aboutRelative: true },
      { kind: 'relationship', id: 'r2', text: '2/2: lapsi', aboutRelative: true },
    ]);
  });

  it('explains interests, own-employee preparation and holdover', () => {
    const w = new World();
    w.seat('me', 'k-tl', 'member', { startDate: '2021-08-01', endDate: '2026-02-28' });
    w.seat('next', 'k-tl', 'member', { startDate: '2026-04-01' });
    w.interest('me', 'rakennus', { description: '100 osaketta' });
    w.seat('me', 'k', 'employee');
    const f = findingOf(w.check('k-tl', { ...CONTRACT, preparedBy: ['me'] }), 'me');
    expect(f?.explanation).toContain('on ilmoittanut sidonnaisuuden: Rakennus Oy (osakeomistus: 100 osaketta)');
    // Secretaries see the kind and the organisation, not the official's own words.
    expect(f?.restrictedExplanation).toContain('on ilmoittanut sidonnaisuuden: Rakennus Oy (osakeomistus)');
    expect(f?.restrictedExplanation).not.toContain('100 osaketta');
    expect(f?.explanation).toContain('on oman organisaation palveluksessa (Kaupunki K) ja on valmistellut asian');
    expect(f?.capacity).toBe('member');
  });

  it('the HL 30 urgency exception is a note, the finding stays', () => {
    const w = new World();
    w.seat('me', 'k-kh');
    w.seat('me', 'h-ah');
    const item = w.check('k-kh', { ...SALE, urgent: true });
    expect(findingOf(item, 'me')?.outcome).toBe('disqualified');
    expect(item.notes.some((n) => n.text.includes('HL 30'))).toBe(true);
  });

  it("is Swedish on request, with the registry's Swedish names", () => {
    const w = sister();
    const report = evaluate(w.facts({ organizationId: 'k-tl' }, [CONTRACT]), undefined, { lang: 'sv' });
    expect(findingOf(report.items[0], 'gustav')?.explanation).toBe(
      'En närstående (syskon) till Gustav Gröndahl är verkställande direktör för Rakennus Oy (sedan 1.1.2020), och Rakennus Oy är part i detta ärende (bidder): Gustav Gröndahl är jävig och får inte delta i behandlingen av ärendet. Grund: FL 28 § 1 mom. 5 p. (samfundsjäv).',
    );
  });

  it('writes "1 day", "37 days" by the plural rule', () => {
    const w = new World();
    w.seat('me', 'k-tl');
    w.seat('me', 'rakennus', 'ceo', { startDate: '2020-01-01', endDate: '2026-03-09' });
    const item = evaluate(w.facts({ organizationId: 'k-tl' }, [CONTRACT]), undefined, { lang: 'en' }).items[0];
    expect(JSON.stringify(item)).toContain('ended 9 March 2026, 1 day before the meeting');
    const fi = evaluate(w.facts({ organizationId: 'k-tl' }, [CONTRACT]), undefined, { lang: 'fi' }).items[0];
    expect(JSON.stringify(fi)).toContain('päättyi 9.3.2026, 1 päivä ennen kokousta');
  });

  it('writes notes in English too', () => {
    const w = new World();
    w.seat('me', 'k-kh');
    w.seat('me', 'h-av');
    const report = evaluate(w.facts({ organizationId: 'k-kh' }, [{ relatedEntities: [org('h')] }]), undefined, { lang: 'en' });
    expect(report.items[0]?.notes[0]?.text).toContain('is not a board position');
  });
});
