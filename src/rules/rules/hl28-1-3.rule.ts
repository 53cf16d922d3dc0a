import { subjects } from '../context';
import { disqualifies, type Hit, review } from '../hit';
import { positionsIn } from '../positions';
import { personEntityHits } from './person-entity';
import type { Rule } from './rule';

/**
 * HL 28.1 § 3 (intressijäävi): the matter brings particular benefit or loss to the official or a
 * circle-1 relative (HL 28.3 limits § 3 to circle 1). Declared interests need review unless the
 * body has judged them material (KHO:2009:89); a relative's employment leans not disqualified.
 */
export const hl28_1_3: Rule = {
  code: 'HL28_1_3',
  scope: 'general',
  evaluate(ctx) {
    const hits: Hit[] = personEntityHits(ctx, ['affected'], 1, 'HL28_1_3');
    const { index, item } = ctx;
    for (const s of subjects(ctx, 0, 1)) {
      for (const interest of index.interestsOf(s.personId)) {
        const concerned = item.concernedOrgs.find((c) => c.entityId === interest.organizationId);
        if (!concerned) continue;
        const reason = { type: 'interest', subject: s.subject, interest, concerned } as const;
        hits.push(interest.material ? disqualifies('HL28_1_3', reason) : review('HL28_1_3', 'not_disqualified', reason));
      }
    }
    for (const s of subjects(ctx, 1, 1)) {
      for (const concerned of item.concernedOrgs) {
        for (const position of positionsIn(index, s.personId, concerned.entityId, item.ownOrg)) {
          if (position.membership.role !== 'employee' || !index.countsOn(position.membership)) continue;
          hits.push(review('HL28_1_3', 'not_disqualified', { type: 'position', subject: s.subject, position, concerned }));
        }
      }
    }
    return hits;
  },
};
