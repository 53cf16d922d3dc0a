import { disqualifies, type Hit } from '../hit';
import { positionsIn } from '../positions';
import { isOwnEmployer } from './exceptions';
import type { Rule } from './rule';

/**
 * HL 28.1 § 4 (palvelussuhdejäävi): the official is employed by, or works on contract for, a
 * concerned entity. KL 97.3 / HVAL 102: not when the employer is the own organisation.
 */
export const hl28_1_4: Rule = {
  code: 'HL28_1_4',
  alsoCites: 'KL 97.3 §',
  scope: 'general',
  evaluate(ctx) {
    const hits: Hit[] = [];
    const { index, item } = ctx;
    for (const concerned of item.concernedOrgs) {
      for (const position of positionsIn(index, ctx.personId, concerned.entityId, item.ownOrg)) {
        if (position.kind !== 'employment' || !index.countsOn(position.membership)) continue;
        if (isOwnEmployer(item, position.membership.organizationId)) continue;
        hits.push(disqualifies('HL28_1_4', { type: 'position', subject: { kind: 'self' }, position, concerned }));
      }
    }
    return hits;
  },
};
