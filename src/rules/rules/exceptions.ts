/**
 * The exceptions of KL 97.3–97.4 (and HVAL 102 in the same way). They cover the evaluated
 * person's own positions only, never a relative's.
 */
import type { ItemContext } from '../context';
import { ENTERPRISE_KINDS, JOINT_KINDS } from '../fact-index';

/**
 * KL 97.3 first sentence: employment with the own organisation (its enterprises included) is no
 * HL 28.1 § 4 ground in its matters.
 */
export function isOwnEmployer(item: ItemContext, employerId: string): boolean {
  return item.ownFamily.has(employerId);
}

export type OwnUnit = 'none' | 'exempt' | 'conflict';

/**
 * KL 97.4: a position in the own organisation's enterprise, or in a joint authority it belongs
 * to, is no HL 28.1 § 5 ground; unless their interests conflict, which we read as both the own
 * organisation and that unit being parties to the item.
 */
export function ownUnit(item: ItemContext, entityId: string): OwnUnit {
  const own = item.ownOrg;
  const entity = item.index.org(entityId);
  if (!own || !entity) return 'none';
  const ownEnterprise = ENTERPRISE_KINDS.has(entity.classification) && entity.parentId === own;
  const ownJoint = JOINT_KINDS.has(entity.classification) && (entity.memberIds ?? []).includes(own);
  if (!ownEnterprise && !ownJoint) return 'none';
  return item.partyOrgIds.has(own) && item.partyOrgIds.has(entityId) ? 'conflict' : 'exempt';
}
