import { helsinkiStartsAt, startsAtParts } from '../../../web/src/time';

describe('meeting times in Helsinki whatever the browser zone', () => {
  it('writes a Helsinki wall-clock time with its offset, winter and summer', () => {
    expect(helsinkiStartsAt('2026-12-14', '16:00')).toBe('2026-12-14T16:00:00+02:00');
    expect(helsinkiStartsAt('2026-06-14', '16:00')).toBe('2026-06-14T16:00:00+03:00');
  });

  it('reads a stored start back as Helsinki date and time', () => {
    expect(startsAtParts('2026-12-14T14:00:00Z')).toEqual({ day: '2026-12-14', time: '16:00' });
    expect(startsAtParts('2026-06-14T16:00:00+03:00')).toEqual({ day: '2026-06-14', time: '16:00' });
  });
});
