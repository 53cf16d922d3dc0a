/**
 * Date checks the schema's patterns cannot make: `2026-02-30` matches `^\d{4}-\d{2}-\d{2}$`
 * but is not a day.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * RFC 3339 `date-time` with a mandatory offset (`Z` or `±HH:MM`) and seconds. Narrower than
 * ajv-formats, which also takes a space separator, `+0200` and `+02`: the meeting date is read
 * from the first ten characters and the instant from `Date.parse`, so one spelling is enough.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when year-month-day names a day of the proleptic Gregorian calendar. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= days;
}

/** `YYYY-MM-DD` naming a real day. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  return match !== null && isValidDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `2026-03-10T14:00:00+02:00`: a real day, a real time of day, an offset. */
export function isDateTimeWithOffset(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (match === null) return false;
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match;
  return (
    isValidDay(Number(year), Number(month), Number(day)) &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    (offsetHours === undefined || (Number(offsetHours) <= 23 && Number(offsetMinutes) <= 59))
  );
}
