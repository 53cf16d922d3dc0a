/**
 * Time: whether a position counts on the meeting date D, the KL 79 holdover, and how long ago a
 * position ended. Dates are `YYYY-MM-DD` strings; the engine never reads a clock.
 */
import type { IsoDate, MembershipFact } from './facts';

export type PeriodStatus = 'current' | 'holdover' | 'ended' | 'future';

export interface Period {
  readonly status: PeriodStatus;
  /** For `ended`: whole days from the last day in office to D. */
  readonly daysAgo?: number;
}

/** Whole days from `from` to `to` (positive when `to` is later); calendar arithmetic only. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

function utcDay(date: IsoDate): number {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

/** In force on D: `start <= D` and (`end` empty or `D <= end`); an empty start always counts. */
export function inRange(start: IsoDate | null | undefined, end: IsoDate | null | undefined, date: IsoDate): boolean {
  return (!start || start <= date) && (!end || date <= end);
}

/**
 * KL 79 (HVAL 84): an elected official stays in office until the successor takes over. Applies
 * only to a seat in a body of a public entity whose term has ended, and only when the same body
 * has a membership recorded to start after that end and none of those has begun by D.
 * `sameBody` must hold every membership of the seat's body.
 */
export function holdsOver(seat: MembershipFact, date: IsoDate, sameBody: readonly MembershipFact[], seatInPublicBody: boolean): boolean {
  const end = seat.endDate;
  if (!seatInPublicBody || !end || end >= date || seat.startDate > date) return false;
  const next = sameBody.filter((m) => m.organizationId === seat.organizationId && m.startDate > end);
  return next.length > 0 && next.every((m) => m.startDate > date);
}

/** Where a membership stands on D, holdover applied when `holdover` says it may. */
export function periodOf(m: MembershipFact, date: IsoDate, holdover: boolean): Period {
  if (m.startDate > date) return { status: 'future' };
  if (!m.endDate || date <= m.endDate) return { status: 'current' };
  if (holdover) return { status: 'holdover' };
  return { status: 'ended', daysAgo: daysBetween(m.endDate, date) };
}

/** Counts on D (current or held over). */
export function counts(period: Period): boolean {
  return period.status === 'current' || period.status === 'holdover';
}

/** `YYYY-MM-DD` → `d.m.yyyy`, the form Finnish minutes use. */
export function finnishDate(date: IsoDate): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${d}.${m}.${y}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function englishDate(date: IsoDate): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
