import { describeValue } from '../describe-value';
import { type Row, field, has, member, num, rows, strings } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import { type Classification, JOINT_AUTHORITY_CLASSIFICATIONS, OWNABLE_CLASSIFICATIONS, isOneOf } from '../../../common/vocabulary';
import type { DatasetRule } from './dataset-rule';
import { classificationOf, describeOrganization, duplicateEntries, isBody, unknownOrganization, withArticle } from './lookups';

/**
 * Who may be a member of a joint authority: municipalities, and wellbeing counties where they
 * join one, in a kuntayhtymä; only wellbeing counties in a hyvinvointiyhtymä.
 */
const JOINT_AUTHORITY_MEMBERS: ReadonlyMap<Classification, readonly Classification[]> = new Map<Classification, readonly Classification[]>([
  ['joint_municipal_authority', ['municipality', 'wellbeing_county']],
  ['wellbeing_joint_authority', ['wellbeing_county']],
]);

/** Rounding slack when shares such as 1/3 are written as decimals. */
const SHARE_TOLERANCE = 1e-6;

/** `seats` on bodies, `owners` on private-law entities, `member_ids` on joint authorities. */
export const organizationLinksRule: DatasetRule = {
  name: 'seats, owners and joint authority members',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const row of ctx.organizations) {
      const classification = classificationOf(row);
      if (classification !== undefined && !isBody(classification) && has(row.value, 'seats')) {
        yield problem([...row.path, 'seats'], 'field_not_allowed', `only bodies have seats, and this is ${withArticle(classification)}`);
      }
      yield* owners(ctx, row, classification);
      yield* jointAuthorityMembers(ctx, row, classification);
    }
  },
};

function* owners(ctx: ValidationContext, row: Row, classification: Classification | undefined): Generator<PathProblem> {
  if (!has(row.value, 'owners')) return;
  if (classification !== undefined && !isOneOf(OWNABLE_CLASSIFICATIONS, classification)) {
    yield problem(
      [...row.path, 'owners'],
      'field_not_allowed',
      `only companies, associations, foundations and other entities have owners, and this is ${withArticle(classification)}`,
    );
  }
  const ownerRows = rows(row.value, 'owners', row.path);
  const ids = ownerRows.map((owner) => field(owner, 'organization_id')).filter((id) => id !== undefined);
  for (const id of ids) {
    yield* unknownOrganization(ctx, id);
    const ownerRow = ctx.organizationsById.get(id.value);
    if (ownerRow === row || id.value === field(row, 'id')?.value) {
      yield problem(id.path, 'self_reference', 'an organization cannot own itself');
    } else if (ownerRow !== undefined && isBody(classificationOf(ownerRow))) {
      yield problem(id.path, 'wrong_reference_kind', `${describeOrganization(ownerRow)} is a body; owners are entities`);
    }
  }
  yield* duplicateEntries(ids);
  const shares = ownerRows.map((owner) => num(owner.value, 'share') ?? 0);
  if (shares.some((share) => share < 0 || share > 1)) return;
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (total > 1 + SHARE_TOLERANCE) {
    const shown = describeValue(Number(total.toFixed(6)));
    yield problem([...row.path, 'owners'], 'shares_exceed_whole', `owners' shares add up to ${shown}, more than 1`);
  }
}

function* jointAuthorityMembers(ctx: ValidationContext, row: Row, classification: Classification | undefined): Generator<PathProblem> {
  if (!has(row.value, 'member_ids') || !Array.isArray(member(row.value, 'member_ids'))) return;
  if (classification !== undefined && !isOneOf(JOINT_AUTHORITY_CLASSIFICATIONS, classification)) {
    const what = withArticle(classification);
    yield problem([...row.path, 'member_ids'], 'field_not_allowed', `only joint authorities have member_ids, and this is ${what}`);
  }
  const allowed = classification === undefined ? undefined : JOINT_AUTHORITY_MEMBERS.get(classification);
  const ids = strings(row.value, 'member_ids', row.path);
  for (const id of ids) {
    yield* unknownOrganization(ctx, id);
    const memberRow = ctx.organizationsById.get(id.value);
    const memberClassification = memberRow === undefined ? undefined : classificationOf(memberRow);
    if (memberRow === undefined || allowed === undefined || memberClassification === undefined) continue;
    if (!allowed.includes(memberClassification)) {
      const authority = withArticle(classification ?? '');
      yield problem(
        id.path,
        'wrong_reference_kind',
        `${describeOrganization(memberRow)} cannot be a member of ${authority}: members are ${allowed.map(plural).join(' or ')}`,
      );
    }
  }
  yield* duplicateEntries(ids);
}

function plural(classification: Classification): string {
  return classification.replace(/_/g, ' ').replace(/y$/, 'ie') + 's';
}
