import { quote } from '../describe-value';
import { type Row, field, has, str } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import { BODY_ROLES, ENTITY_ROLES, MEMBERSHIP_ROLES, PRINCIPAL_ROLES, isOneOf } from '../../../common/vocabulary';
import type { DatasetRule } from './dataset-rule';
import { classificationOf, describeOrganization, isBody, isEntity, unknownOrganization, unknownPerson, withArticle } from './lookups';

/**
 * Memberships name a known person and organization; seat roles belong to bodies and position
 * roles to entities; a personal deputy (KL 31.3) stands in for a chair, vice-chair or member
 * of the same body, never for another deputy.
 */
export const membershipsRule: DatasetRule = {
  name: 'memberships',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const row of ctx.memberships) {
      yield* unknownPerson(ctx, field(row, 'person_id'));
      yield* unknownOrganization(ctx, field(row, 'organization_id'));
      yield* roleFitsOrganization(ctx, row);
      yield* deputyFields(ctx, row);
    }
  },
};

function* roleFitsOrganization(ctx: ValidationContext, row: Row): Generator<PathProblem> {
  const role = field(row, 'role');
  const organizationId = str(row.value, 'organization_id');
  const organization = organizationId === undefined ? undefined : ctx.organizationsById.get(organizationId);
  if (role === undefined || organization === undefined) return;
  const classification = classificationOf(organization);
  if (isOneOf(BODY_ROLES, role.value) && isEntity(classification)) {
    yield problem(
      role.path,
      'role_not_allowed',
      `${quote(role.value)} is a seat in a body, but ${describeOrganization(organization)} is an entity; use ${ENTITY_ROLES.join(', ')}`,
    );
  } else if (isOneOf(ENTITY_ROLES, role.value) && isBody(classification)) {
    yield problem(
      role.path,
      'role_not_allowed',
      `${quote(role.value)} is a position in an entity, but ${describeOrganization(organization)} is a body; use ${BODY_ROLES.join(', ')}`,
    );
  }
}

function* deputyFields(ctx: ValidationContext, row: Row): Generator<PathProblem> {
  const role = str(row.value, 'role');
  const knownRole = isOneOf(MEMBERSHIP_ROLES, role) ? role : undefined;
  if (knownRole !== undefined && knownRole !== 'deputy' && has(row.value, 'deputy_order')) {
    yield problem([...row.path, 'deputy_order'], 'field_not_allowed', `only deputies have a deputy_order (role is ${quote(knownRole)})`);
  }
  const deputyFor = field(row, 'deputy_for');
  if (deputyFor === undefined) return;
  if (knownRole !== undefined && knownRole !== 'deputy') {
    yield problem(deputyFor.path, 'field_not_allowed', `only a deputy has deputy_for (role is ${quote(knownRole)})`);
    return;
  }
  const principal = ctx.membershipsById.get(deputyFor.value);
  if (principal === undefined) {
    yield problem(deputyFor.path, 'unknown_reference', `no membership ${quote(deputyFor.value)}`);
    return;
  }
  if (principal === row || deputyFor.value === str(row.value, 'id')) {
    yield problem(deputyFor.path, 'self_reference', 'a membership cannot be its own deputy');
    return;
  }
  const principalRole = str(principal.value, 'role');
  if (principalRole === 'deputy') {
    yield problem(
      deputyFor.path,
      'deputy_of_deputy',
      `membership ${quote(deputyFor.value)} is itself a deputy; a deputy stands in for a chair, vice chair or member`,
    );
  } else if (isOneOf(MEMBERSHIP_ROLES, principalRole) && !isOneOf(PRINCIPAL_ROLES, principalRole)) {
    yield problem(
      deputyFor.path,
      'wrong_reference_kind',
      `membership ${quote(deputyFor.value)} is ${withArticle(principalRole)} position; a deputy stands in for a chair, vice chair or member`,
    );
  }
  const body = str(row.value, 'organization_id');
  const principalBody = str(principal.value, 'organization_id');
  if (body !== undefined && principalBody !== undefined && body !== principalBody) {
    yield problem(
      deputyFor.path,
      'deputy_other_body',
      `membership ${quote(deputyFor.value)} is a seat in ${quote(principalBody)}, not in ${quote(body)}; a personal deputy serves in the same body`,
    );
  }
  const person = str(row.value, 'person_id');
  if (person !== undefined && person === str(principal.value, 'person_id')) {
    yield problem(deputyFor.path, 'self_reference', `${quote(person)} cannot be their own deputy`);
  }
}
