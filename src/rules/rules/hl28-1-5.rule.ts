import { subjects } from '../context';
import { disqualifies, type Hit, review } from '../hit';
import { positionsIn } from '../positions';
import { ownUnit } from './exceptions';
import type { Rule } from './rule';

/**
 * HL 28.1 § 5 (yhteisöjäävi): the official or a circle-1 relative sits on the board or
 * supervisory board of, or is CEO of, a concerned entity; a deputy board seat needs review.
 * KL 97.4 / HVAL 102: the official's own seat in the own enterprise or joint authority is no
 * ground, unless both it and the own organisation are parties (review, lean disqualified).
 */
export const hl28_1_5: Rule = {
  code: 'HL28_1_5',
  alsoCites: 'KL 97.4 §',
  scope: 'general',
  evaluate(ctx) {
    const hits: Hit[] = [];
    const { index, item } = ctx;
    for (const s of subjects(ctx, 0, 1)) {
      for (const concerned of item.concernedOrgs) {
        const unit = s.subject.kind === 'self' ? ownUnit(item, concerned.entityId) : 'none';
        if (unit === 'exempt') continue;
        for (const position of positionsIn(index, s.personId, concerned.entityId, item.ownOrg)) {
          if (!index.countsOn(position.membership)) continue;
          if (position.kind !== 'board' && position.kind !== 'deputy_board') continue;
          const conflictWith = unit === 'conflict' && item.ownOrg ? { conflictWith: item.ownOrg } : {};
          const reason = { type: 'position', subject: s.subject, position, concerned, ...conflictWith } as const;
          if (unit === 'conflict' || position.kind === 'deputy_board') hits.push(review('HL28_1_5', 'disqualified', reason));
          else hits.push(disqualifies('HL28_1_5', reason));
        }
      }
    }
    return hits;
  },
};
