import { field, rows, strings } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import { BODY_CLASSIFICATIONS } from '../../../common/vocabulary';
import type { DatasetRule } from './dataset-rule';
import { classificationOf, describeOrganization, duplicateEntries, isEntity, unknownOrganization, unknownPerson } from './lookups';

/** A meeting is held by a body; its expected absentees and non-member participants are persons. */
export const eventsRule: DatasetRule = {
  name: 'meetings',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const event of ctx.events) {
      const organizationId = field(event, 'organization_id');
      yield* unknownOrganization(ctx, organizationId);
      const organization = organizationId === undefined ? undefined : ctx.organizationsById.get(organizationId.value);
      if (organizationId !== undefined && organization !== undefined && isEntity(classificationOf(organization))) {
        yield problem(
          organizationId.path,
          'wrong_reference_kind',
          `${describeOrganization(organization)} is not a body; meetings are held by a ${BODY_CLASSIFICATIONS.join(', ')}`,
        );
      }
      const absent = strings(event.value, 'expected_absent', event.path);
      for (const person of absent) yield* unknownPerson(ctx, person);
      yield* duplicateEntries(absent);
      for (const participant of rows(event.value, 'participants', event.path)) {
        yield* unknownPerson(ctx, field(participant, 'person_id'));
      }
    }
  },
};
