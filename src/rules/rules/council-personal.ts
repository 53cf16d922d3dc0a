/**
 * KL 97.1 and HVAL 102.1 share their content: a councillor is disqualified only when the matter
 * concerns them or a relative personally. A board seat or declared interest (theirs or a circle-1
 * relative's) in a private party needs review; in a private entity the matter only affects, a
 * board seat is no ground (KHO:2021:163) and only an interest judged material needs review.
 */
import { type PersonContext, subjects } from '../context';
import type { LawFamily } from '../fact-index';
import type { RelatedEntityFact } from '../facts';
import type { GroundCode } from '../grounds';
import { type Hit, review } from '../hit';
import { positionsIn } from '../positions';
import type { ItemContext } from '../context';
import { personEntityHits } from './person-entity';
import type { Rule } from './rule';

export function councilPersonalRule(code: GroundCode, law: LawFamily): Rule {
  return {
    code,
    scope: 'council',
    applies: (ctx) => ctx.item.councilLaw === law,
    evaluate: (ctx) => [...personEntityHits(ctx, ['party', 'affected'], 3, code), ...privateTies(ctx, code)],
  };
}

/**
 * The private parties of an item for KL 97.1 (legal-grounds §4): organisations with role
 * `party`, and the organisation a `representative` acts for (a party in law even when the item
 * does not list it as one). A representative itself is not a party.
 */
export function privateParties(item: ItemContext): RelatedEntityFact[] {
  const { index } = item;
  const parties = new Map<string, RelatedEntityFact>();
  for (const c of item.concernedOrgs) {
    if (c.role === 'party' && index.isPrivateEntity(c.entityId)) parties.set(c.entityId, c);
  }
  for (const e of item.item.relatedEntities) {
    const behalf = e.role === 'representative' ? e.onBehalfOf : null;
    if (!behalf || parties.has(behalf) || !index.org(behalf) || !index.isPrivateEntity(behalf)) continue;
    parties.set(behalf, { entityType: 'organization', entityId: behalf, role: 'party' });
  }
  return [...parties.values()].sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
}

/** Private entities the item only affects (no party role): KHO:2021:163. */
export function privateAffected(item: ItemContext): RelatedEntityFact[] {
  const parties = new Set(privateParties(item).map((p) => p.entityId));
  return item.concernedOrgs.filter((c) => c.role === 'affected' && !parties.has(c.entityId) && item.index.isPrivateEntity(c.entityId));
}

function privateTies(ctx: PersonContext, code: GroundCode): Hit[] {
  const hits: Hit[] = [];
  const { index, item } = ctx;
  const parties = privateParties(item);
  const affected = privateAffected(item);
  for (const s of subjects(ctx, 0, 1)) {
    for (const concerned of parties) {
      for (const position of positionsIn(index, s.personId, concerned.entityId, item.ownOrg)) {
        if (position.kind !== 'board' || !index.countsOn(position.membership)) continue;
        hits.push(review(code, 'disqualified', { type: 'position', subject: s.subject, position, concerned }));
      }
      for (const interest of index.interestsOf(s.personId)) {
        if (interest.organizationId !== concerned.entityId) continue;
        hits.push(review(code, 'disqualified', { type: 'interest', subject: s.subject, interest, concerned }));
      }
    }
    // Only affected: a board seat does not make the matter personal (a note); an interest the
    // body has judged material may (KHO:2021:163 read with KHO:2009:89).
    for (const concerned of affected) {
      for (const interest of index.interestsOf(s.personId)) {
        if (interest.organizationId !== concerned.entityId || interest.material !== true) continue;
        hits.push(review(code, 'disqualified', { type: 'interest', subject: s.subject, interest, concerned }));
      }
    }
  }
  return hits;
}
