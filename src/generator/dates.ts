/**
 * Calendar arithmetic on `YYYY-MM-DD` strings in UTC (no clock, no time zone of the machine),
 * and the Finnish UTC offset of a day: EET +02:00, EEST +03:00 from the last Sunday of March
 * to the last Sunday of October (EU summer time, Directive 2000/84/EC).
 */

const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(toDay(iso) * DAY_MS).getUTCDay();
}

function lastSunday(year: number, month: number): string {
  const last = fromDay(Date.UTC(year, month, 0) / DAY_MS);
  return addDays(last, -weekday(last));
}

/** `+02:00` or `+03:00` for a local date in Finland. */
export function finnishOffset(iso: string): string {
  const year = Number(iso.slice(0, 4));
  return iso >= lastSunday(year, 3) && iso < lastSunday(year, 10) ? '+03:00' : '+02:00';
}

/** `2026-03-10T14:00:00+02:00` for a local date and hour in Finland. */
export function finnishDateTime(iso: string, hour: number, minute = 0): string {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return `${iso}T${hh}:${mm}:00${finnishOffset(iso)}`;
}

/** `12.10.2026`, the Finnish way of writing a date in text. */
export function finnishDate(iso: string): string {
  return `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;
}
