import { quote } from '../describe-value';
import { type Row, field, str } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import { type Classification, ENTERPRISE_CLASSIFICATIONS, isOneOf } from '../../../common/vocabulary';
import type { DatasetRule } from './dataset-rule';
import { classificationOf, describeOrganization, isBody, isEntity, unknownOrganization, withArticle } from './lookups';

/**
 * A jaosto (division) is set up under a board, committee or johtokunta (KL 30), so its parent
 * may be such a body; every other body belongs directly to an entity.
 */
const DIVISION_PARENT_BODIES: readonly Classification[] = ['board', 'committee', 'other_body'];

/**
 * Who may run an enterprise (liikelaitos): a municipality or a joint municipal authority
 * (Kuntalaki ch. 9), a wellbeing county or a wellbeing joint authority (the county law mirrors it).
 */
const ENTERPRISE_PARENTS: ReadonlyMap<Classification, readonly Classification[]> = new Map<Classification, readonly Classification[]>([
  ['municipal_enterprise', ['municipality', 'joint_municipal_authority']],
  ['county_enterprise', ['wellbeing_county', 'wellbeing_joint_authority']],
]);

/**
 * Bodies and enterprises name the entity they belong to; the parent is of a fitting kind; the
 * parent chain ends. The engine finds a meeting's own organization through these links.
 */
export const organizationParentsRule: DatasetRule = {
  name: 'organization parents',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const row of ctx.organizations) yield* checkParent(ctx, row);
    yield* parentCycles(ctx);
  },
};

function* checkParent(ctx: ValidationContext, row: Row): Generator<PathProblem> {
  const classification = classificationOf(row);
  const parent = field(row, 'parent_id');
  if (parent === undefined) {
    if (isBody(classification)) {
      yield problem([...row.path, 'parent_id'], 'missing_parent', `is required for a body (${classification}): the entity it belongs to`);
    } else if (isOneOf(ENTERPRISE_CLASSIFICATIONS, classification)) {
      yield problem(
        [...row.path, 'parent_id'],
        'missing_parent',
        `is required for an enterprise (${classification}): the organization running it`,
      );
    }
    return;
  }
  yield* unknownOrganization(ctx, parent);
  const parentRow = ctx.organizationsById.get(parent.value);
  if (parentRow === undefined || parent.value === str(row.value, 'id')) return;
  const parentClassification = classificationOf(parentRow);
  if (classification === undefined || parentClassification === undefined) return;
  if (isBody(classification) && isBody(parentClassification)) {
    if (classification !== 'division') {
      yield problem(
        parent.path,
        'invalid_parent',
        `${withArticle(classification)} belongs to an entity, but ${describeOrganization(parentRow)} is a body`,
      );
    } else if (!DIVISION_PARENT_BODIES.includes(parentClassification)) {
      yield problem(
        parent.path,
        'invalid_parent',
        `a division belongs to an entity, board, committee or other body, but ${describeOrganization(parentRow)} is not one`,
      );
    }
  }
  const runners = ENTERPRISE_PARENTS.get(classification);
  if (runners !== undefined && !runners.includes(parentClassification)) {
    yield problem(
      parent.path,
      'invalid_parent',
      `${withArticle(classification)} is run by ${runners.map(withArticle).join(' or ')}, but ${describeOrganization(parentRow)} is not one`,
    );
  }
  if (runners === undefined && isEntity(classification) && isBody(parentClassification)) {
    yield problem(parent.path, 'invalid_parent', `an entity cannot belong to a body, but ${describeOrganization(parentRow)} is one`);
  }
}

/** Each loop in the parent links once, at its member that comes first in the document. */
function* parentCycles(ctx: ValidationContext): Generator<PathProblem> {
  const state = new Map<string, 'walking' | 'done'>();
  for (const row of ctx.organizations) {
    const start = str(row.value, 'id');
    if (start === undefined || state.has(start)) continue;
    const trail: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !state.has(current)) {
      state.set(current, 'walking');
      trail.push(current);
      const currentRow = ctx.organizationsById.get(current);
      current = currentRow === undefined ? undefined : str(currentRow.value, 'parent_id');
    }
    if (current !== undefined && state.get(current) === 'walking') {
      const loop = trail.slice(trail.indexOf(current));
      const firstInDocument = loop
        .map((id) => ctx.organizationsById.get(id))
        .filter((candidate): candidate is Row => candidate !== undefined)
        .sort((a, b) => Number(a.path[1]) - Number(b.path[1]))[0];
      const from = loop.indexOf(str(firstInDocument.value, 'id') ?? '');
      const chain = [...loop.slice(from), ...loop.slice(0, from), loop[from]].map(quote).join(' → ');
      yield problem([...firstInDocument.path, 'parent_id'], 'parent_cycle', `parent links form a loop: ${chain}`);
    }
    for (const id of trail) state.set(id, 'done');
  }
}
