/**
 * KL 97.3 second sentence and HVAL 102.3: an employee of the own organisation who prepared or
 * presented the matter may not decide it as a member, deputy or attendee.
 */
import type { LawFamily } from '../fact-index';
import type { GroundCode } from '../grounds';
import { disqualifies, type Hit } from '../hit';
import { isOwnEmployer } from './exceptions';
import type { Rule } from './rule';

const DECIDING = new Set(['chair', 'vice_chair', 'member', 'deputy', 'attendee']);

export function preparedByEmployeeRule(code: GroundCode, statute: string, law: LawFamily): Rule {
  return {
    code,
    statute,
    scope: 'general',
    // The presenter and minute-taker prepare and present as their job: not this ground.
    applies: (ctx) => ctx.item.law === law && DECIDING.has(ctx.capacity),
    evaluate(ctx) {
      const { item } = ctx.item;
      const prepared = item.preparedBy.includes(ctx.personId);
      const presented = item.presentedBy === ctx.personId;
      if (!prepared && !presented) return [];
      const hits: Hit[] = [];
      for (const m of ctx.index.membershipsOf(ctx.personId)) {
        if (m.role !== 'employee' || !ctx.index.countsOn(m) || !isOwnEmployer(ctx.item, m.organizationId)) continue;
        hits.push(disqualifies(code, { type: 'prepared', employment: m, prepared, presented, itemId: item.id }));
      }
      return hits;
    },
  };
}
