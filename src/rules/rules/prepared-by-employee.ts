/**
 * KL 97.3 second sentence and HVAL 102.3: an elected official employed by the own organisation
 * who prepared or presented the matter may not decide it. Elected officials are the body's
 * members and deputies, and attendees who hold a seat in a body of the own organisation on the
 * meeting date (the council chair attending the board, KL 18.2). An attendee with no such seat is
 * an official (viranhaltija): preparing is their job, and HL 28 alone applies (KHO:2013:55).
 */
import type { PersonContext } from '../context';
import type { LawFamily } from '../fact-index';
import type { GroundCode } from '../grounds';
import { disqualifies, type Hit } from '../hit';
import { isOwnEmployer } from './exceptions';
import type { Rule } from './rule';

const BODY_SEATS = new Set(['chair', 'vice_chair', 'member', 'deputy']);

export function preparedByEmployeeRule(code: GroundCode, law: LawFamily): Rule {
  return {
    code,
    scope: 'general',
    // The presenter and minute-taker prepare and present as their job: not this ground.
    applies: (ctx) => ctx.item.law === law && isElectedOfficial(ctx),
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

/**
 * A member or deputy of the body, or an attendee holding a seat (deputy seats included) in force
 * on D in any body of the own organisation or of its enterprises (which are part of it).
 */
export function isElectedOfficial(ctx: PersonContext): boolean {
  if (BODY_SEATS.has(ctx.capacity)) return true;
  if (ctx.capacity !== 'attendee') return false;
  const { index, item } = ctx;
  return index
    .membershipsOf(ctx.personId)
    .some(
      (m) =>
        BODY_SEATS.has(m.role) &&
        index.isBody(m.organizationId) &&
        item.ownFamily.has(index.entityOf(m.organizationId)) &&
        index.countsOn(m),
    );
}
