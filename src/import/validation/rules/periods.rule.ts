import { isCalendarDate } from '../calendar';
import { field } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import type { DatasetRule } from './dataset-rule';

/** `end_date` is the last day (inclusive), so it may equal `start_date` but not precede it. */
export const periodsRule: DatasetRule = {
  name: 'end_date not before start_date',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const row of [...ctx.memberships, ...ctx.relationships, ...ctx.interests]) {
      const start = field(row, 'start_date');
      const end = field(row, 'end_date');
      if (start === undefined || end === undefined) continue;
      if (!isCalendarDate(start.value) || !isCalendarDate(end.value)) continue;
      if (end.value < start.value) {
        yield problem(end.path, 'end_before_start', `end_date ${end.value} is before start_date ${start.value}`);
      }
    }
  },
};
