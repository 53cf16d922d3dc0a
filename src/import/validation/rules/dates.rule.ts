import { isCalendarDate, isDateTimeWithOffset } from '../calendar';
import { describeValue } from '../describe-value';
import { field } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import type { DatasetRule } from './dataset-rule';

const DATE_FIELDS = ['start_date', 'end_date', 'declared_on'] as const;

/** Dates name real days (`2026-02-30` does not); meetings start at a date-time with offset. */
export const datesRule: DatasetRule = {
  name: 'calendar dates and meeting date-times',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const row of [...ctx.memberships, ...ctx.relationships, ...ctx.interests]) {
      for (const key of DATE_FIELDS) {
        const date = field(row, key);
        if (date !== undefined && !isCalendarDate(date.value)) {
          yield problem(date.path, 'invalid_date', `${describeValue(date.value)} is not a calendar date (YYYY-MM-DD)`);
        }
      }
    }
    for (const event of ctx.events) {
      const start = field(event, 'start_date');
      if (start !== undefined && !isDateTimeWithOffset(start.value)) {
        yield problem(
          start.path,
          'invalid_date_time',
          `must be a date-time with offset such as 2026-03-10T14:00:00+02:00 (got ${describeValue(start.value)})`,
        );
      }
    }
  },
};
