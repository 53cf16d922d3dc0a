/**
 * KL 97.1 and HVAL 102.1 share their content: a councillor is disqualified only when the matter
 * concerns them or a relative personally; a board seat or interest in a private concerned entity
 * (theirs or a circle-1 relative's) needs review.
 */
import { type PersonContext, subjects } from '../context';
import type { LawFamily } from '../fact-index';
import type { GroundCode } from '../grounds';
import { type Hit, review } from '../hit';
import { positionsIn } from '../positions';
import { personEntityHits } from './person-entity';
import type { Rule } from './rule';

export function councilPersonalRule(code: GroundCode, statute: string, law: LawFamily): Rule {
  return {
    code,
    statute,
    scope: 'council',
    applies: (ctx) => ctx.item.councilLaw === law,
    evaluate: (ctx) => [...personEntityHits(ctx, ['party', 'affected'], 3, code), ...privateTies(ctx, code)],
  };
}

function privateTies(ctx: PersonContext, code: GroundCode): Hit[] {
  const hits: Hit[] = [];
  const { index, item } = ctx;
  const privateOrgs = item.concernedOrgs.filter((c) => index.isPrivateEntity(c.entityId));
  for (const s of subjects(ctx, 0, 1)) {
    for (const concerned of privateOrgs) {
      for (const position of positionsIn(index, s.personId, concerned.entityId, item.ownOrg)) {
        if (position.kind !== 'board' || !index.countsOn(position.membership)) continue;
        hits.push(review(code, 'disqualified', { type: 'position', subject: s.subject, position, concerned }));
      }
      for (const interest of index.interestsOf(s.personId)) {
        if (interest.organizationId !== concerned.entityId) continue;
        hits.push(review(code, 'disqualified', { type: 'interest', subject: s.subject, interest, concerned }));
      }
    }
  }
  return hits;
}
