/**
 * Meeting times are the municipality's local time (Europe/Helsinki), whatever the browser's own
 * time zone: a board meeting at 16:00 is at 16:00 for a secretary on a UTC laptop too.
 */
export const MUNICIPAL_TIME_ZONE = 'Europe/Helsinki';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: MUNICIPAL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The date (YYYY-MM-DD) and time (HH:MM) of an instant in Helsinki. */
export function helsinkiParts(instant: Date): { day: string; time: string } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Helsinki's offset from UTC in minutes at an instant (120 in winter, 180 in summer). */
function offsetAt(instant: Date): number {
  const { day, time } = helsinkiParts(instant);
  return Math.round((Date.parse(`${day}T${time}:00Z`) - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** A Helsinki wall-clock date and time as an ISO date-time with its offset, e.g. 2026-12-14T16:00:00+02:00. */
export function helsinkiStartsAt(day: string, time: string): string {
  const wall = Date.parse(`${day}T${time}:00Z`);
  let offset = offsetAt(new Date(wall));
  offset = offsetAt(new Date(wall - offset * 60_000));
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${day}T${time}:00${sign}${pad(offset / 60)}:${pad(Math.abs(offset) % 60)}`;
}

/** The Helsinki date and time of a stored start (an ISO date-time with any offset). */
export function startsAtParts(startsAt: string): { day: string; time: string } {
  const instant = new Date(startsAt);
  return Number.isNaN(instant.getTime()) ? { day: startsAt.slice(0, 10), time: startsAt.slice(11, 16) } : helsinkiParts(instant);
}
