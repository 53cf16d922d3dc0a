import { daysBetween, holdsOver, inRange, periodOf, type MembershipFact } from '../../../src/rules';
import { D, World, CONTRACT, findingOf } from './world';

const seat = (extra: Partial<MembershipFact> = {}): MembershipFact => ({
  id: 'old',
  personId: 'p',
  organizationId: 'k-tl',
  role: 'member',
  startDate: '2021-08-01',
  endDate: '2025-05-31',
  ...extra,
});

describe('in force on D (legal-grounds §5)', () => {
  it.each<[string | null, string | null, boolean]>([
    ['2025-06-01', null, true],
    [D, null, true],
    ['2026-03-11', null, false],
    ['2020-01-01', D, true],
    ['2020-01-01', '2026-03-09', false],
    [null, null, true],
  ])('start %s end %s → %s', (start, end, expected) => {
    expect(inRange(start, end, D)).toBe(expected);
  });

  it.each<[string, string, number]>([
    ['2026-03-09', D, 1],
    ['2025-12-10', D, 90],
    ['2025-12-09', D, 91],
    ['2025-03-10', D, 365],
    ['2024-02-28', '2024-03-01', 2],
  ])('days from %s to %s = %s', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it.each([
    ['future', { startDate: '2026-04-01', endDate: null }, 'future'],
    ['current', { startDate: '2025-06-01', endDate: null }, 'current'],
    ['ended', { startDate: '2020-01-01', endDate: '2026-01-01' }, 'ended'],
  ])('%s', (_t, extra, status) => {
    expect(periodOf(seat(extra), D, false).status).toBe(status);
  });
});

describe('holdover (KL 79)', () => {
  const next = (startDate: string, extra: Partial<MembershipFact> = {}): MembershipFact =>
    seat({ id: `n-${startDate}`, personId: 'q', startDate, endDate: null, ...extra });

  it.each<[string, MembershipFact[], boolean, string, boolean]>([
    ['next term recorded, not begun', [next('2025-06-16')], true, '2025-06-10', true],
    ['next term already begun', [next('2025-06-01')], true, '2025-06-10', false],
    ['one of the next memberships has begun', [next('2025-06-16'), next('2025-06-05')], true, '2025-06-10', false],
    ['no next term recorded: end date is final', [], true, '2025-06-10', false],
    ['next term in another body does not count', [next('2025-06-16', { organizationId: 'k-kh' })], true, '2025-06-10', false],
    ['not a public entity body', [next('2025-06-16')], false, '2025-06-10', false],
    ['term still running', [next('2025-06-16')], true, '2025-05-20', false],
  ])('%s', (_t, sameBody, isPublic, date, expected) => {
    expect(holdsOver(seat(), date, [seat(), ...sameBody], isPublic)).toBe(expected);
  });

  it('applies through the engine to a seat in a public body, not to a company board', () => {
    const w = new World();
    w.seat('tuomas', 'k-tl', 'member', { startDate: '2021-08-01', endDate: '2025-05-31' });
    w.seat('tauno', 'k-tl', 'member', { startDate: '2025-06-16' });
    w.seat('tuomas', 'rakennus', 'board_member', { startDate: '2020-01-01', endDate: '2025-05-31' });
    w.seat('tauno', 'rakennus', 'board_member', { startDate: '2025-06-16' });
    const item = w.check('k-tl', CONTRACT, { startDate: '2025-06-10T10:00:00+03:00' });
    const f = findingOf(item, 'tuomas');
    // Tuomas still sits (holdover); his company seat ended 10 days ago: general clause only.
    expect(f).toMatchObject({ outcome: 'needs_review', lean: 'disqualified', grounds: ['HL28_1_7'] });
    expect(item.quorum.seats).toBe(9);
  });

  it('seats default to members in force, holdover included', () => {
    const w = new World();
    w.orgs.push({ id: 'k-x', name: 'Jaosto', classification: 'committee', parentId: 'k' });
    w.seat('a', 'k-x', 'member', { startDate: '2021-08-01', endDate: '2025-05-31' });
    w.seat('b', 'k-x', 'member', { startDate: '2021-08-01', endDate: '2025-05-31' });
    w.seat('c', 'k-x', 'member', { startDate: '2025-06-16' });
    expect(w.check('k-x', {}, { startDate: '2025-06-10T10:00:00+03:00' }).quorum.seats).toBe(2);
    expect(w.check('k-x', {}, { startDate: '2025-06-20T10:00:00+03:00' }).quorum.seats).toBe(1);
  });
});
