import { field } from '../loose';
import type { PathProblem } from '../problem';
import type { ValidationContext } from '../validation-context';
import type { DatasetRule } from './dataset-rule';
import { unknownOrganization, unknownPerson } from './lookups';

/** A declared interest (sidonnaisuusilmoitus) names a known person and, if any, organization. */
export const interestsRule: DatasetRule = {
  name: 'interests',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const row of ctx.interests) {
      yield* unknownPerson(ctx, field(row, 'person_id'));
      yield* unknownOrganization(ctx, field(row, 'organization_id'));
    }
  },
};
